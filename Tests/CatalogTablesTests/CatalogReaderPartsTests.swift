import CatalogModel
import Foundation
import Synchronization
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

    /// Reads the table as a file read a range at a time, in parts of about `size` bytes, its
    /// starts found in blocks of `block` bytes.
    private static func readAsFile(_ bytes: [UInt8], size: Int, block: Int) -> CatalogReader.Result {
        let parts = CatalogReader.Parts(threshold: 0, count: 2, size: size, block: block)
        return CatalogReader.read(folder: "c", parts: parts) { table in
            table == .lessons ? .file(count: bytes.count) { Array(bytes[$0]) } : nil
        }
    }

    private static func expectSameReading(_ bytes: [UInt8]) {
        let whole = read(bytes, inParts: false)
        for parts in [read(bytes, inParts: true), readAsFile(bytes, size: bytes.count / 7, block: 4_099)] {
            expectSame(parts, whole)
        }
    }

    private static func expectSame(_ parts: CatalogReader.Result, _ whole: CatalogReader.Result) {
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

    @Test("a file read a part at a time gives what one pass over its bytes gives", arguments: ["\n", "\r\n"])
    func fileInParts(lineEnd: String) {
        let bytes = Self.lessonsTable(rows: 2_500, lineEnd: lineEnd)
        let whole = Self.read(bytes, inParts: false)
        // Parts smaller than a block, and blocks that cut a CRLF in two.
        for (size, block) in [(bytes.count / 20, 1_000), (bytes.count / 3, 1), (bytes.count / 5, 77)] {
            let read = Self.readAsFile(bytes, size: size, block: block)
            Self.expectSame(read, whole)
            #expect(read.catalog.lessons.count == 2_500)
            #expect(read.unreadable.isEmpty)
        }
    }

    @Test("a part that starts with U+FEFF keeps it: only the file's first bytes can be a byte-order mark")
    func byteOrderMarkInsideTheFile() {
        let bytes = Self.lessonsTable(rows: 600) { row in
            "\u{FEFF}lesson-\(row),course-1,\(row),Title,https://example.org/\(row),,evaluation,"
        }
        Self.expectSameReading(bytes)
        #expect(
            Self.readAsFile(bytes, size: 1_000, block: 100).catalog.lessons.allSatisfy {
                $0.id.rawValue.hasPrefix("\u{FEFF}")
            }
        )
    }

    @Test("a part that cannot be read is read whole, and a table that cannot be read is reported")
    func unreadablePart() {
        let bytes = Self.lessonsTable(rows: 500)
        let parts = CatalogReader.Parts(threshold: 0, count: 2, size: bytes.count / 4, block: 512)
        // The second half fails once (a part), then reads again (the whole file).
        let failures = Mutex(1)
        let flaky = CatalogReader.read(folder: "c", parts: parts) { table in
            guard table == .lessons else { return nil }
            return .file(count: bytes.count) { range in
                let fails =
                    range.lowerBound > bytes.count / 2
                    && failures.withLock { count in
                        defer { count -= 1 }
                        return count > 0
                    }
                return fails ? nil : Array(bytes[range])
            }
        }
        #expect(flaky.catalog.lessons.count == 500)
        #expect(flaky.unreadable.isEmpty)
        let broken = CatalogReader.read(folder: "c", parts: parts) { table in
            table == .lessons ? .file(count: bytes.count) { _ in nil } : nil
        }
        #expect(broken.catalog.lessons.isEmpty)
        #expect(broken.unreadable == [.lessons])
    }

    @Test("a large file in a folder is read in parts with the same result as its bytes")
    func folderInParts() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let lessons = Self.lessonsTable(rows: 1_500, lineEnd: "\r\n")
        let courses = Array("id,title,provider,kind,url,topics\n".utf8)
        let topics = Array("id,name\nevaluation,Evaluation\n".utf8)
        for (name, bytes) in [("lessons.csv", lessons), ("courses.csv", courses), ("topics.csv", topics)] {
            try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + name))
        }
        let parts = CatalogReader.Parts(threshold: 1_000, count: 2, size: lessons.count / 6, block: 333)
        let read = try CatalogFolder(path: root).read(parts: parts)
        let whole = CatalogReader.read([.lessons: lessons, .courses: courses, .topics: topics], folder: root)
        Self.expectSame(read, whole)
        #expect(read.catalog.lessons.count == 1_500)
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

    @Test("a file scanned a block at a time gives the starts of one scan, for every block size")
    func scannerInBlocks() {
        let texts = [
            "a,b\r\n1,\"x\r\ny\"\r\n2,\"p\n\"\"q\"\"\nr\"\r\n3,z\r\n4,w\r\n5,v\r\n",
            "a,b\n1,2\r3,4\n",
            "a,b\n1,2\n3,4\r",
            "h\n" + String(repeating: "x,\"y\n\"\n", count: 12),
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            for parts in 1...5 {
                let whole = Self.split(text, parts: parts)
                for block in 1...bytes.count {
                    var scanner = CSVChunks.Scanner(count: bytes.count, parts: parts)
                    var offset = 0
                    while offset < bytes.count, !scanner.isFinished {
                        let end = min(offset + block, bytes.count)
                        Array(bytes[offset..<end]).withUnsafeBufferPointer { scanner.scan($0) }
                        offset = end
                    }
                    #expect(scanner.starts == whole, "parts \(parts), block \(block): \(text.debugDescription)")
                }
            }
        }
    }

    @Test("files with lone carriage returns or no line end are not split")
    func refusesWhatItCannotSplit() {
        #expect(Self.split("a,b\r1,2\r", parts: 2) == nil)
        #expect(Self.split("a,b", parts: 2) == nil)
        #expect(Self.split("a,\"b\n", parts: 2) == nil)
        #expect(Self.split("a,b\n1,2\n", parts: 0) == nil)
    }
}
