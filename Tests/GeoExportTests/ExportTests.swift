import CatalogModel
import Testing

@testable import GeoExport

/// Reads a decoded edit back as a graph: entity values and relations by type.
private struct Graph {
    let state: GraphState
    let scheme = IDScheme(spaceName: "ai")

    init(_ edits: [Edit]) { state = GraphState(edits) }

    func text(_ entity: GeoID, _ property: GeoID) -> String? {
        let value = state.entities[entity]?[GraphState.Slot(property: property, language: WellKnown.english)]
        if case .text(let text) = value?.value { return text }
        return nil
    }

    func integer(_ entity: GeoID, _ property: GeoID) -> Int64? {
        if case .integer(let number) = state.entities[entity]?[GraphState.Slot(property: property, language: nil)]?
            .value
        {
            return number
        }
        return nil
    }

    /// Targets of `from`'s relations of a type, in position order.
    func targets(_ from: GeoID, _ type: GeoID) -> [GeoID] {
        state.relations.values.filter { $0.from.id == from && $0.type == type }
            .sorted { ($0.position ?? "", $0.id) < ($1.position ?? "", $1.id) }.map(\.to.id)
    }

    func id(_ table: String, _ row: String) -> GeoID { scheme.entity(table, row) }
    func schema(_ item: SchemaItem) -> GeoID { scheme.entity(key: item.key) }
}

@Suite("Catalog export to Geo")
struct ExportTests {
    let catalog = SampleCatalog.make()

    private func export(
        _ catalog: Catalog,
        _ options: ExportOptions = ExportOptions(),
        previous: [Edit]? = nil
    ) throws
        -> GeoExportResult
    {
        try GeoExporter.export(catalog, options: options, previous: previous)
    }

    @Test("exporting twice gives identical bytes")
    func deterministic() throws {
        let first = try export(catalog)
        let second = try export(SampleCatalog.make())
        #expect(first.parts.map(\.bytes) == second.parts.map(\.bytes))
        #expect(first.parts.count == 1)
        let other = try export(catalog, ExportOptions(createdAt: 5))
        #expect(other.parts[0].bytes != first.parts[0].bytes)
        #expect(other.parts[0].edit.id != first.parts[0].edit.id)
    }

    @Test("the decoded edit holds every course, lesson, topic and person with its name, URL, types and topics")
    func everyEntity() throws {
        let result = try export(catalog)
        let bytes = try #require(result.parts.first?.bytes)
        let edit = try EditDecoder().decode(bytes)
        // Canonical bytes sort values inside ops, so compare as bytes, not as the builder's order.
        #expect(try EditEncoder().encode(edit) == bytes)
        #expect(edit.ops.count == result.parts[0].edit.ops.count)
        let graph = Graph([edit])

        for course in catalog.courses {
            let id = graph.id("courses", course.id.rawValue)
            #expect(graph.text(id, WellKnown.name) == GeoExportTests.cleanName(course.title))
            #expect(graph.text(id, WellKnown.webURL) == course.url)
            #expect(graph.targets(id, WellKnown.types) == [graph.schema(.courseType)])
            #expect(graph.targets(id, WellKnown.topics) == course.topics.map { graph.id("topics", $0.rawValue) })
            let ordered = catalog.lessons(of: course.id).map { graph.id("lessons", $0.id.rawValue) }
            #expect(graph.targets(id, graph.schema(.lessons)) == ordered)
            #expect(ordered.count >= 2)
        }
        for lesson in catalog.lessons {
            let id = graph.id("lessons", lesson.id.rawValue)
            #expect(graph.text(id, WellKnown.name) == lesson.title)
            #expect(graph.text(id, WellKnown.webURL) == lesson.url)
            #expect(graph.targets(id, WellKnown.types) == [graph.schema(.lessonType)])
            #expect(graph.targets(id, WellKnown.topics) == lesson.topics.map { graph.id("topics", $0.rawValue) })
            #expect(graph.integer(id, graph.schema(.duration)) == lesson.minutes.value.map(Int64.init))
        }
        for topic in catalog.topics {
            let id = graph.id("topics", topic.id.rawValue)
            #expect(graph.text(id, WellKnown.name) == topic.name)
            #expect(graph.targets(id, WellKnown.types) == [WellKnown.topicType])
            #expect(
                graph.targets(id, WellKnown.broaderTopics)
                    == (topic.broader.map { [graph.id("topics", $0.rawValue)] } ?? [])
            )
            #expect(
                graph.targets(id, graph.schema(.prerequisites))
                    == topic.requires.map { graph.id("topics", $0.rawValue) }
            )
        }
        for person in catalog.people {
            let id = graph.id("people", person.id.rawValue)
            #expect(graph.text(id, WellKnown.name) == GeoExportTests.cleanName(person.name))
            #expect(graph.text(id, WellKnown.webURL) == (person.url.isEmpty ? nil : person.url))
            #expect(graph.targets(id, WellKnown.types) == [WellKnown.personType])
        }
        let course = graph.id("courses", "evals-course")
        #expect(graph.targets(course, graph.schema(.instructors)) == [graph.id("people", "hamel-husain")])
        #expect(graph.targets(course, WellKnown.authors) == [graph.id("people", "shreya-shankar")])
        let path = graph.id("paths", "evals-path")
        #expect(graph.targets(path, graph.schema(.steps)).count == 2)
    }

    @Test("names lose trailing periods and descriptions gain one")
    func textRules() throws {
        let graph = Graph(try export(catalog).parts.map(\.edit))
        #expect(graph.text(graph.id("courses", "tracing-101"), WellKnown.name) == "Tracing 101")
        #expect(
            graph.text(graph.id("courses", "evals-course"), WellKnown.description)
                == "A hands-on course on evaluating LLM apps."
        )
        #expect(graph.text(graph.id("topics", "observability"), WellKnown.description) == "Tracing LLM apps.")
    }

    @Test("every TEXT value is English and every relation has an entity and a position")
    func geoConventions() throws {
        let edit = try export(catalog).parts[0].edit
        var relations = 0
        for op in edit.ops {
            switch op {
            case .createEntity(let create):
                for value in create.values where value.value.dataType == .text {
                    #expect(value.language == WellKnown.english)
                }
            case .createRelation(let relation):
                relations += 1
                #expect(relation.entity != nil)
                #expect(relation.position != nil)
            default:
                Issue.record("unexpected op \(op.name)")
            }
        }
        #expect(relations > 20)
    }

    @Test("the schema creates Course, Lesson and Learning path types the way geo-sdk does")
    func schema() throws {
        let graph = Graph(try export(catalog).parts.map(\.edit))
        for type in [SchemaItem.courseType, .lessonType, .pathType] {
            let id = graph.schema(type)
            #expect(graph.text(id, WellKnown.name) == type.name)
            #expect(graph.targets(id, WellKnown.types) == [WellKnown.schemaType])
            #expect(!graph.targets(id, WellKnown.properties).isEmpty)
        }
        let duration = graph.schema(.duration)
        #expect(graph.targets(duration, WellKnown.types) == [WellKnown.propertyType])
        #expect(graph.targets(duration, WellKnown.dataType) == [WellKnown.dataTypeEntity(.integer)])
        #expect(graph.targets(graph.schema(.lessons), WellKnown.dataType) == [WellKnown.relationDataType])
        #expect(graph.targets(graph.schema(.lessons), WellKnown.relationValueTypes) == [graph.schema(.lessonType)])
    }

    @Test("ids are UUIDv8 derived from coursemap:<space>:<table>:<row id>, and overrides win")
    func identifiers() throws {
        let id = IDScheme(spaceName: "ai").entity("lessons", "evals-intro")
        #expect(id == GeoID.derived(from: "coursemap:ai:lessons:evals-intro"))
        #expect(id.bytes[6] >> 4 == 8 && id.bytes[8] >> 6 == 2)
        #expect(IDScheme(spaceName: "other").entity("lessons", "evals-intro") != id)

        let existing = try #require(GeoID(hex: "5ef5a5860f274d8e8f6c59ae5b3e8900"))
        let options = ExportOptions(overrides: ["coursemap:ai:topics:evaluation": existing])
        let graph = Graph(try export(catalog, options).parts.map(\.edit))
        let lesson = graph.id("lessons", "evals-intro")
        #expect(graph.targets(lesson, WellKnown.topics) == [existing])
        #expect(graph.text(existing, WellKnown.name) == "Evaluation")
    }

    @Test("override tables parse key,geo_id rows and refuse bad ids")
    func overrideTable() throws {
        let rows: [(line: Int, cells: [String])] = [
            (1, ["key", "geo_id"]), (2, ["topics:evaluation", "5ef5a586-0f27-4d8e-8f6c-59ae5b3e89e2"]), (3, ["", ""]),
        ]
        #expect(try OverrideTable.parse(rows) == ["topics:evaluation": WellKnown.topicType])
        #expect(throws: OverrideTable.Problem.self) { try OverrideTable.parse([(1, ["topics:x", "nothex"])]) }
    }

    @Test("a large export is split under the limit in dependency order")
    func splitting() throws {
        let whole = try export(catalog)
        let options = ExportOptions(maximumEditBytes: 4_000)
        let split = try export(catalog, options)
        #expect(split.parts.count > 1)
        var ops: [Op] = []
        for (index, part) in split.parts.enumerated() {
            #expect(part.bytes.count <= 4_000)
            let decoded = try EditDecoder().decode(part.bytes)
            #expect(decoded.name.hasSuffix("(part \(index + 1) of \(split.parts.count))"))
            ops += decoded.ops
        }
        #expect(ops == (try EditDecoder().decode(whole.parts[0].bytes)).ops)
        #expect(Set(split.parts.map(\.edit.id)).count == split.parts.count)
    }

    @Test("a state folded from ops equals one folded op by op, and one from the same ops in two edits")
    func foldedState() throws {
        let ops = try export(catalog).parts.flatMap { try EditDecoder().decode($0.bytes).ops }
        let folded = GraphState(ops: ops)
        var stepwise = GraphState()
        for op in ops { stepwise.apply(op) }
        let half = ops.count / 2
        let fromEdits = GraphState([
            Edit(id: GeoID(high: 1, low: 1), ops: Array(ops[..<half])),
            Edit(id: GeoID(high: 1, low: 2), ops: Array(ops[half...])),
        ])
        #expect(!folded.relations.isEmpty && !folded.entities.isEmpty)
        for state in [stepwise, fromEdits] {
            #expect(state.entityOrder == folded.entityOrder)
            #expect(state.relationOrder == folded.relationOrder)
            #expect(state.entities == folded.entities)
            #expect(state.relations == folded.relations)
        }
    }

    @Test("the same catalog against its own export gives an edit with no ops")
    func diffUnchanged() throws {
        let published = try export(catalog).parts.map { try EditDecoder().decode($0.bytes) }
        let update = try export(SampleCatalog.make(), previous: published)
        let diff = try #require(update.diff)
        #expect(diff.ops.isEmpty)
        #expect(diff.removedEntities.isEmpty)
        #expect(try EditDecoder().decode(update.parts[0].bytes).ops.isEmpty)
    }

    @Test("one added lesson and one changed title give exactly those changes")
    func diffChanges() throws {
        let published = try export(catalog).parts.map { try EditDecoder().decode($0.bytes) }
        let changed = SampleCatalog.make(extraLesson: true, renamedCourse: true)
        let update = try export(changed, previous: published)
        let edit = try EditDecoder().decode(update.parts[0].bytes)
        let scheme = IDScheme(spaceName: "ai")
        let course = scheme.entity("courses", "evals-course")
        let lesson = scheme.entity("lessons", "tracing-cost")

        let entityOps = edit.ops.compactMap { op -> Op.CreateEntity? in
            if case .createEntity(let create) = op { return create }
            return nil
        }
        #expect(entityOps.map(\.id) == [course, lesson])
        #expect(entityOps[0].values.map(\.value) == [.text("AI Evals for Engineers, 2nd run")])
        #expect(entityOps[0].values.map(\.property) == [WellKnown.name])

        let relations = edit.ops.compactMap { op -> Op.CreateRelation? in
            if case .createRelation(let relation) = op { return relation }
            return nil
        }
        // The new lesson's Types and Topics relations, and the course's Lessons relation to it.
        #expect(relations.count == 3)
        #expect(
            Set(relations.map(\.type)) == [
                WellKnown.types, WellKnown.topics, scheme.entity(key: SchemaItem.lessons.key),
            ]
        )
        #expect(relations.allSatisfy { $0.from.id == lesson || $0.to.id == lesson })
        #expect(edit.ops.count == 5)
    }

    @Test("removed values become unsets, removed relations deletes, removed entities a report")
    func diffRemovals() throws {
        let published = try export(SampleCatalog.make(extraLesson: true)).parts.map(\.edit)
        var lessons = catalog.lessons
        lessons[1].objectives = []
        lessons[1].topics = ["llm-as-judge"]
        let smaller = Catalog(
            courses: catalog.courses,
            lessons: lessons,
            topics: catalog.topics,
            people: catalog.people,
            paths: catalog.paths,
            steps: catalog.steps
        )
        let update = try export(smaller, previous: published)
        let diff = try #require(update.diff)
        let scheme = IDScheme(spaceName: "ai")
        #expect(diff.removedEntities == [scheme.entity("lessons", "tracing-cost")])
        let unset = diff.ops.compactMap { op -> Op.UpdateEntity? in
            if case .updateEntity(let update) = op { return update }
            return nil
        }
        #expect(unset.map(\.id) == [scheme.entity("lessons", "evals-judge")])
        #expect(unset.first?.unset?.map(\.property) == [scheme.entity(key: SchemaItem.objectives.key)])
        #expect(diff.counts.deletedRelations == 4)  // lesson Types, Topics, Lessons of the course, and one topic
        #expect(try EditDecoder().decode(update.parts[0].bytes).ops == diff.ops)
    }

    @Test("CSV tables use Geo property names and one row per entity")
    func csvTables() {
        let tables = TypeTables.make(catalog)
        #expect(tables.keys.sorted() == ["Course.csv", "Learning path.csv", "Lesson.csv", "Person.csv", "Topic.csv"])
        #expect(tables["Course.csv"]?.first?.prefix(3) == ["Name", "Description", "Web URL"])
        #expect(tables["Lesson.csv"]?.count == catalog.lessons.count + 1)
        #expect(tables["Course.csv"]?[1].last == "Why evals; Error analysis; LLM as judge")
    }

    @Test("inspect text names the ops and resolves names")
    func inspectText() throws {
        let bytes = try export(catalog).parts[0].bytes
        let decoded = try EditDecoder().decodeDetailed(bytes)
        let text = EditDescription(edits: [decoded.edit]).text(decoded)
        #expect(text.contains("CreateEntity AI Evals for Engineers"))
        #expect(text.contains("-[Types (8f151ba4de204e3c9cb499ddf96f48f1)]-> Course"))
        let json = EditDescription(edits: [decoded.edit]).json(decoded.edit).rendered
        #expect(json.contains("\"op\": \"CreateRelation\""))
    }
}

enum GeoExportTests {
    static func cleanName(_ text: String) -> String {
        var name = text
        while name.hasSuffix(".") { name.removeLast() }
        return name
    }
}
