import Testing

@testable import GeoExport

@Suite("GRC-20 golden vectors")
struct CodecGoldenTests {
    @Test("fast mode reproduces the reference bytes", arguments: GoldenVectors.all)
    func fastBytes(vector: GoldenVectors.Vector) throws {
        let bytes = try EditEncoder(mode: .fast).encode(vector.edit)
        #expect(GoldenVectors.hex(bytes) == vector.fast)
    }

    @Test("canonical mode reproduces the reference bytes", arguments: GoldenVectors.all)
    func canonicalBytes(vector: GoldenVectors.Vector) throws {
        let bytes = try EditEncoder(mode: .canonical).encode(vector.edit)
        #expect(GoldenVectors.hex(bytes) == vector.canonical)
    }

    @Test("the decoder reads both forms back to the same edit", arguments: GoldenVectors.all)
    func decodesBack(vector: GoldenVectors.Vector) throws {
        let decoder = EditDecoder()
        let fast = try decoder.decode(GoldenVectors.bytes(vector.fast))
        let canonical = try decoder.decode(GoldenVectors.bytes(vector.canonical))
        #expect(fast == vector.edit)
        // Canonical order may reorder values inside an op; compare as the canonical encoder sees them.
        let encoder = EditEncoder(mode: .canonical)
        #expect(try encoder.encode(canonical) == encoder.encode(vector.edit))
        #expect(canonical.ops.count == vector.edit.ops.count)
    }

    @Test("canonical encoding is idempotent on the reference bytes", arguments: GoldenVectors.all)
    func canonicalIdempotent(vector: GoldenVectors.Vector) throws {
        let bytes = GoldenVectors.bytes(vector.canonical)
        #expect(try EditEncoder(mode: .canonical).encode(EditDecoder().decode(bytes)) == bytes)
    }

    @Test(
        "derived ids match the reference",
        arguments: [
            ("grc20:genesis:language:en", "090adac0fca4822e8e719263e67620ec"),
            ("grc20:genesis:language:es", "937ac43388f482408e2e49c14f5c060b"),
            ("grc20:genesis:datatype:text", "db22a933c151866ca01a4d9e471d5797"),
        ]
    )
    func derivedIDs(input: String, expected: String) {
        #expect(GeoID.derived(from: input).hex == expected)
    }

    @Test("relation entities derive from the relation id bytes")
    func relationEntities() {
        #expect(GeoID.relationEntity(of: GoldenVectors.rel1).hex == "6633a41157d78300bf1d992133eda373")
        #expect(GeoID.relationEntity(of: GoldenVectors.rel2).hex == "bcf2baf807f28bd4934883fb5d14d438")
    }

    @Test("ids read hex with or without dashes and print without")
    func idForms() throws {
        let dashed = try #require(GeoID(hex: "090ADAC0-FCA4-822E-8E71-9263E67620EC"))
        #expect(dashed == GoldenVectors.english)
        #expect(dashed.hex == "090adac0fca4822e8e719263e67620ec")
        #expect(GeoID(bytes: dashed.bytes) == dashed)
        #expect(GeoID(hex: "090adac0") == nil)
        #expect(GeoID(hex: "zz0adac0fca4822e8e719263e67620ec") == nil)
    }
}
