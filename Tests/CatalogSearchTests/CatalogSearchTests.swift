import CatalogModel
import CatalogTestSupport
import Foundation
import Testing

@testable import CatalogSearch

@Suite("Search index")
struct SearchIndexTests {
    let index: SearchIndex

    init() throws {
        index = try SearchIndex.inMemory(
            catalog: WebSample.catalog,
            quality: ["hf-eval": 0.9, "azure-eval-intro": 0.2, "azure-judge-lab": 0.5]
        )
    }

    @Test("the SQLite library in this image has FTS5")
    func fts5Exists() throws {
        #expect(try SearchIndex.sqliteHasFTS5())
    }

    @Test("migrating an empty database creates the tables and the FTS5 table")
    func schema() throws {
        let names = try index.tableNames()
        for table in ["course", "lesson", "lesson_topic", "lesson_ft"] { #expect(names.contains(table)) }
        let lessons = try index.storedLessonCount()
        #expect(lessons == WebSample.catalog.lessons.count)
    }

    @Test("a word finds lessons by title, description, terms and topic aliases")
    func findsText() throws {
        let byTerm = try index.searchNow(SearchQuery(text: "groundedness"))
        #expect(byTerm.hits.map(\.lesson) == ["azure-eval-intro"])
        let byAlias = try index.searchNow(SearchQuery(text: "evals"))
        #expect(Set(byAlias.hits.map(\.lesson)).isSuperset(of: ["azure-eval-intro", "hf-eval", "hf-judge"]))
    }

    @Test("when no lesson has every word, the lessons with the most of them are listed and marked partial")
    func partialMatch() async throws {
        let full = try index.searchNow(SearchQuery(text: "groundedness"))
        #expect(full.partial == nil)
        let partial = try index.searchNow(SearchQuery(text: "groundedness zqxjunknown"))
        #expect(partial.hits.map(\.lesson) == full.hits.map(\.lesson))
        #expect(partial.partial == SearchResults.PartialMatch(matched: 1, words: 2))
        // Two of three words beat one of three: only lessons with both known words are kept.
        let both = try index.searchNow(SearchQuery(text: "evaluation groundedness"))
        let twoOfThree = try index.searchNow(SearchQuery(text: "evaluation groundedness zqxjunknown"))
        #expect(!both.hits.isEmpty && twoOfThree.hits.map(\.lesson) == both.hits.map(\.lesson))
        #expect(twoOfThree.partial == SearchResults.PartialMatch(matched: 2, words: 3))
        let nothing = try index.searchNow(SearchQuery(text: "zqxjunknown qqqwwwnone"))
        #expect(nothing.total == 0 && nothing.partial == nil)
        // Filters apply to the partial matches as to full ones.
        let filtered = try index.searchNow(SearchQuery(text: "groundedness zqxjunknown", filters: [.kind: "oss"]))
        #expect(filtered.total == 0 && filtered.partial?.matched == 1)
        #expect(try await index.search(SearchQuery(text: "groundedness zqxjunknown")) == partial)
    }

    @Test("prefixes and stemming match: 'eval' finds 'evaluation' and 'evaluate'")
    func prefixes() throws {
        let results = try index.searchNow(SearchQuery(text: "eval"))
        #expect(results.hits.map(\.lesson).contains("hf-eval"))
        #expect(results.hits.map(\.lesson).contains("azure-eval-intro"))
    }

    @Test("quality breaks near ties: the better-scored lesson comes first")
    func blendsQuality() throws {
        let results = try index.searchNow(SearchQuery(text: "evaluation"))
        let order = results.hits.map(\.lesson)
        let open = try #require(order.firstIndex(of: "hf-eval"))
        let cloud = try #require(order.firstIndex(of: "azure-eval-intro"))
        #expect(open < cloud)
        #expect(results.hits.map(\.score) == results.hits.map(\.score).sorted(by: >))
    }

    @Test("a topic facet includes lessons of finer topics")
    func topicFacetIncludesDescendants() throws {
        let results = try index.searchNow(SearchQuery(filters: [.topic: "evaluation"]))
        #expect(Set(results.hits.map(\.lesson)) == ["azure-eval-intro", "azure-judge-lab", "hf-eval", "hf-judge"])
    }

    @Test("facet counts ignore their own filter and respect the others")
    func facetCounts() throws {
        let results = try index.searchNow(SearchQuery(filters: [.kind: "oss", .topic: "evaluation"]))
        #expect(results.total == 2)
        let kinds = Dictionary(uniqueKeysWithValues: (results.facets[.kind] ?? []).map { ($0.value, $0.count) })
        #expect(kinds == ["cloud": 2, "oss": 2])
        let formats = Dictionary(uniqueKeysWithValues: (results.facets[.format] ?? []).map { ($0.value, $0.count) })
        #expect(formats == ["notebook": 2])
    }

    @Test("an unknown facet value matches nothing but still shows the alternatives")
    func unknownFacetValue() throws {
        let results = try index.searchNow(SearchQuery(filters: [.format: "hologram"]))
        #expect(results.total == 0)
        #expect((results.facets[.format] ?? []).count == 6)
    }

    @Test(
        "FTS5 syntax and junk are text, never an SQL error",
        arguments: [
            "\"", "*", "NEAR(", "NEAR(a b", "-", "a - b", "title:eval", "AND", "OR NOT", "^x", "(((", "\"NEAR\"",
            "'; DROP TABLE lesson; --", "\u{0}", String(repeating: "x ", count: 5_000), "évaluation", "🙂",
        ]
    )
    func hostileText(_ text: String) throws {
        let results = try index.searchNow(SearchQuery(text: text))
        #expect(results.total >= 0)
        #expect(results.hits.count <= results.query.pageSize)
    }

    @Test("quoted words of a title are found as words")
    func quotedTitle() throws {
        let results = try index.searchNow(SearchQuery(text: "\"NEAR\" stars*"))
        #expect(results.hits.map(\.lesson) == ["hf-judge"])
    }

    @Test("an empty query lists every lesson, best quality first")
    func emptyQuery() throws {
        let results = try index.searchNow(SearchQuery())
        #expect(results.total == WebSample.catalog.lessons.count)
        #expect(results.hits.first?.lesson == "hf-eval")
    }

    @Test("pages split the results without overlap")
    func paging() throws {
        let first = try index.searchNow(SearchQuery(page: 1, pageSize: 3))
        let second = try index.searchNow(SearchQuery(page: 2, pageSize: 3))
        #expect(first.hits.count == 3)
        #expect(Set(first.hits.map(\.lesson)).isDisjoint(with: second.hits.map(\.lesson)))
        #expect(first.pageCount == 3)
    }

    @Test("an index on disk answers as one in memory, and a second build replaces the file")
    func onDisk() async throws {
        let directory = NSTemporaryDirectory() + "coursemap-search-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let quality: [LessonID: Double] = ["hf-eval": 0.9, "azure-eval-intro": 0.2]
        for _ in 0..<2 {
            let disk = try SearchIndex.onDisk(catalog: WebSample.catalog, quality: quality, directory: directory)
            let memory = try SearchIndex.inMemory(catalog: WebSample.catalog, quality: quality)
            #expect(try disk.storedLessonCount() == WebSample.catalog.lessons.count)
            for query in [
                SearchQuery(text: "eval"), SearchQuery(text: "judge", filters: [.kind: "oss"]), SearchQuery(),
            ] {
                #expect(try await disk.search(query) == (try memory.searchNow(query)))
            }
        }
    }

    @Test("the async search answers as the synchronous one")
    func asyncSearch() async throws {
        let query = SearchQuery(text: "judge", filters: [.kind: "cloud"])
        #expect(try await index.search(query) == (try index.searchNow(query)))
    }
}

@Suite("Search pattern")
struct SearchPatternTests {
    @Test(
        "words become quoted prefix tokens",
        arguments: [
            ("LLM eval", "\"llm\"* \"eval\"*"), ("NEAR(a, b)", "\"near\"* \"a\"* \"b\"*"),
            ("\"x\" -y *", "\"x\"* \"y\"*"),
        ]
    )
    func tokens(_ text: String, _ expected: String) throws {
        #expect(try #require(SearchPattern(text)).matchExpression == expected)
    }

    @Test("text without words gives no pattern", arguments: ["", "   ", "\"*-()", "\u{0}"])
    func empty(_ text: String) {
        #expect(SearchPattern(text) == nil)
    }

    @Test("composed and decomposed accents give the same token")
    func normalises() {
        #expect(SearchPattern("e\u{301}val")?.tokens == SearchPattern("\u{e9}val")?.tokens)
    }
}
