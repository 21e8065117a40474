import CatalogModel

/// The catalog mapped to Geo (GEO-EXPORT.md): ops in dependency order and what names what.
package struct CatalogEdit: Sendable {
    /// Every op: schema, topics, people, courses, lessons, paths, then relations.
    package var ops: [Op]
    /// Where each section's ops are in ``ops``, in order; splitting keeps this order.
    package var sections: [Section]
    /// A display name for every id the edit creates or points at.
    package var labels: [GeoID: String]
    /// The short key each catalog or schema id came from, e.g. `lessons:intro`.
    package var keys: [GeoID: String]
    /// The Geo type of each entity the edit creates, for the JSON sidecar's counts.
    package var entityTypes: [GeoID: String]

    /// One run of ops of the same kind.
    package struct Section: Hashable, Sendable {
        package var name: String
        package var range: Range<Int>
    }
}

extension CatalogEdit {
    /// Maps a valid catalog to ops; the same catalog and options always give the same ops.
    package init(catalog: Catalog, options: ExportOptions) {
        var builder = CatalogEditBuilder(scheme: IDScheme(spaceName: options.spaceName, overrides: options.overrides))
        builder.reserve(catalog)
        builder.addSchema()
        builder.addTopics(catalog)
        builder.addPeople(catalog)
        builder.addCourses(catalog)
        builder.addLessons(catalog)
        builder.addPaths(catalog)
        self = builder.finish()
    }
}

/// Accumulates entity ops per section and relation ops for the final section.
private struct CatalogEditBuilder {
    let scheme: IDScheme
    var ops: [Op] = []
    var sections: [CatalogEdit.Section] = []
    var relations: [Op] = []
    var relationIDs = Set<GeoID>()
    var labels: [GeoID: String] = WellKnown.names
    var keys: [GeoID: String] = [:]
    var entityTypes: [GeoID: String] = [:]
    private var sectionStart = 0

    /// Ids already derived, since topics, people and lessons are referenced many times.
    var cache: [String: GeoID] = [:]

    /// The schema's ids, derived once.
    private let schemaIDs: [SchemaItem: GeoID]

    init(scheme: IDScheme) {
        self.scheme = scheme
        var ids: [SchemaItem: GeoID] = [:]
        for item in SchemaItem.allCases { ids[item] = scheme.entity(key: item.key) }
        schemaIDs = ids
    }

    mutating func ref(_ table: String, _ rowID: String) -> GeoID {
        let key = table + ":" + rowID
        if let id = cache[key] { return id }
        let id = scheme.entity(key: key)
        cache[key] = id
        return id
    }

    mutating func refs(_ table: String, _ ids: [some RawRepresentable<String>]) -> [GeoID] {
        ids.map { ref(table, $0.rawValue) }
    }

    mutating func closeSection(_ name: String) {
        sections.append(CatalogEdit.Section(name: name, range: sectionStart..<ops.count))
        sectionStart = ops.count
    }

    mutating func finish() -> CatalogEdit {
        ops.append(contentsOf: relations)
        closeSection("relations")
        return CatalogEdit(ops: ops, sections: sections, labels: labels, keys: keys, entityTypes: entityTypes)
    }

    // MARK: Ids and values

    func id(_ item: SchemaItem) -> GeoID { schemaIDs[item] ?? scheme.entity(key: item.key) }

    func id(_ target: SchemaItem.Target) -> GeoID {
        switch target {
        case .created(let item): id(item)
        case .existing(let id): id
        }
    }

    mutating func entityID(_ table: String, _ rowID: String, label: String, type: String) -> GeoID {
        let key = table + ":" + rowID
        let id = ref(table, rowID)
        keys[id] = key
        labels[id] = label
        entityTypes[id] = type
        return id
    }

    /// Names never end with a period (Geo's UI rule).
    static func cleanName(_ text: String) -> String {
        var name = text.trimmingSpaces()
        while name.hasSuffix(".") { name.removeLast() }
        return name.trimmingSpaces()
    }

    /// Descriptions always end with one.
    static func cleanDescription(_ text: String) -> String {
        let description = text.trimmingSpaces()
        if description.isEmpty || description.hasSuffix(".") { return description }
        return description + "."
    }

    static func text(_ property: GeoID, _ text: String) -> PropertyValue? {
        text.isEmpty ? nil : PropertyValue(property: property, value: .text(text), language: WellKnown.english)
    }

    /// Fixed-width positions that sort in order: 12 digits, or `z` and 18 digits beyond that.
    static func position(_ number: Int) -> String {
        let digits = String(max(number, 0))
        if digits.count <= 12 { return String(repeating: "0", count: 12 - digits.count) + digits }
        return "z" + String(repeating: "0", count: max(0, 18 - digits.count)) + digits
    }

    mutating func entity(_ id: GeoID, _ values: [PropertyValue?]) {
        ops.append(.createEntity(Op.CreateEntity(id: id, values: values.compactMap { $0 })))
    }

    /// A relation with a derived id, explicit reified entity and a position; a repeated edge is written once.
    mutating func relate(_ from: GeoID, _ type: GeoID, _ to: GeoID, position: Int, schema: Bool = false) {
        let (relationID, entity) = scheme.relation(from: from, type: type, to: to)
        guard relationIDs.insert(relationID).inserted else { return }
        let op = Op.createRelation(
            Op.CreateRelation(
                id: relationID,
                type: type,
                from: Op.Endpoint(from),
                to: Op.Endpoint(to),
                entity: entity,
                position: Self.position(position)
            )
        )
        if schema { ops.append(op) } else { relations.append(op) }
    }

    /// One relation per item, positioned by list order.
    mutating func relateAll(_ from: GeoID, _ type: GeoID, _ targets: [GeoID]) {
        for (index, target) in targets.enumerated() { relate(from, type, target, position: index + 1) }
    }

    /// Authors, Instructors and Maintainers relations from credits.
    mutating func relatePeople(_ from: GeoID, _ credits: [Credit]) {
        var byType: [(GeoID, [GeoID])] = [(WellKnown.authors, []), (id(.instructors), []), (id(.maintainers), [])]
        for credit in credits {
            let person = ref("people", credit.person.rawValue)
            switch credit.role {
            case .instructor: byType[1].1.append(person)
            case .maintainer: byType[2].1.append(person)
            default: byType[0].1.append(person)
            }
        }
        for (type, people) in byType { relateAll(from, type, people) }
    }

    // MARK: Sections

    /// Sizes the tables for the catalog so they do not grow step by step.
    mutating func reserve(_ catalog: Catalog) {
        let entities =
            catalog.courses.count + catalog.lessons.count + catalog.topics.count + catalog.people.count
            + catalog.paths.count + catalog.steps.count + SchemaItem.allCases.count
        labels.reserveCapacity(entities + WellKnown.names.count)
        keys.reserveCapacity(entities)
        entityTypes.reserveCapacity(entities)
        cache.reserveCapacity(entities)
        relationIDs.reserveCapacity(entities * 5)
        relations.reserveCapacity(entities * 5)
        ops.reserveCapacity(entities * 6)
    }

    mutating func addSchema() {
        for item in SchemaItem.allCases {
            let entity = id(item)
            keys[entity] = item.key
            labels[entity] = item.name
            entityTypes[entity] = item.isType ? "Type" : "Property"
            self.entity(entity, [Self.text(WellKnown.name, item.name), Self.text(WellKnown.description, item.summary)])
            relate(
                entity,
                WellKnown.types,
                item.isType ? WellKnown.schemaType : WellKnown.propertyType,
                position: 1,
                schema: true
            )
            if item.isType {
                for (index, property) in item.typeProperties.enumerated() {
                    relate(entity, WellKnown.properties, id(property), position: index + 1, schema: true)
                }
            } else if let type = item.dataType, let dataTypeEntity = WellKnown.dataTypeEntity(type) {
                relate(entity, WellKnown.dataType, dataTypeEntity, position: 1, schema: true)
            } else {
                relate(entity, WellKnown.dataType, WellKnown.relationDataType, position: 1, schema: true)
                if let target = item.relationValueType {
                    relate(entity, WellKnown.relationValueTypes, id(target), position: 1, schema: true)
                }
            }
        }
        closeSection("schema")
    }

    mutating func addTopics(_ catalog: Catalog) {
        for topic in catalog.topics {
            let name = Self.cleanName(topic.name)
            let topicID = entityID("topics", topic.id.rawValue, label: name, type: "Topic")
            entity(
                topicID,
                [
                    Self.text(WellKnown.name, name),
                    Self.text(WellKnown.description, Self.cleanDescription(topic.description)),
                ]
            )
            relate(topicID, WellKnown.types, WellKnown.topicType, position: 1)
            if let broader = topic.broader {
                relate(topicID, WellKnown.broaderTopics, ref("topics", broader.rawValue), position: 1)
            }
            relateAll(topicID, id(.prerequisites), refs("topics", topic.requires))
        }
        closeSection("topics")
    }

    mutating func addPeople(_ catalog: Catalog) {
        for person in catalog.people {
            let name = Self.cleanName(person.name)
            let personID = entityID("people", person.id.rawValue, label: name, type: "Person")
            entity(
                personID,
                [Self.text(WellKnown.name, name), Self.text(WellKnown.webURL, person.url.trimmingSpaces())]
            )
            relate(personID, WellKnown.types, WellKnown.personType, position: 1)
        }
        closeSection("people")
    }

    mutating func addCourses(_ catalog: Catalog) {
        for course in catalog.courses {
            let name = Self.cleanName(course.title)
            let courseID = entityID("courses", course.id.rawValue, label: name, type: "Course")
            entity(
                courseID,
                [
                    Self.text(WellKnown.name, name),
                    Self.text(WellKnown.description, Self.cleanDescription(course.description)),
                    Self.text(WellKnown.webURL, course.url.trimmingSpaces()),
                    Self.text(id(.provider), course.provider.trimmingSpaces()),
                    Self.text(id(.kind), course.kind?.rawValue ?? ""),
                    Self.text(id(.level), course.level?.rawValue ?? ""),
                    Self.text(id(.access), course.access?.rawValue ?? ""),
                ]
            )
            relate(courseID, WellKnown.types, id(.courseType), position: 1)
            relateAll(courseID, WellKnown.topics, refs("topics", course.topics))
            relatePeople(courseID, course.people)
        }
        closeSection("courses")
    }

    mutating func addLessons(_ catalog: Catalog) {
        for lesson in catalog.lessons {
            let name = Self.cleanName(lesson.title)
            let lessonID = entityID("lessons", lesson.id.rawValue, label: name, type: "Lesson")
            entity(
                lessonID,
                [
                    Self.text(WellKnown.name, name),
                    Self.text(WellKnown.description, Self.cleanDescription(lesson.description)),
                    Self.text(WellKnown.webURL, lesson.url.trimmingSpaces()),
                    Self.text(id(.format), lesson.format?.rawValue ?? ""),
                    Self.text(id(.module), lesson.module.trimmingSpaces()),
                    Self.text(id(.objectives), lesson.objectives.joined(separator: "\n")),
                    Self.text(id(.terms), lesson.terms.joined(separator: "\n")),
                    lesson.minutes.positive.map { PropertyValue(property: id(.duration), value: .integer(Int64($0))) },
                    Self.text(id(.level), lesson.level?.rawValue ?? ""),
                    Self.text(id(.access), lesson.access?.rawValue ?? ""),
                ]
            )
            // The course's Lessons relation is made here, in one pass over the lessons, positioned by order.
            relate(ref("courses", lesson.course.rawValue), id(.lessons), lessonID, position: lesson.order.value ?? 0)
            relate(lessonID, WellKnown.types, id(.lessonType), position: 1)
            relateAll(lessonID, WellKnown.topics, refs("topics", lesson.topics))
            relatePeople(lessonID, lesson.people)
        }
        closeSection("lessons")
    }

    mutating func addPaths(_ catalog: Catalog) {
        for path in catalog.paths {
            let name = Self.cleanName(path.title)
            let pathID = entityID("paths", path.id.rawValue, label: name, type: "Learning path")
            entity(
                pathID,
                [
                    Self.text(WellKnown.name, name),
                    Self.text(WellKnown.description, Self.cleanDescription(path.description)),
                    Self.text(WellKnown.webURL, path.sourceURL.trimmingSpaces()),
                ]
            )
            relate(pathID, WellKnown.types, id(.pathType), position: 1)
            relatePeople(pathID, path.people)
            for (index, step) in catalog.steps(of: path.id).enumerated() {
                let order = step.order.value ?? index + 1
                let stepName = Self.cleanName(step.title)
                let stepID = entityID(
                    "steps",
                    "\(path.id.rawValue):\(order)",
                    label: stepName,
                    type: "Learning path step"
                )
                entity(
                    stepID,
                    [
                        Self.text(WellKnown.name, stepName),
                        Self.text(id(.module), step.module.trimmingSpaces()),
                        Self.text(id(.objectives), step.objectives.joined(separator: "\n")),
                        Self.text(id(.terms), step.terms.joined(separator: "\n")),
                    ]
                )
                relate(pathID, id(.steps), stepID, position: order)
                relate(stepID, WellKnown.types, id(.stepType), position: 1)
                relateAll(stepID, WellKnown.topics, refs("topics", step.topics))
                relateAll(stepID, id(.lessons), refs("lessons", step.lessons))
            }
        }
        closeSection("paths")
    }
}
