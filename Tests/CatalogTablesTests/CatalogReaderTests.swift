import CatalogModel
import CatalogTestSupport
import Foundation
import Testing

@testable import CatalogTables

@Suite struct CatalogReaderTests {
    @Test("reads the tiny example catalog without form problems")
    func tiny() throws {
        let result = TestCatalog.read(try TestCatalog.tinyTables())
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.courses.count == 2)
        #expect(
            result.catalog.lessons(of: "cloud-course").map(\.id.rawValue) == [
                "cloud-intro", "cloud-eval-lab", "cloud-tracing",
            ]
        )
        let lab = try #require(result.catalog.lesson("cloud-eval-lab"))
        #expect(lab.topics == ["llm-as-judge", "prompt-management"])
        #expect(lab.objectives == ["Run an evaluation", "Compare two prompt versions"])
        #expect(lab.minutes == .value(60))
        #expect(lab.format == .lab)
        #expect(result.catalog.steps(of: "starter").map(\.title) == ["See what your app does", "Judge the answers"])
    }

    @Test("finds columns by name in any order, keeps unknown columns, trims list items")
    func reorderedColumns() {
        let result = TestCatalog.read([
            .courses: "notes,url,kind,provider,title,id,topics\nmine,https://a.org,oss,A,Title,c1, rag ;  evals ;\n"
        ])
        let course = result.catalog.courses.first
        #expect(course?.id == "c1")
        #expect(course?.topics == ["rag", "evals"])
        #expect(result.catalog.layouts[.courses]?.column(of: "notes") == 1)
        #expect(course?.source?.location(of: "url") == SourceLocation(file: "catalog/courses.csv", line: 2, column: 2))
    }

    @Test("reports a missing required column once, at 1:1")
    func missingColumn() {
        let result = TestCatalog.read([.topics: "id,description\nrag,x\n"])
        let missing = result.diagnostics.filter { $0.code == .missingColumn }
        #expect(missing.map(\.field) == ["name"])
        #expect(missing.first?.location == SourceLocation(file: "catalog/topics.csv", line: 1, column: 1))
        #expect(result.missingColumns[.topics] == ["name"])
    }

    @Test("reports an empty file as a missing header")
    func emptyFile() {
        let result = TestCatalog.read([.people: ""])
        #expect(result.diagnostics.map(\.code) == [.missingColumn])
        #expect(result.diagnostics.first?.location.line == 1)
    }

    @Test("reports ragged rows at the first extra or first missing cell")
    func raggedRows() {
        let result = TestCatalog.read([.people: "id,name,url\na,A,https://a.org,extra\nb,B\n"])
        let ragged = result.diagnostics.filter { $0.code == .raggedRow }
        #expect(ragged.map(\.location.line) == [2, 3])
        #expect(ragged.map(\.location.column) == [4, 3])
        #expect(result.catalog.people.map(\.id) == ["a", "b"])
    }

    @Test("keeps line numbers right after a multi-line cell, with CRLF and a BOM")
    func physicalLines() {
        let text = "\u{FEFF}id,name,url\r\np1,\"Multi\r\nline\",https://a.org\r\np2,Two,https://b.org\r\n"
        let result = TestCatalog.read([.people: text])
        #expect(result.catalog.people.map { $0.source?.line } == [2, 4])
        #expect(result.catalog.people.first?.source?.location(of: "url").line == 3)
    }
}

@Suite struct CatalogFolderTests {
    @Test("reads a folder and refuses files that are folders")
    func folders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cm-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/courses.csv", withIntermediateDirectories: true)
        #expect(throws: CatalogFolderError.self) { try CatalogFolder(path: root).readFiles() }
        #expect(throws: CatalogFolderError.folderNotFound(root + "/nope")) {
            try CatalogFolder(path: root + "/nope").readFiles()
        }
        #expect(throws: CatalogFolderError.missingTable(root + "/lessons.csv")) {
            try? FileManager.default.removeItem(atPath: root + "/courses.csv")
            _ = FileManager.default.createFile(atPath: root + "/courses.csv", contents: Data())
            return try CatalogFolder(path: root).readFiles()
        }
    }

    @Test("refuses a named pipe as a table instead of waiting for a writer")
    func namedPipe() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cm-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for table in ["courses.csv", "lessons.csv", "topics.csv"] {
            _ = FileManager.default.createFile(atPath: root + "/" + table, contents: Data("id\n".utf8))
        }
        #expect(mkfifo(root + "/people.csv", 0o600) == 0)
        let expected = CatalogFolderError.unreadable(
            root + "/people.csv",
            reason: "it is not a regular file (a pipe, socket or device)"
        )
        #expect(throws: expected) { try CatalogFolder(path: root).readFiles() }
        #expect(throws: expected) { try CatalogFolder(path: root).read() }
        #expect(CatalogFolder.contents(of: root + "/people.csv") == nil)
    }

    @Test("writes through a temporary file and leaves no trace of it")
    func atomicWrite() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cm-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try CatalogFolder.writeAtomically(Array("one\n".utf8), to: root + "/a.csv")
        try CatalogFolder.writeAtomically(Array("two\n".utf8), to: root + "/a.csv")
        #expect(FileManager.default.contents(atPath: root + "/a.csv") == Data("two\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["a.csv"])
    }
}
