import CatalogModel
import CatalogTestSupport
import Testing

@testable import CatalogTables

@Suite struct CSVParserTests {
    private func parse(_ text: String) -> CSVDocument { CSVParser.parse(text, file: "t.csv") }

    @Test("reads quoted cells with commas, quotes and line breaks")
    func quoting() {
        let document = parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n")
        #expect(document.diagnostics.isEmpty)
        #expect(
            document.rows.map(\.cells) == [
                ["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"], ["last", "row"],
            ]
        )
        #expect(document.rows.map(\.line) == [1, 2, 3, 5])
        #expect(document.rows[2].line(ofCell: 1) == 4)
    }

    @Test("accepts a byte-order mark and CRLF, and counts physical lines")
    func bomAndCRLF() {
        let document = parse("\u{FEFF}id,name\r\n1,\"a\r\nb\"\r\n2,c\r\n")
        #expect(document.hadByteOrderMark && document.hadCarriageReturns)
        #expect(document.rows.map(\.cells) == [["id", "name"], ["1", "a\nb"], ["2", "c"]])
        #expect(document.rows.map(\.line) == [1, 2, 4])
    }

    @Test("a part read into its own buffer keeps a leading U+FEFF unless it is the file's start")
    func byteOrderMarkOnlyAtFileStart() {
        let part = Array("\u{FEFF}x,1\n".utf8)
        var cells: [[String]] = []
        let inside = CSVParser.parse(part, range: 0..<part.count, firstLine: 7, atFileStart: false, file: "t.csv") {
            cells.append($0.cells)
        }
        #expect(!inside.hadByteOrderMark)
        #expect(cells == [["\u{FEFF}x", "1"]])
        cells = []
        let start = CSVParser.parse(part, range: 0..<part.count, firstLine: 1, file: "t.csv") { cells.append($0.cells) }
        #expect(start.hadByteOrderMark)
        #expect(cells == [["x", "1"]])
    }

    @Test("treats a lone CR as a line end and skips blank lines")
    func loneCarriageReturn() {
        let document = parse("a\r1\n\n2")
        #expect(document.rows.map(\.cells) == [["a"], ["1"], ["2"]])
        #expect(document.rows.map(\.line) == [1, 2, 4])
    }

    @Test("reports an unterminated quote where it opens and keeps reading the next lines")
    func unterminatedQuote() {
        let document = parse("a,b\n1,\"open\n2,x\n3,y\n")
        let malformed = document.diagnostics.filter { $0.code == .malformedCSV }
        #expect(malformed.count == 1)
        #expect(malformed.first?.location == SourceLocation(file: "t.csv", line: 2, column: 2))
        #expect(document.rows.map(\.cells).contains(["2", "x"]))
        #expect(document.rows.map(\.cells).contains(["3", "y"]))
        #expect(document.rows.last?.line == 4)
    }

    @Test("reports stray quotes with their field position")
    func strayQuotes() {
        let document = parse("a,b,c\n1,x\"y,z\n2,\"q\"r,s\n")
        #expect(document.diagnostics.map(\.location.line) == [2, 3])
        #expect(document.diagnostics.map(\.location.column) == [2, 2])
        // Nothing is lost: the stray text stays in the cell.
        #expect(document.rows[1].cells[1] == "x\"y")
        #expect(document.rows[2].cells[1] == "qr")
    }

    @Test("reports invalid UTF-8 at its cell and keeps the rest")
    func invalidUTF8() {
        var bytes = Array("a,b\n1,".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\n2,ok\n".utf8)
        let document = CSVParser.parse(bytes, file: "t.csv")
        #expect(document.diagnostics.count == 1)
        #expect(document.diagnostics.first?.location == SourceLocation(file: "t.csv", line: 2, column: 2))
        #expect(document.rows.last?.cells == ["2", "ok"])
    }

    @Test("keeps NUL bytes as text")
    func nulBytes() {
        let document = CSVParser.parse(Array("a\n\u{0}x\n".utf8), file: "t.csv")
        #expect(document.diagnostics.isEmpty)
        #expect(document.rows[1].cells == ["\u{0}x"])
    }

    @Test("reads a 10 MB cell and 1,000 columns")
    func large() {
        let big = String(repeating: "x", count: 10_000_000)
        let document = parse("a,b\n\"\(big)\",1\n")
        #expect(document.rows[1].cells[0].utf8.count == 10_000_000)
        let header = (1...1000).map { "c\($0)" }.joined(separator: ",")
        let row = (1...1000).map(String.init).joined(separator: ",")
        let wide = parse(header + "\n" + row + "\n")
        #expect(wide.rows.map(\.cells.count) == [1000, 1000])
    }

    @Test("reads an empty file as no rows and a header-only file as one")
    func emptyAndHeaderOnly() {
        #expect(parse("").rows.isEmpty)
        #expect(parse("id,name").rows.map(\.cells) == [["id", "name"]])
        #expect(parse("a,b\n1,").rows[1].cells == ["1", ""])
    }

    @Test("never crashes on random bytes", arguments: 0..<20)
    func randomBytes(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet: [UInt8] = Array("ab,\"\n\r ;".utf8) + [0, 0xC3, 0xA9, 0xFF, 0xEF, 0xBB, 0xBF]
        let bytes = (0..<2_000).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        let document = CSVParser.parse(bytes, file: "r.csv")
        // Lines only move forward, and every diagnostic points into the file.
        #expect(zip(document.rows, document.rows.dropFirst()).allSatisfy { $0.line < $1.line })
        #expect(document.diagnostics.allSatisfy { $0.location.line >= 1 })
    }
}
