import Testing

@testable import GeoExport

/// Builds small hand-made edits so each test can plant one fault and know its offset.
private struct MalformedEdit {
    var out = ByteWriter()
    /// Where the planted fault starts.
    var faultOffset = 0

    /// Magic, version 0, header and the given dictionaries; then `opCount`.
    init(
        properties: [(GeoID, DataType)] = [],
        relationTypes: [GeoID] = [],
        objects: [GeoID] = [],
        duplicateObject: Bool = false,
        opCount: Int = 1
    ) {
        out.raw(Array("GRC2".utf8) + [0])
        out.id(GoldenVectors.edit)
        out.string("t")
        out.varint(0)
        out.signedVarint(0)
        out.varint(properties.count)
        for (id, type) in properties {
            out.id(id)
            out.byte(type.rawValue)
        }
        out.varint(relationTypes.count)
        for id in relationTypes { out.id(id) }
        out.varint(0)  // languages
        out.varint(0)  // units
        out.varint(objects.count + (duplicateObject ? 1 : 0))
        for id in objects { out.id(id) }
        if duplicateObject, let first = objects.first {
            faultOffset = out.bytes.count
            out.id(first)
        }
        out.varint(0)  // context ids
        out.varint(0)  // contexts
        out.varint(opCount)
    }

    /// Marks the next byte as the fault.
    mutating func mark() { faultOffset = out.bytes.count }

    mutating func noContext() { out.varint(WireRules.noneSentinel) }
}

@Suite("GRC-20 decoder rejects malformed edits")
struct CodecNegativeTests {
    private let decoder = EditDecoder()

    private func failure(_ bytes: [UInt8]) -> DecodeError? {
        do {
            _ = try decoder.decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test("a wrong magic is rejected at byte 0")
    func badMagic() throws {
        var bytes = GoldenVectors.bytes(GoldenVectors.v1.fast)
        bytes[3] = UInt8(ascii: "3")
        let error = try #require(failure(bytes))
        #expect(error.offset == 0)
        guard case .badMagic = error.reason else {
            Issue.record("got \(error)")
            return
        }
    }

    @Test("version 2 is rejected at byte 4")
    func badVersion() throws {
        var bytes = GoldenVectors.bytes(GoldenVectors.v1.fast)
        bytes[4] = 2
        let error = try #require(failure(bytes))
        #expect(error == DecodeError(offset: 4, reason: .unsupportedVersion(2)))
    }

    @Test("version 1 (the Rust codec's) is accepted")
    func versionOne() throws {
        var bytes = GoldenVectors.bytes(GoldenVectors.v1.fast)
        bytes[4] = 1
        #expect(try decoder.decode(bytes) == GoldenVectors.v1.edit)
    }

    @Test("every truncation of a valid edit is rejected as truncated")
    func truncated() throws {
        let bytes = GoldenVectors.bytes(GoldenVectors.v3.fast)
        for length in 4..<bytes.count {
            let error = try #require(failure(Array(bytes.prefix(length))), "prefix \(length) was accepted")
            guard case .truncated = error.reason else {
                Issue.record("prefix \(length): \(error)")
                continue
            }
            #expect(error.offset <= length)
        }
    }

    @Test("trailing bytes after the last op are rejected")
    func trailing() throws {
        let bytes = GoldenVectors.bytes(GoldenVectors.v1.fast)
        let error = try #require(failure(bytes + [0]))
        #expect(error == DecodeError(offset: bytes.count, reason: .trailingBytes(1)))
    }

    @Test("a non-minimal varint (81 00) is rejected")
    func nonMinimalVarint() throws {
        var bytes = GoldenVectors.bytes(GoldenVectors.v1.fast)
        // Byte 21 is the name length 04; write it as 84 00.
        #expect(bytes[21] == 4)
        bytes.replaceSubrange(21...21, with: [0x84, 0x00])
        let error = try #require(failure(bytes))
        #expect(error.offset == 21)
        guard case .nonMinimalVarint = error.reason else {
            Issue.record("got \(error)")
            return
        }
    }

    @Test("an 11-byte varint is rejected")
    func overlongVarint() throws {
        var edit = MalformedEdit(opCount: 0)
        edit.out.bytes.removeLast()  // drop the op count and write an 11-byte one
        edit.mark()
        edit.out.raw(Array(repeating: 0x80, count: 10) + [0x00])
        let error = try #require(failure(edit.out.bytes))
        #expect(error.offset == edit.faultOffset)
        guard case .overlongVarint = error.reason else {
            Issue.record("got \(error)")
            return
        }
    }

    @Test("an object index equal to the count is rejected")
    func objectIndexOutOfRange() throws {
        var edit = MalformedEdit(objects: [GoldenVectors.e1])
        edit.out.byte(7)  // DeleteRelation
        edit.mark()
        edit.out.varint(1)
        edit.noContext()
        let error = try #require(failure(edit.out.bytes))
        #expect(error.offset == edit.faultOffset)
        guard case .indexOutOfRange(_, 1, 1) = error.reason else {
            Issue.record("got \(error)")
            return
        }
    }

    @Test("a duplicate dictionary id is rejected at its second entry")
    func duplicateDictionaryID() throws {
        let edit = MalformedEdit(objects: [GoldenVectors.e1], duplicateObject: true, opCount: 0)
        let error = try #require(failure(edit.out.bytes))
        #expect(error == DecodeError(offset: edit.faultOffset, reason: .duplicateEntry("object_ids", GoldenVectors.e1)))
    }

    @Test("a reserved UpdateEntity flag bit (0x04) is rejected")
    func reservedUpdateFlag() throws {
        var edit = MalformedEdit(objects: [GoldenVectors.e1])
        edit.out.byte(2)
        edit.out.varint(0)
        edit.mark()
        edit.out.byte(0x04)
        edit.noContext()
        let error = try #require(failure(edit.out.bytes))
        #expect(error == DecodeError(offset: edit.faultOffset, reason: .reservedBits("UpdateEntity flags", 4)))
    }

    /// One CreateEntity with one value of the given type and raw payload bytes.
    private func singleValue(_ type: DataType, payload: [UInt8]) -> (bytes: [UInt8], offset: Int) {
        var edit = MalformedEdit(properties: [(GoldenVectors.duration, type)])
        edit.out.byte(1)
        edit.out.id(GoldenVectors.e1)
        edit.out.varint(1)
        edit.out.varint(0)
        edit.mark()
        edit.out.raw(payload)
        if type.hasUnit { edit.out.varint(0) }
        edit.noContext()
        return (edit.out.bytes, edit.faultOffset)
    }

    @Test(
        "out-of-range values are rejected at the value",
        arguments: [
            (DataType.boolean, [UInt8(2)]),
            (DataType.float, [0, 0, 0, 0, 0, 0, 0xF8, 0x7F]),  // NaN
            (DataType.date, [0, 0, 0, 0, 0xA1, 0x05]),  // offset 1441
            (DataType.date, [0, 0, 0, 0, 0x5F, 0xFA]),  // offset -1441
            (DataType.time, [0, 0, 0, 0, 0, 0x80, 0, 0]),  // negative time
            (DataType.decimal, [0x02, 0x00, 0x14]),  // mantissa 10: trailing zero
            (DataType.point, [1] + Array(repeating: 0, count: 8)),  // one coordinate
        ]
    )
    func invalidValues(type: DataType, payload: [UInt8]) throws {
        let (bytes, offset) = singleValue(type, payload: payload)
        let error = try #require(failure(bytes))
        #expect(error.offset == offset)
        guard case .invalidValue = error.reason else {
            Issue.record("got \(error)")
            return
        }
    }

    @Test("invalid UTF-8 text is rejected")
    func invalidUTF8() throws {
        let (bytes, offset) = singleValue(.text, payload: [2, 0xC3, 0x28, 0])
        let error = try #require(failure(bytes))
        #expect(error.offset == offset + 1)
        guard case .invalidUTF8 = error.reason else {
            Issue.record("got \(error)")
            return
        }
    }

    /// One CreateRelation E1 -> E2 with the given flags and tail bytes.
    private func relation(flags: UInt8, tail: (inout MalformedEdit) -> Void) -> MalformedEdit {
        var edit = MalformedEdit(relationTypes: [GoldenVectors.types], objects: [GoldenVectors.e1, GoldenVectors.e2])
        edit.out.byte(5)
        edit.out.id(GoldenVectors.rel1)
        edit.out.varint(0)
        edit.out.byte(flags)
        edit.out.varint(0)
        edit.out.varint(1)
        tail(&edit)
        edit.noContext()
        return edit
    }

    @Test(
        "positions that are empty or outside [0-9A-Za-z] are rejected",
        arguments: ["", "a-b", "é", String(repeating: "a", count: 65)]
    )
    func invalidPositions(position: String) throws {
        let edit = relation(flags: 0x20) { edit in
            edit.mark()
            edit.out.string(position)
        }
        let error = try #require(failure(edit.out.bytes))
        #expect(error == DecodeError(offset: edit.faultOffset, reason: .invalidPosition(position)))
    }

    @Test("a 64-character position is accepted")
    func longestPosition() throws {
        let position = String(repeating: "Z", count: 64)
        let edit = relation(flags: 0x20) { $0.out.string(position) }
        let decoded = try decoder.decode(edit.out.bytes)
        guard case .createRelation(let relation) = decoded.ops.first else {
            Issue.record("no relation")
            return
        }
        #expect(relation.position == position)
    }

    @Test("an explicit relation entity equal to the relation id is rejected")
    func entityIsRelation() throws {
        let edit = relation(flags: 0x10) { edit in
            edit.mark()
            edit.out.id(GoldenVectors.rel1)
        }
        let error = try #require(failure(edit.out.bytes))
        #expect(error == DecodeError(offset: edit.faultOffset, reason: .entityIsRelation(GoldenVectors.rel1)))
    }

    @Test("an unknown op type is rejected")
    func unknownOp() throws {
        var edit = MalformedEdit()
        edit.mark()
        edit.out.byte(10)
        let error = try #require(failure(edit.out.bytes))
        #expect(error == DecodeError(offset: edit.faultOffset, reason: .unknownOpType(10)))
    }

    @Test("a language on a non-TEXT value ref is rejected")
    func valueRefLanguage() throws {
        var edit = MalformedEdit(properties: [(GoldenVectors.duration, .integer)], objects: [GoldenVectors.e1])
        edit.out.byte(9)
        edit.out.id(GoldenVectors.rel2)
        edit.out.varint(0)
        edit.out.varint(0)
        edit.mark()
        edit.out.byte(0x01)
        edit.out.varint(0)
        let error = try #require(failure(edit.out.bytes))
        #expect(error == DecodeError(offset: edit.faultOffset, reason: .languageOnNonText("CreateValueRef")))
    }

    @Test("GRC2Z with stored blocks decodes to the same edit")
    func compressedStored() throws {
        let plain = GoldenVectors.bytes(GoldenVectors.v2.fast)
        #expect(try decoder.decode(ZstdFrame.wrapStored(plain)) == GoldenVectors.v2.edit)
    }

    @Test("GRC2Z with a wrong uncompressed_size is rejected at the size")
    func compressedSizeMismatch() throws {
        let plain = GoldenVectors.bytes(GoldenVectors.v2.fast)
        var wrapped = ZstdFrame.wrapStored(plain)
        // The size varint follows the five magic bytes; it is two bytes long here (size > 127).
        #expect(plain.count > 127 && plain.count < 16384)
        wrapped[5] = wrapped[5] &+ 1
        let error = try #require(failure(wrapped))
        #expect(error.offset == 5)
        guard case .compression(let reason) = error.reason else {
            Issue.record("got \(error)")
            return
        }
        #expect(reason.contains("uncompressed_size"))
    }

    @Test("errors name the offset and the rule in their description")
    func descriptionNamesOffset() {
        let error = DecodeError(offset: 21, reason: .nonMinimalVarint("edit name"))
        #expect(error.description.hasPrefix("byte 21 (0x15): "))
        #expect(error.description.contains("edit name"))
    }
}
