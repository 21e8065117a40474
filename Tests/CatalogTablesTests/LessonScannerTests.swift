import CatalogModel
import Foundation
import Testing

@testable import CatalogTables

/// The quick pass over lesson rows vouches for clean rows only, and reads them right.
@Suite struct LessonScannerTests {
    static let header = "id,course,order,title,url,description,topics,format,people,minutes,level,access,notes"

    /// A clean row; `course`, `order` and `number` vary it.
    static func row(_ course: String, _ order: Int, number: Int) -> String {
        "\(course)-l\(number),\(course),\(order),Lesson \(number),https://example.org/\(course)/\(number),"
            + "\"Learn step \(number), with a comma and a \"\"quote\"\".\",evaluation;tracing,lab,"
            + "ana:instructor;ben,30,introductory,free,café"
    }

    /// Two courses of `perCourse` lessons each, interleaved in blocks.
    static func table(perCourse: Int, lineEnd: String = "\n") -> String {
        var lines = [header]
        for number in 1...perCourse {
            lines.append(row("alpha", number, number: number))
            lines.append(row("beta", number, number: number))
        }
        return lines.joined(separator: lineEnd) + lineEnd
    }

    @Test("a clean table passes and its facts are read", arguments: [1, 2, 3, 5])
    func clean(parts: Int) {
        let digest = LessonScanner.digest(of: Array(Self.table(perCourse: 400).utf8), parts: parts)
        #expect(digest.rowsPass)
        #expect(digest.lessonCount == 800)
        #expect(Set(digest.topicsByCourse.keys) == ["alpha", "beta"])
        #expect(digest.topics(of: "alpha") == ["evaluation", "tracing"])
        #expect(digest.topics(of: "beta") == ["evaluation", "tracing"])
        #expect(Set(digest.topics) == ["evaluation", "tracing"] && digest.topics.count == 2)
        #expect(digest.people == ["ana", "ben"])
        #expect(digest.containsLesson("beta-l400"))
        #expect(!digest.containsLesson("beta-l401"))
        #expect(!digest.containsLesson("beta-l"))
        #expect(!digest.containsLesson("gamma-l1"))
    }

    @Test("CRLF line ends and a last row without a line end pass")
    func lineEnds() {
        var text = Self.table(perCourse: 3, lineEnd: "\r\n")
        text.removeLast(2)
        let digest = LessonScanner.digest(of: Array(text.utf8))
        #expect(digest.rowsPass)
        #expect(digest.lessonCount == 6)
    }

    /// A faulty cell, row or line, each replacing something in the clean table.
    static let faults: [(String, String, String)] = [
        ("duplicate id", "beta-l2,beta,2,", "beta-l1,beta,2,"),
        ("bad id", "alpha-l2,alpha,2", "Alpha-l2,alpha,2"),
        ("empty course", "alpha-l2,alpha,2", "alpha-l2,,2"),
        ("order gap", "alpha-l2,alpha,2", "alpha-l2,alpha,3"),
        ("order zero", "alpha-l1,alpha,1", "alpha-l1,alpha,0"),
        ("order with a leading zero", "alpha-l1,alpha,1", "alpha-l1,alpha,01"),
        ("empty title", ",Lesson 2,", ",,"),
        ("http address", "https://example.org/alpha/2", "http://example.org/alpha/2"),
        ("relative address", "https://example.org/alpha/2", "/alpha/2"),
        ("tracking parameter", "https://example.org/alpha/2", "https://example.org/alpha/2?utm_source=x"),
        ("duplicate address", "https://example.org/beta/2", "https://example.org/beta/1"),
        ("empty description", "\"Learn step 2, with a comma and a \"\"quote\"\".\"", ""),
        ("long description", "Learn step 2,", "Learn step 2" + String(repeating: "x", count: 280) + ","),
        (
            "empty topics", "evaluation;tracing,lab,ana:instructor;ben,30,introductory,free,café\nbeta-l2",
            ",lab,ana:instructor;ben,30,introductory,free,café\nbeta-l2"
        ),
        ("empty topic item", "evaluation;tracing", "evaluation;;tracing"),
        ("space around a topic", "evaluation;tracing", "evaluation; tracing"),
        ("unknown format", ",lab,", ",lecture,"),
        ("unknown role", "ana:instructor", "ana:speaker"),
        ("minutes not a number", ",30,", ",half an hour,"),
        ("unknown level", ",introductory,", ",beginner,"),
        ("two spaces", "Lesson 2,", "Lesson  2,"),
        ("edge space", "Lesson 2,", "Lesson 2 ,"),
        ("a tab", "Lesson 2,", "Lesson\t2,"),
        ("a line break in a quoted cell", "with a comma", "with a\ncomma"),
        ("stray quote", "Lesson 2,", "Lesson \"2,"),
        ("text after a closing quote", "\"\"quote\"\".\"", "\"\"quote\"\".\"x"),
        ("unterminated quote", "café\n", "café\"\n"),
        ("extra cell", "café\nbeta-l2", "café,more\nbeta-l2"),
        ("missing cell", ",free,café\nbeta-l2", ",free\nbeta-l2"),
        ("invalid UTF-8", "café", "caf\u{FFFD}"),
        ("C1 control", "café", "caf\u{85}"),
        ("byte-order mark inside", "café", "caf\u{FEFF}é"),
        ("blank line", "\nbeta-l2", "\n\nbeta-l2"),
    ]

    @Test("every fault fails the pass", arguments: faults)
    func fault(_ name: String, _ clean: String, _ faulty: String) throws {
        let text = Self.table(perCourse: 3)
        let range = try #require(text.range(of: clean), "\(name): the clean text is not in the table")
        var bytes = Array(text.replacingCharacters(in: range, with: faulty).utf8)
        if name == "invalid UTF-8" { bytes = Self.replacing(Array("\u{FFFD}".utf8), with: [0xC3, 0x28], in: bytes) }
        #expect(!LessonScanner.digest(of: bytes).rowsPass, "\(name)")
    }

    @Test("a duplicate id or address in another part fails, whatever the cut", arguments: [2, 3, 4])
    func duplicatesAcrossParts(parts: Int) {
        var text = Self.table(perCourse: 300)
        text += "gamma-l1,gamma,1,Late,https://example.org/late,Late.,evaluation,,,,,,\n"
        #expect(LessonScanner.digest(of: Array(text.utf8), parts: parts).rowsPass)
        let duplicateID = text.replacingOccurrences(of: "gamma-l1,", with: "alpha-l1,")
        #expect(!LessonScanner.digest(of: Array(duplicateID.utf8), parts: parts).rowsPass)
        let duplicateURL = text.replacingOccurrences(
            of: "https://example.org/late",
            with: "https://example.org/alpha/1"
        )
        #expect(!LessonScanner.digest(of: Array(duplicateURL.utf8), parts: parts).rowsPass)
    }

    @Test("a course whose orders restart in a later part fails")
    func runsAcrossParts() {
        var text = Self.table(perCourse: 300)
        text += Self.row("alpha", 2, number: 999) + "\n"
        #expect(!LessonScanner.digest(of: Array(text.utf8), parts: 3).rowsPass)
    }

    @Test("a cut that falls inside a quoted cell spanning lines fails instead of misreading")
    func cutInsideQuotes() {
        // One huge quoted cell with line breaks covers the middle of the file, where parts are cut.
        let filler = String(repeating: "line of text\n", count: 20_000)
        let text =
            Self.header + "\n" + Self.row("alpha", 1, number: 1) + "\n"
            + "alpha-l2,alpha,2,Two,https://example.org/two,\"\(filler)\",evaluation,,,,,,\n"
        #expect(!LessonScanner.digest(of: Array(text.utf8), parts: 4).rowsPass)
    }

    private static func replacing(_ old: [UInt8], with new: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard let start = (0...(bytes.count - old.count)).first(where: { Array(bytes[$0..<($0 + old.count)]) == old })
        else { return bytes }
        return Array(bytes[..<start]) + new + Array(bytes[(start + old.count)...])
    }
}

extension LessonScannerTests {
    @Test("a single space anywhere in an address fails the pass (found by the random comparison)")
    func spaceInAddress() {
        let text = Self.table(perCourse: 3).replacingOccurrences(of: "example.org/beta/2", with: "example.org/be ta/2")
        #expect(!LessonScanner.digest(of: Array(text.utf8)).rowsPass)
    }
}
