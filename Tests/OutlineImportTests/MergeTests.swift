import CatalogModel
import CatalogTables
import Testing

@testable import OutlineImport

@Suite("Merging imported rows into a catalog")
struct MergeTests {
    @Test("importing the same outline twice adds nothing and reports every duplicate")
    func importTwice() throws {
        let imported = try Fixtures.importing("llmops-101-outline.md")
        let first = Fixtures.mergeAndCheck(imported, into: try Fixtures.emptyCatalog())
        #expect(first.plan.added[.paths] == 1)
        #expect(first.plan.added[.steps] == 15)
        #expect(first.plan.duplicates == 0)

        let second = Fixtures.mergeAndCheck(imported, into: first.files)
        #expect(second.plan.files.isEmpty)
        #expect(second.plan.added.isEmpty)
        #expect(second.plan.duplicates == 16)
        #expect(second.plan.conflicts == 0)
        let lines = second.plan.diagnostics.filter { $0.code == .alreadyImported }.map(\.location.line)
        #expect(lines.contains(32))
        #expect(second.plan.diagnostics.allSatisfy { $0.location.file == "llmops-101-outline.md" })
    }

    @Test("a path id taken by another path is a conflict and nothing of it is added")
    func conflict() throws {
        var files = try Fixtures.emptyCatalog()
        files[.paths] = Array("id,title,description,source,people\nllmops-101,Something else,,,\n".utf8)
        let imported = try Fixtures.importing("llmops-101-outline.md")
        let result = Fixtures.mergeAndCheck(imported, into: files)
        #expect(result.plan.conflicts == 1)
        #expect(result.plan.files.isEmpty)
        let conflict = try #require(result.plan.diagnostics.first { $0.code == .importConflict })
        #expect(conflict.severity == .error)
        #expect(conflict.location.line == 1)
        #expect(conflict.message.contains("catalog/paths.csv:2"))
    }

    @Test("existing rows keep their bytes and unknown columns; new rows are appended")
    func keepsExistingBytes() throws {
        var files = try Fixtures.emptyCatalog()
        let existing =
            "id,title,description,source,people,curator notes\r\nother,\"Other path\",,,,\"keep me, please\"\r\n"
        files[.paths] = Array(existing.utf8)
        let imported = try Fixtures.importing("llmops-workshop-outline.md")
        let result = Fixtures.mergeAndCheck(imported, into: files)
        let written = String(decoding: try #require(result.plan.files[.paths]), as: UTF8.self)
        #expect(written.hasPrefix(existing))
        #expect(written.hasSuffix(",\n"))
        #expect(result.plan.addedLines[.paths] == [3])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
    }

    @Test("a table without a column the new rows fill gets the column; old cells stay")
    func addsMissingColumn() throws {
        var files = try Fixtures.emptyCatalog()
        files[.steps] = Array("path,order,title,topics\nother,1,Old step,lifecycle\n".utf8)
        files[.paths] = Array("id,title\nother,Other\n".utf8)
        let imported = try Fixtures.importing("llmops-concepts-outline.md")
        let result = Fixtures.mergeAndCheck(imported, into: files)
        let steps = String(decoding: try #require(result.plan.files[.steps]), as: UTF8.self)
        let lines = steps.split(separator: "\n")
        #expect(lines.first == "path,order,title,topics,module,objectives")
        #expect(lines.dropFirst().first == "other,1,Old step,lifecycle,,")
        #expect(result.plan.addedLines[.steps]?.first == 3)
        let catalog = Fixtures.catalog(result.files)
        #expect(catalog.steps(of: "llm-ops-concepts").count == 14)
        #expect(catalog.steps(of: "other").first?.title == "Old step")
    }

    @Test("added line numbers point at the added rows")
    func addedLinesAreRows() throws {
        let imported = try Fixtures.importing("llmops-101-outline.md")
        let result = Fixtures.mergeAndCheck(imported, into: try Fixtures.emptyCatalog())
        let catalog = Fixtures.catalog(result.files)
        let lines = try #require(result.plan.addedLines[.steps])
        #expect(lines == catalog.steps.compactMap { $0.source?.line })
    }
}
