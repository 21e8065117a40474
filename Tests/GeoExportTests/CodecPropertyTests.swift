import CatalogTestSupport
import Testing

@testable import GeoExport

@Suite("GRC-20 codec properties")
struct CodecPropertyTests {
    @Test("decode(encode(e)) == e in fast mode for random edits", arguments: 0..<300)
    func fastRoundTrip(seed: UInt64) throws {
        var edits = RandomEdits(seed: seed)
        let edit = edits.edit()
        let bytes = try EditEncoder(mode: .fast).encode(edit)
        #expect(try EditDecoder().decode(bytes) == edit)
    }

    @Test("canonical bytes are a fixed point and ignore insertion order", arguments: 0..<300)
    func canonicalStable(seed: UInt64) throws {
        var edits = RandomEdits(seed: seed)
        let edit = edits.edit()
        let encoder = EditEncoder(mode: .canonical)
        let bytes = try encoder.encode(edit)
        let decoded = try EditDecoder().decode(bytes)
        #expect(try encoder.encode(decoded) == bytes)
        var random = SeededGenerator(seed: seed ^ 0xDEAD_BEEF)
        #expect(try encoder.encode(edit.shufflingValues(using: &random)) == bytes)
        // The canonical form holds the same edit up to the order of values inside ops.
        #expect(decoded.ops.count == edit.ops.count)
        #expect(decoded.shufflingValues(using: &random).id == edit.id)
    }

    @Test("the edge cases of research section 6 survive a round trip")
    func edgeCases() throws {
        let property = GoldenVectors.duration
        let edit = Edit(
            id: GoldenVectors.edit,
            name: "",
            authors: [],
            createdAt: -1_234_567,
            ops: [
                .createEntity(
                    .init(
                        id: GoldenVectors.e1,
                        values: [
                            PropertyValue(property: property, value: .integer(.min)),
                            PropertyValue(
                                property: GoldenVectors.published,
                                value: .date(days: -36_500, offsetMinutes: -60)
                            ),
                            PropertyValue(
                                property: GoldenVectors.name,
                                value: .text("Grüße, 世界 🎓"),
                                language: GoldenVectors.english
                            ),
                        ]
                    )
                ),
                .createEntity(
                    .init(id: GoldenVectors.e2, values: [PropertyValue(property: property, value: .integer(.max))])
                ),
                .createRelation(
                    .init(
                        id: GoldenVectors.rel2,
                        type: GoldenVectors.lessons,
                        from: .init(GoldenVectors.e1),
                        to: .init(GoldenVectors.e2),
                        position: String(repeating: "z", count: 64)
                    )
                ),
            ]
        )
        for mode in [EditEncoder.Mode.fast, .canonical] {
            let bytes = try EditEncoder(mode: mode).encode(edit)
            let decoded = try EditDecoder().decode(bytes)
            #expect(try EditEncoder(mode: mode).encode(decoded) == bytes)
            #expect(Set(decoded.ops.flatMap(\.valuesForTest)) == Set(edit.ops.flatMap(\.valuesForTest)))
        }
    }

    @Test("the encoder refuses what a strict decoder would reject")
    func encoderValidates() {
        let id = GoldenVectors.e1
        let nan = Edit(
            id: id,
            ops: [.createEntity(.init(id: id, values: [PropertyValue(property: id, value: .float(.nan))]))]
        )
        #expect(throws: EncodeError.self) { try EditEncoder().encode(nan) }
        let mixed = Edit(
            id: id,
            ops: [
                .createEntity(
                    .init(
                        id: id,
                        values: [
                            PropertyValue(property: id, value: .integer(1)),
                            PropertyValue(property: id, value: .text("1")),
                        ]
                    )
                )
            ]
        )
        #expect(throws: EncodeError.self) { try EditEncoder(mode: .fast).encode(mixed) }
        let badPosition = Edit(
            id: id,
            ops: [.createRelation(.init(id: id, type: id, from: .init(id), to: .init(id), position: "a-b"))]
        )
        #expect(throws: EncodeError.self) { try EditEncoder().encode(badPosition) }
        let duplicate = Edit(
            id: id,
            ops: [
                .createEntity(
                    .init(
                        id: id,
                        values: [
                            PropertyValue(property: id, value: .text("a")),
                            PropertyValue(property: id, value: .text("b")),
                        ]
                    )
                )
            ]
        )
        #expect(throws: EncodeError.self) { try EditEncoder(mode: .canonical).encode(duplicate) }
        #expect(throws: Never.self) { try EditEncoder(mode: .fast).encode(duplicate) }
    }
}

extension Op {
    /// The values an op sets, for order-insensitive comparisons.
    var valuesForTest: [PropertyValue] {
        switch self {
        case .createEntity(let create): create.values
        case .updateEntity(let update): update.set ?? []
        default: []
        }
    }
}
