import CatalogModel
import CatalogTables
import CatalogTestSupport
import Testing

@testable import CatalogCheck

/// Large catalogs are checked in one pass over the lessons, in parts on several cores: the
/// findings must be those of each rule run alone.
@Suite struct CatalogCheckerTests {
    /// The tiny catalog with 12,000 more lessons, some of them faulty in every way a lesson can be.
    private static func largeCatalog() throws -> CatalogReader.Result {
        var tables = try TestCatalog.tinyTables()
        var lessons = tables[.lessons] ?? ""
        var random = SeededGenerator(seed: 42)
        for index in 1...12_000 {
            var id = "bulk-\(index)"
            var order = "\(index)"
            var title = "Lesson \(index)"
            var url = "https://oss.example.org/bulk/\(index)"
            var description = "Generated lesson \(index)."
            var topics = "tracing"
            var format = "docs"
            var people = ""
            var minutes = ""
            var course = "oss-course"
            switch random.next() % 40 {
            case 0: id = "Bulk_\(index)"
            case 1: id = "bulk-\(index - 1)"
            case 2: title = ""
            case 3: url = "ftp://example.org/\(index)"
            case 4: url = "http://oss.example.org/bulk/\(index)"
            case 5: url = "https://oss.example.org/bulk/\(index - 1)"
            case 6: topics = "no-such-topic"
            case 7: format = "podcast"
            case 8: description = String(repeating: "long ", count: 70)
            case 9: title = "Two  spaces"
            case 10: minutes = "-5"
            case 11: course = "no-such-course"
            case 12: people = "nobody:instructor"
            case 13: order = "1"
            case 14: description = ""
            case 15: url = "https://oss.example.org/bulk/\(index)?utm_source=x"
            default: break
            }
            lessons +=
                "\(id),\(course),\(order),\(title),\(url),\(description),\(topics),\(format),\(people),,,,\(minutes),,\n"
        }
        tables[.lessons] = lessons
        return TestCatalog.read(tables)
    }

    @Test("a large catalog gets the same findings side by side as from each rule alone")
    func sameAsRuleByRule() throws {
        let read = try Self.largeCatalog()
        #expect(read.catalog.lessons.count > 10_000)
        let checked = CatalogChecker().check(read.catalog, missingColumns: read.missingColumns)
        let context = CheckContext(catalog: read.catalog, missingColumns: read.missingColumns)
        let ruleByRule = CatalogChecker.standardRules.flatMap { $0.diagnostics(for: context) }
        #expect(checked.sorted() == ruleByRule.sorted())
        // Every planted kind of fault was found.
        let codes = Set(checked.map(\.code))
        let planted: [Diagnostic.Code] = [
            .badID, .duplicateID, .required, .badURL, .insecureURL, .duplicateURL, .unknownReference, .badValue,
            .longDescription, .whitespace, .duplicateOrder, .missingDescription, .trackingParameter,
        ]
        #expect(planted.allSatisfy(codes.contains))
    }
}
