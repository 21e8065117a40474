import Testing

@testable import GeoExport

/// The shared inputs and expected bytes of research section 6, made with the reference codec.
enum GoldenVectors {
    static let edit = id("00000000000040008000000000000001")
    static let author = id("00000000000040008000000000000002")
    static let e1 = id("00000000000040008000000000000003")
    static let typeCourse = id("00000000000040008000000000000004")
    static let rel1 = id("00000000000040008000000000000005")
    static let relEntity1 = id("00000000000040008000000000000006")
    static let e2 = id("00000000000040008000000000000007")
    static let lessons = id("00000000000040008000000000000008")
    static let duration = id("00000000000040008000000000000009")
    static let published = id("0000000000004000800000000000000a")
    static let rel2 = id("0000000000004000800000000000000b")
    static let name = id("a126ca530c8e48d5b88882c734c38935")
    static let description = id("9b1f76ff9711404c861e59dc3fa7d037")
    static let types = id("8f151ba4de204e3c9cb499ddf96f48f1")
    static let webURL = id("412ff593e9154012a43d4c27ec5c68b6")
    static let english = id("090adac0fca4822e8e719263e67620ec")

    static func id(_ hex: String) -> GeoID {
        guard let id = GeoID(hex: hex) else { fatalError("bad test id \(hex)") }
        return id
    }

    static func bytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).map { index in
            UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) ?? 0
        }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    struct Vector: Sendable, CustomTestStringConvertible {
        var label: String
        var edit: Edit
        var fast: String
        var canonical: String
        var testDescription: String { label }
    }

    static let v1 = Vector(
        label: "V1",
        edit: Edit(
            id: edit,
            name: "Test",
            authors: [author],
            createdAt: 1_700_000_000_000_000,
            ops: [.createEntity(.init(id: e1, values: [PropertyValue(property: name, value: .text("Hello"))]))]
        ),
        fast: """
            475243320000000000000040008000000000000001045465737401000000000000400080000000000000028080f281838985\
            0601a126ca530c8e48d5b88882c734c389350500000000000001010000000000004000800000000000000301000548656c6c\
            6f00ffffffff0f
            """,
        canonical: """
            475243320000000000000040008000000000000001045465737401000000000000400080000000000000028080f281838985\
            0601a126ca530c8e48d5b88882c734c389350500000000000001010000000000004000800000000000000301000548656c6c\
            6f00ffffffff0f
            """
    )

    static let v2 = Vector(
        label: "V2",
        edit: Edit(
            id: edit,
            name: "Add course",
            authors: [author],
            createdAt: 1_700_000_000_000_000,
            ops: [
                .createEntity(
                    .init(
                        id: e1,
                        values: [
                            PropertyValue(property: name, value: .text("LLMOps 101"), language: english),
                            PropertyValue(property: description, value: .text("Intro course."), language: english),
                        ]
                    )
                ),
                .createRelation(
                    .init(id: rel1, type: types, from: .init(e1), to: .init(typeCourse), entity: relEntity1)
                ),
            ]
        ),
        fast: """
            4752433200000000000000400080000000000000010a41646420636f75727365010000000000004000800000000000000280\
            80f2818389850602a126ca530c8e48d5b88882c734c38935059b1f76ff9711404c861e59dc3fa7d03705018f151ba4de204e\
            3c9cb499ddf96f48f101090adac0fca4822e8e719263e67620ec000200000000000040008000000000000003000000000000\
            40008000000000000004000002010000000000004000800000000000000302000a4c4c4d4f70732031303101010d496e7472\
            6f20636f757273652e01ffffffff0f0500000000000040008000000000000005001000010000000000004000800000000000\
            0006ffffffff0f
            """,
        canonical: """
            4752433200000000000000400080000000000000010a41646420636f75727365010000000000004000800000000000000280\
            80f28183898506029b1f76ff9711404c861e59dc3fa7d03705a126ca530c8e48d5b88882c734c3893505018f151ba4de204e\
            3c9cb499ddf96f48f101090adac0fca4822e8e719263e67620ec000200000000000040008000000000000003000000000000\
            40008000000000000004000002010000000000004000800000000000000302000d496e74726f20636f757273652e01010a4c\
            4c4d4f70732031303101ffffffff0f0500000000000040008000000000000005001000010000000000004000800000000000\
            0006ffffffff0f
            """
    )

    static let v3 = Vector(
        label: "V3",
        edit: Edit(
            id: edit,
            name: "",
            authors: [author],
            createdAt: 0,
            ops: [
                .createEntity(
                    .init(
                        id: e2,
                        values: [
                            PropertyValue(property: name, value: .text("Lesson 1")),
                            PropertyValue(property: webURL, value: .text("https://example.com/l1")),
                            PropertyValue(property: duration, value: .integer(45)),
                            PropertyValue(property: published, value: .date(days: 19797, offsetMinutes: 0)),
                        ]
                    )
                ),
                .createRelation(.init(id: rel2, type: lessons, from: .init(e1), to: .init(e2), position: "a")),
            ]
        ),
        fast: """
            4752433200000000000000400080000000000000010001000000000000400080000000000000020004a126ca530c8e48d5b8\
            8882c734c3893505412ff593e9154012a43d4c27ec5c68b60500000000000040008000000000000009020000000000004000\
            800000000000000a070100000000000040008000000000000008000002000000000000400080000000000000030000000000\
            004000800000000000000700000201000000000000400080000000000000070400084c6573736f6e20310001166874747073\
            3a2f2f6578616d706c652e636f6d2f6c3100025a0003554d00000000ffffffff0f050000000000004000800000000000000b\
            002000010161ffffffff0f
            """,
        canonical: """
            4752433200000000000000400080000000000000010001000000000000400080000000000000020004000000000000400080\
            00000000000009020000000000004000800000000000000a07412ff593e9154012a43d4c27ec5c68b605a126ca530c8e48d5\
            b88882c734c38935050100000000000040008000000000000008000002000000000000400080000000000000030000000000\
            0040008000000000000007000002010000000000004000800000000000000704005a0001554d00000000021668747470733a\
            2f2f6578616d706c652e636f6d2f6c310003084c6573736f6e203100ffffffff0f050000000000004000800000000000000b\
            002000010161ffffffff0f
            """
    )

    // Research gives V4 in fast mode only; its canonical bytes are the fast bytes with the two
    // properties swapped (Description sorts first), derived by hand from the layout of section 3.
    static let v4 = Vector(
        label: "V4",
        edit: Edit(
            id: edit,
            name: "u",
            authors: [author],
            createdAt: 1,
            ops: [
                .updateEntity(
                    .init(
                        id: e1,
                        set: [PropertyValue(property: name, value: .text("New"))],
                        unset: [UnsetValue(property: description, language: .all, dataType: .text)]
                    )
                ),
                .deleteRelation(id: rel1, context: nil),
            ]
        ),
        fast: """
            475243320000000000000040008000000000000001017501000000000000400080000000000000020202a126ca530c8e48d5\
            b88882c734c38935059b1f76ff9711404c861e59dc3fa7d03705000000020000000000004000800000000000000300000000\
            0000400080000000000000050000020200030100034e6577000101ffffffff0fffffffff0f0701ffffffff0f
            """,
        canonical: """
            4752433200000000000000400080000000000000010175010000000000004000800000000000000202029b1f76ff9711404c\
            861e59dc3fa7d03705a126ca530c8e48d5b88882c734c3893505000000020000000000004000800000000000000300000000\
            0000400080000000000000050000020200030101034e6577000100ffffffff0fffffffff0f0701ffffffff0f
            """
    )

    static let all = [v1, v2, v3, v4]
}
