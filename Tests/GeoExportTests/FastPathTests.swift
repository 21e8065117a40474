import CatalogModel
import CatalogTestSupport
import Testing

@testable import GeoExport

/// The export's fast paths (chunked mapping, stack-built keys, the id table, text shortcuts) give
/// exactly what the plain rules give.
@Suite("Export fast paths match the plain rules")
struct FastPathTests {
    /// The rules as first written, character by character.
    private enum Reference {
        static func cleanName(_ text: String) -> String {
            var name = text.trimmingSpaces()
            while name.hasSuffix(".") { name.removeLast() }
            return name.trimmingSpaces()
        }

        static func cleanDescription(_ text: String) -> String {
            let description = text.trimmingSpaces()
            if description.isEmpty || description.hasSuffix(".") { return description }
            return description + "."
        }

        static func position(_ number: Int) -> String {
            let digits = String(max(number, 0))
            if digits.count <= 12 { return String(repeating: "0", count: 12 - digits.count) + digits }
            return "z" + String(repeating: "0", count: max(0, 18 - digits.count)) + digits
        }
    }

    static let texts = [
        "", ".", "..", " ", "a", "a.", "a. ", " a", "Title", "Title.", "Title...", "  Title . ", "Title\r\n",
        "Title.\r\n", "\tTabbed\t", "\nLine\n", "\r", "é", "é.", "Café", "Café.", "e\u{301}.", "\u{600}.", "a\u{600}.",
        ".\u{301}", "日本語。", "x\u{200D}.", "🚀.", "Done!", "Ends with space ", "Ends with dot.",
    ]

    @Test("clean names and descriptions equal the character rules", arguments: texts)
    func textRules(text: String) {
        #expect(GeoText.cleanName(text) == Reference.cleanName(text))
        #expect(GeoText.cleanDescription(text) == Reference.cleanDescription(text))
        // Equal strings may differ in bytes (canonical equivalence); the export writes bytes.
        #expect(Array(GeoText.cleanName(text).utf8) == Array(Reference.cleanName(text).utf8))
        #expect(Array(GeoText.cleanDescription(text).utf8) == Array(Reference.cleanDescription(text).utf8))
    }

    @Test("positions are twelve digits, or z and eighteen beyond")
    func positions() {
        for number in [-5, 0, 1, 9, 10, 42, 999, 123_456_789, 999_999_999_999, 1_000_000_000_000, Int.max] {
            #expect(GeoText.position(number) == Reference.position(number))
        }
        #expect(GeoText.position(7) == "000000000007")
        #expect(GeoText.lines(["one"]) == "one")
        #expect(GeoText.lines(["one", "two"]) == "one\ntwo")
        #expect(GeoText.lines([]).isEmpty)
    }

    @Test("entity and relation ids equal those of the key strings")
    func identifiers() throws {
        for space in ["ai", "a-much-longer-space-name-than-usual", "ü"] {
            let scheme = IDScheme(spaceName: space)
            for (table, row) in [("lessons", "intro"), ("people", ""), ("topics", "日本語"), ("steps", "path:1")] {
                #expect(scheme.entity(table, row) == GeoID.derived(from: "coursemap:\(space):\(table):\(row)"))
            }
            let from = scheme.entity("lessons", "a")
            let to = scheme.entity("topics", "b")
            let key = "coursemap:\(space):relation:\(from.hex):\(WellKnown.topics.hex):\(to.hex)"
            let relation = scheme.relation(from: from, type: WellKnown.topics, to: to)
            #expect(relation.id == GeoID.derived(from: key))
            #expect(relation.entity == GeoID.derived(from: key + ":entity"))
        }
        let existing = try #require(GeoID(hex: "5ef5a5860f274d8e8f6c59ae5b3e8900"))
        let overridden = IDScheme(spaceName: "ai", overrides: ["topics:evaluation": existing])
        #expect(overridden.entity("topics", "evaluation") == existing)
        #expect(overridden.entity("topics", "other") == GeoID.derived(from: "coursemap:ai:topics:other"))
    }

    @Test("the id table answers as a dictionary does, through growth, updates and clearing")
    func idTable() {
        var random = SeededGenerator(seed: 42)
        var table = GeoIDTable()
        var reference: [GeoID: Int] = [:]
        // Random ids, and ids that differ in one half only, as well-known constants may.
        var ids = (0..<3_000).map { _ in GeoID(high: UInt64.random(in: 0...UInt64.max, using: &random), low: 7) }
        ids += (0..<3_000).map { GeoID(high: 1, low: UInt64($0)) }
        for (index, id) in ids.enumerated() {
            let inserted = table.insert(id, value: index)
            #expect(inserted.inserted == (reference[id] == nil))
            if reference[id] == nil { reference[id] = index }
            #expect(inserted.value == reference[id])
        }
        for (index, id) in ids.enumerated() where index % 3 == 0 {
            table.update(id, value: index + 10_000)
            reference[id] = index + 10_000
        }
        #expect(table.count == reference.count)
        #expect(ids.allSatisfy { table[$0] == reference[$0] })
        #expect(table[GeoID(high: 2, low: 2)] == nil)
        table.removeAll()
        #expect(table.count == 0)
        #expect(!table.contains(ids[0]))
        #expect(table.insert(ids[0], value: 1).inserted)
    }

    @Test("lessons mapped in chunks give the ops, sections and labels of one pass")
    func chunkedMapping() {
        let sample = SampleCatalog.make(extraLesson: true)
        var lessons = sample.lessons
        // Repeated topics and people make repeated relations, which must be written once.
        lessons[0].topics = ["evaluation", "llm-as-judge", "evaluation"]
        lessons[0].people = [Credit(person: "hamel-husain"), Credit(person: "hamel-husain")]
        let catalog = Catalog(
            courses: sample.courses,
            lessons: lessons,
            topics: sample.topics,
            people: sample.people,
            paths: sample.paths,
            steps: sample.steps
        )
        let options = ExportOptions(recordsLabels: true)
        let whole = CatalogEdit(catalog: catalog, options: options, lessonsPerChunk: 10_000)
        #expect(!whole.labels.isEmpty && !whole.keys.isEmpty && !whole.entityTypes.isEmpty)
        for size in [1, 2, 3] {
            let chunked = CatalogEdit(catalog: catalog, options: options, lessonsPerChunk: size)
            #expect(chunked.ops == whole.ops)
            #expect(chunked.sections == whole.sections)
            #expect(chunked.labels == whole.labels)
            #expect(chunked.keys == whole.keys)
            #expect(chunked.entityTypes == whole.entityTypes)
        }
        let relationIDs = whole.ops.compactMap { op -> GeoID? in
            if case .createRelation(let relation) = op { return relation.id }
            return nil
        }
        #expect(Set(relationIDs).count == relationIDs.count)

        let unlabelled = CatalogEdit(catalog: catalog, options: ExportOptions(), lessonsPerChunk: 1)
        #expect(unlabelled.ops == whole.ops)
        #expect(unlabelled.labels.isEmpty && unlabelled.keys.isEmpty && unlabelled.entityTypes.isEmpty)
    }

    @Test("canonical values come out by property id whatever their order", arguments: [2, 5, 16, 17, 40])
    func valueOrder(count: Int) throws {
        var random = SeededGenerator(seed: UInt64(count))
        let values = (0..<count).map { index in
            PropertyValue(
                property: GeoID(high: UInt64.random(in: 0...UInt64.max, using: &random), low: UInt64(index)),
                value: .text("value \(index)"),
                language: index.isMultiple(of: 2) ? WellKnown.english : nil
            )
        }
        let encoder = EditEncoder(mode: .canonical)
        func bytes(_ values: [PropertyValue]) throws -> [UInt8] {
            try encoder.encode(
                Edit(id: GoldenVectors.edit, ops: [.createEntity(.init(id: GoldenVectors.e1, values: values))])
            )
        }
        let expected = try bytes(values)
        #expect(try bytes(values.reversed()) == expected)
        #expect(try bytes(values.shuffled(using: &random)) == expected)
        let decoded = try EditDecoder().decode(expected)
        guard case .createEntity(let create) = decoded.ops.first else {
            Issue.record("expected a CreateEntity")
            return
        }
        #expect(create.values.map(\.property) == values.map(\.property).sorted())
    }
}

extension FastPathTests {
    @Test("a repeated value slot is refused at its second value, few values or many", arguments: [5, 20])
    func duplicateSlots(count: Int) throws {
        let properties = (0..<count).map { GeoID(high: 9, low: UInt64($0)) }
        var values = properties.map { PropertyValue(property: $0, value: .text("x"), language: WellKnown.english) }
        // The same property in another language, or in the default slot, is a different slot.
        values.append(PropertyValue(property: properties[1], value: .text("y"), language: GoldenVectors.e1))
        values.append(PropertyValue(property: properties[1], value: .text("z")))
        let encoder = EditEncoder(mode: .canonical)
        func edit(_ values: [PropertyValue]) -> Edit {
            Edit(id: GoldenVectors.edit, ops: [.createEntity(.init(id: GoldenVectors.e1, values: values))])
        }
        #expect(throws: Never.self) { try encoder.encode(edit(values)) }
        values.insert(PropertyValue(property: properties[3], value: .text("again"), language: WellKnown.english), at: 4)
        values.append(PropertyValue(property: properties[0], value: .text("again"), language: WellKnown.english))
        #expect(throws: EncodeError.duplicateValue(op: 0, properties[3])) { try encoder.encode(edit(values)) }
    }
}
