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
        self.init(catalog: catalog, options: options, lessonsPerChunk: 2_048)
    }

    /// Lessons are mapped in chunks of `lessonsPerChunk` on every core; the ops do not depend on it.
    init(catalog: Catalog, options: ExportOptions, lessonsPerChunk: Int) {
        var builder = CatalogEditBuilder(
            scheme: IDScheme(spaceName: options.spaceName, overrides: options.overrides),
            recordsLabels: options.recordsLabels
        )
        builder.reserve(catalog)
        builder.addSchema()
        builder.addTopics(catalog)
        builder.addPeople(catalog)
        builder.addCourses(catalog)
        builder.addLessons(catalog, perChunk: lessonsPerChunk)
        builder.addPaths(catalog)
        self = builder.finish()
    }
}

/// Accumulates entity ops per section and relation ops for the final section.
///
/// Lessons are mapped by copies of the builder (one per chunk, on several threads) whose ops
/// and relations are then appended in lesson order, dropping repeated relations as one pass would.
private struct CatalogEditBuilder: Sendable {
    let scheme: IDScheme
    let recordsLabels: Bool
    var ops: [Op] = []
    var sections: [CatalogEdit.Section] = []
    var relations: [Op] = []
    /// Relation ids written so far; nil in a chunk's builder, whose repeats are dropped when merged.
    var relationIDs: GeoIDTable? = GeoIDTable()
    var labels: [GeoID: String] = [:]
    var keys: [GeoID: String] = [:]
    var entityTypes: [GeoID: String] = [:]
    private var sectionStart = 0

    /// Ids already derived by table and row id, since topics, people and courses are referenced many times.
    var cache: [String: [String: GeoID]] = [:]

    /// The schema's ids, derived once.
    private let schemaIDs: [SchemaItem: GeoID]
    /// The schema ids every lesson uses, without hashing a ``SchemaItem`` for each.
    private let lessonIDs: LessonSchema

    /// Ids of the schema items a lesson's values and relations use.
    private struct LessonSchema: Sendable {
        var format, module, objectives, terms, duration, level, access, lessons, lessonType: GeoID
        var instructors, maintainers: GeoID
    }

    init(scheme: IDScheme, recordsLabels: Bool) {
        self.scheme = scheme
        self.recordsLabels = recordsLabels
        if recordsLabels { labels = WellKnown.names }
        var ids: [SchemaItem: GeoID] = [:]
        for item in SchemaItem.allCases { ids[item] = scheme.entity(key: item.key) }
        schemaIDs = ids
        func id(_ item: SchemaItem) -> GeoID { ids[item] ?? scheme.entity(key: item.key) }
        lessonIDs = LessonSchema(
            format: id(.format),
            module: id(.module),
            objectives: id(.objectives),
            terms: id(.terms),
            duration: id(.duration),
            level: id(.level),
            access: id(.access),
            lessons: id(.lessons),
            lessonType: id(.lessonType),
            instructors: id(.instructors),
            maintainers: id(.maintainers)
        )
    }

    mutating func ref(_ table: String, _ rowID: String) -> GeoID {
        if let id = cache[table]?[rowID] { return id }
        let id = scheme.entity(table, rowID)
        cache[table, default: [:]][rowID] = id
        return id
    }

    /// An id looked up in the cache or derived, without storing it (for a chunk's builder, whose cache is shared).
    func lookup(_ table: String, _ rowID: String) -> GeoID {
        cache[table]?[rowID] ?? scheme.entity(table, rowID)
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
        let id = ref(table, rowID)
        record(id, table, rowID, label: label, type: type)
        return id
    }

    /// Notes an entity's key, label and type for the JSON sidecar, when asked to.
    mutating func record(_ id: GeoID, _ table: String, _ rowID: String, label: String, type: String) {
        guard recordsLabels else { return }
        keys[id] = table + ":" + rowID
        labels[id] = label
        entityTypes[id] = type
    }

    static func text(_ property: GeoID, _ text: String) -> PropertyValue? {
        text.isEmpty ? nil : PropertyValue(property: property, value: .text(text), language: WellKnown.english)
    }

    mutating func entity(_ id: GeoID, _ values: [PropertyValue?]) {
        ops.append(.createEntity(Op.CreateEntity(id: id, values: values.compactMap { $0 })))
    }

    /// A relation with a derived id, explicit reified entity and a position; a repeated edge is written once.
    mutating func relate(_ from: GeoID, _ type: GeoID, _ to: GeoID, position: Int, schema: Bool = false) {
        let (relationID, entity) = scheme.relation(from: from, type: type, to: to)
        if relationIDs != nil, relationIDs?.insert(relationID, value: 0).inserted == false { return }
        let op = Op.createRelation(
            Op.CreateRelation(
                id: relationID,
                type: type,
                from: Op.Endpoint(from),
                to: Op.Endpoint(to),
                entity: entity,
                position: GeoText.position(position)
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
        guard !credits.isEmpty else { return }
        var byType: [(GeoID, [GeoID])] = [
            (WellKnown.authors, []), (lessonIDs.instructors, []), (lessonIDs.maintainers, []),
        ]
        for credit in credits {
            let person = lookup("people", credit.person.rawValue)
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
        relationIDs = GeoIDTable(capacity: entities * 5)
        relations.reserveCapacity(entities * 5)
        ops.reserveCapacity(entities * 6)
    }

    mutating func addSchema() {
        for item in SchemaItem.allCases {
            let entity = id(item)
            if recordsLabels {
                keys[entity] = item.key
                labels[entity] = item.name
                entityTypes[entity] = item.isType ? "Type" : "Property"
            }
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
            let name = GeoText.cleanName(topic.name)
            let topicID = entityID("topics", topic.id.rawValue, label: name, type: "Topic")
            entity(
                topicID,
                [
                    Self.text(WellKnown.name, name),
                    Self.text(WellKnown.description, GeoText.cleanDescription(topic.description)),
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
            let name = GeoText.cleanName(person.name)
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
            let name = GeoText.cleanName(course.title)
            let courseID = entityID("courses", course.id.rawValue, label: name, type: "Course")
            entity(
                courseID,
                [
                    Self.text(WellKnown.name, name),
                    Self.text(WellKnown.description, GeoText.cleanDescription(course.description)),
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

    mutating func addLessons(_ catalog: Catalog, perChunk: Int) {
        let lessons = catalog.lessons
        // Each chunk maps its lessons with a copy of this builder (shared caches, empty output).
        var empty = self
        empty.ops = []
        empty.relations = []
        empty.relationIDs = nil
        empty.labels = [:]
        empty.keys = [:]
        empty.entityTypes = [:]
        let template = empty
        let ranges = Parallel.ranges(lessons.count, size: perChunk)
        let chunks = Parallel.map(count: ranges.count) { chunk in
            var builder = template
            builder.ops.reserveCapacity(ranges[chunk].count)
            builder.relations.reserveCapacity(ranges[chunk].count * 6)
            for index in ranges[chunk] { builder.addLesson(lessons[index]) }
            return builder
        }
        for chunk in chunks { merge(chunk) }
        closeSection("lessons")
    }

    /// Appends a chunk's output as if its lessons had been added here.
    private mutating func merge(_ chunk: CatalogEditBuilder) {
        ops.append(contentsOf: chunk.ops)
        for relation in chunk.relations {
            if case .createRelation(let create) = relation, relationIDs?.insert(create.id, value: 0).inserted == false {
                continue
            }
            relations.append(relation)
        }
        guard recordsLabels else { return }
        labels.merge(chunk.labels) { _, new in new }
        keys.merge(chunk.keys) { _, new in new }
        entityTypes.merge(chunk.entityTypes) { _, new in new }
    }

    private mutating func addLesson(_ lesson: Lesson) {
        let ids = lessonIDs
        let name = GeoText.cleanName(lesson.title)
        // Lessons are not cached: only paths' steps refer to them again, and deriving is deterministic.
        let rowID = lesson.id.rawValue
        let lessonID = cache["lessons"]?[rowID] ?? scheme.entity("lessons", rowID)
        record(lessonID, "lessons", rowID, label: name, type: "Lesson")
        var values: [PropertyValue] = []
        values.reserveCapacity(10)
        func add(_ value: PropertyValue?) { if let value { values.append(value) } }
        add(Self.text(WellKnown.name, name))
        add(Self.text(WellKnown.description, GeoText.cleanDescription(lesson.description)))
        add(Self.text(WellKnown.webURL, lesson.url.trimmingSpaces()))
        add(Self.text(ids.format, lesson.format?.rawValue ?? ""))
        add(Self.text(ids.module, lesson.module.trimmingSpaces()))
        add(Self.text(ids.objectives, GeoText.lines(lesson.objectives)))
        add(Self.text(ids.terms, GeoText.lines(lesson.terms)))
        add(lesson.minutes.positive.map { PropertyValue(property: ids.duration, value: .integer(Int64($0))) })
        add(Self.text(ids.level, lesson.level?.rawValue ?? ""))
        add(Self.text(ids.access, lesson.access?.rawValue ?? ""))
        ops.append(.createEntity(Op.CreateEntity(id: lessonID, values: values)))
        // The course's Lessons relation is made here, in one pass over the lessons, positioned by order.
        relate(lookup("courses", lesson.course.rawValue), ids.lessons, lessonID, position: lesson.order.value ?? 0)
        relate(lessonID, WellKnown.types, ids.lessonType, position: 1)
        for (index, topic) in lesson.topics.enumerated() {
            relate(lessonID, WellKnown.topics, lookup("topics", topic.rawValue), position: index + 1)
        }
        relatePeople(lessonID, lesson.people)
    }

    mutating func addPaths(_ catalog: Catalog) {
        for path in catalog.paths {
            let name = GeoText.cleanName(path.title)
            let pathID = entityID("paths", path.id.rawValue, label: name, type: "Learning path")
            entity(
                pathID,
                [
                    Self.text(WellKnown.name, name),
                    Self.text(WellKnown.description, GeoText.cleanDescription(path.description)),
                    Self.text(WellKnown.webURL, path.sourceURL.trimmingSpaces()),
                ]
            )
            relate(pathID, WellKnown.types, id(.pathType), position: 1)
            relatePeople(pathID, path.people)
            for (index, step) in catalog.steps(of: path.id).enumerated() {
                let order = step.order.value ?? index + 1
                let stepName = GeoText.cleanName(step.title)
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
                        Self.text(id(.objectives), GeoText.lines(step.objectives)),
                        Self.text(id(.terms), GeoText.lines(step.terms)),
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
