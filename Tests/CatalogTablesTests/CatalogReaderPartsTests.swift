import CatalogModel
import Foundation
import Testing

@testable import CatalogTables

/// Large tables are parsed in parts side by side: what they give must not depend on it.
@Suite struct CatalogReaderPartsTests {
    /// A lessons table with multi-line quoted cells, doubled quotes, CRLF, non-ASCII text, an
    /// unknown column and ragged rows spread through it.
    private static func lessonsTable(
        rows: Int,
        lineEnd: String = "\n",
        extra: (Int) -> String? = { _ in nil }
    ) -> [UInt8] {
        var text = "\u{FEFF}id,course,order,title,url,description,topics,notes" + lineEnd
        for row in 1...rows {
            if let line = extra(row) {
                text += line + lineEnd
                continue
            }
            let description =
                row % 7 == 0
                ? "\"Spans\(lineEnd)two lines, with \"\"quotes\"\"\"" : "Plain text for row \(row) — ünïcode"
            let ragged = row % 101 == 0 ? ",surplus" : ""
            text += "lesson-\(row),course-\(row / 50),\(row % 50 + 1),Title \(row),https://example.org/\(row),"
            text += "\(description),evaluation; serving ,note \(row)\(ragged)" + lineEnd
        }
        return Array(text.utf8)
    }

    private static func read(_ bytes: [UInt8], inParts: Bool) -> CatalogReader.Result {
        let parts =
            inParts ? CatalogReader.Parts(threshold: 0, count: 3) : CatalogReader.Parts(threshold: .max, count: 1)
        return CatalogReader.read(folder: "c", parts: parts) { $0 == .lessons ? bytes : nil }
    }

    private static func expectSameReading(_ bytes: [UInt8]) {
        let whole = read(bytes, inParts: false)
        let parts = read(bytes, inParts: true)
        #expect(parts.catalog.lessons == whole.catalog.lessons)
        #expect(parts.catalog.lessons.map { $0.source?.line } == whole.catalog.lessons.map { $0.source?.line })
        #expect(
            parts.catalog.lessons.map { $0.source?.cellLines } == whole.catalog.lessons.map { $0.source?.cellLines }
        )
        #expect(parts.diagnostics.sorted() == whole.diagnostics.sorted())
        #expect(parts.catalog.layouts[.lessons]?.columns == whole.catalog.layouts[.lessons]?.columns)
    }

    @Test("a table read in parts gives the same rows, lines and diagnostics as one pass", arguments: ["\n", "\r\n"])
    func sameAsOnePass(lineEnd: String) throws {
        let bytes = Self.lessonsTable(rows: 3_000, lineEnd: lineEnd)
        let starts = try #require(bytes.withUnsafeBufferPointer { CSVChunks.split($0, parts: 3) })
        #expect(starts.count == 3)
        Self.expectSameReading(bytes)
        let read = Self.read(bytes, inParts: true)
        #expect(read.catalog.lessons.count == 3_000)
        #expect(read.diagnostics.filter { $0.code == .raggedRow }.count == 3_000 / 101)
    }

    @Test("malformed quoting anywhere falls back to one pass with the same findings")
    func malformedQuoting() {
        let bytes = Self.lessonsTable(rows: 2_000) { row in
            switch row {
            case 700: "lesson-700,course-14,1,Stray \"quote,https://example.org/700,,evaluation,"
            case 1_500: "lesson-1500,course-30,1,\"closed\" then text,https://example.org/1500,,evaluation,"
            default: nil
            }
        }
        Self.expectSameReading(bytes)
        #expect(Self.read(bytes, inParts: true).diagnostics.contains { $0.code == .malformedCSV })
    }

    @Test("an unterminated quote in the last row is reported where it opens, as in one pass")
    func unterminatedQuote() throws {
        let last = "lesson-1000,course-20,1,\"never closed,https://example.org/1000,,evaluation,"
        let bytes = Self.lessonsTable(rows: 1_000) { $0 == 1_000 ? last : nil }
        Self.expectSameReading(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let opening = try #require(text.range(of: last))
        let line = text[..<opening.lowerBound].filter { $0 == "\n" }.count + 1
        let malformed = Self.read(bytes, inParts: true).diagnostics.filter { $0.code == .malformedCSV }
        #expect(malformed.map(\.location.line) == [line])
    }
}

@Suite struct CSVChunksTests {
    private static func split(_ text: String, parts: Int) -> [CSVChunks.Start]? {
        Array(text.utf8).withUnsafeBufferPointer { CSVChunks.split($0, parts: parts) }
    }

    @Test("parts start after a line end outside quotes, with the physical line of their first byte")
    func startsAtRows() throws {
        let text = "a,b\n1,\"x\ny\"\n2,\"p\n\"\"q\"\"\nr\"\n3,z\n4,w\n"
        let starts = try #require(Self.split(text, parts: 4))
        let bytes = Array(text.utf8)
        #expect(starts.first == CSVChunks.Start(offset: 4, line: 2))
        for start in starts {
            // Each start follows a line feed, and an even number of quotes stands before it.
            #expect(bytes[start.offset - 1] == UInt8(ascii: "\n"))
            #expect(bytes[..<start.offset].filter { $0 == UInt8(ascii: "\"") }.count % 2 == 0)
            #expect(bytes[..<start.offset].filter { $0 == UInt8(ascii: "\n") }.count + 1 == start.line)
        }
        #expect(starts.map(\.offset) == starts.map(\.offset).sorted())
    }

    @Test("files with lone carriage returns or no line end are not split")
    func refusesWhatItCannotSplit() {
        #expect(Self.split("a,b\r1,2\r", parts: 2) == nil)
        #expect(Self.split("a,b", parts: 2) == nil)
        #expect(Self.split("a,\"b\n", parts: 2) == nil)
        #expect(Self.split("a,b\n1,2\n", parts: 0) == nil)
    }
}
