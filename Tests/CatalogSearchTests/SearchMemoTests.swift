import CatalogModel
import CatalogTestSupport
import Testing

@testable import CatalogSearch

@Suite("Search memo")
struct SearchMemoTests {
    /// Why a computation failed in a test.
    struct Failure: Error {}

    @Test("concurrent misses of one key run one computation and all get its value")
    func singleFlight() async throws {
        let memo = SearchMemo<String, Int>(budget: 100) { _ in 1 }
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    try await memo.value(for: "k") {
                        try await Task.sleep(for: .milliseconds(50))
                        return 42
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(values == Array(repeating: 42, count: 32))
        #expect(memo.computations == 1)
    }

    @Test("a failed computation reaches its callers and is not kept")
    func failureNotKept() async throws {
        let memo = SearchMemo<String, Int>(budget: 100) { _ in 1 }
        await #expect(throws: Failure.self) { try await memo.value(for: "k") { throw Failure() } }
        #expect(memo.count == 0)
        #expect(try await memo.value(for: "k") { 7 } == 7)
        #expect(memo.valueNow(for: "k") { 8 } == 7)
    }

    @Test("past the budget the oldest values are dropped first; an oversized value is not kept")
    func budget() {
        let memo = SearchMemo<String, Int>(budget: 10) { $0 }
        for (key, weight) in [("a", 4), ("b", 4), ("c", 4)] { _ = memo.valueNow(for: key) { weight } }
        #expect(memo.count == 2)
        #expect(memo.valueNow(for: "b") { 0 } == 4)
        #expect(memo.valueNow(for: "c") { 0 } == 4)
        #expect(memo.valueNow(for: "a") { 5 } == 5)
        _ = memo.valueNow(for: "huge") { 11 }
        #expect(memo.valueNow(for: "huge") { 3 } == 3)
    }
}

@Suite("Search caching")
struct SearchCachingTests {
    @Test("identical concurrent searches give identical results and ask SQLite once per word")
    func concurrentIdentical() async throws {
        let index = try SearchIndex.inMemory(catalog: WebSample.catalog)
        let query = SearchQuery(text: "evaluation judge", filters: [.kind: "oss"])
        let results = try await withThrowingTaskGroup(of: SearchResults.self) { group in
            for _ in 0..<32 { group.addTask { try await index.search(query) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let fresh = try SearchIndex.inMemory(catalog: WebSample.catalog).searchNow(query)
        #expect(results.allSatisfy { $0 == fresh })
        #expect(index.computations.matches == 2)
        #expect(index.computations.rankings == 1)
        _ = try await index.search(SearchQuery(text: "judge"))
        #expect(index.computations.matches == 2)
    }

    @Test("pages are slices of one ranking; other filters reuse the text matches")
    func pagingAndFacetsShareWork() async throws {
        let index = try SearchIndex.inMemory(catalog: WebSample.catalog)
        let uncachedIndex = { try SearchIndex.inMemory(catalog: WebSample.catalog) }
        for page in 1...4 {
            let query = SearchQuery(text: "eval", page: page, pageSize: 1)
            #expect(try await index.search(query) == (try uncachedIndex().searchNow(query)))
        }
        #expect(index.computations.rankings == 1)
        for kind in ["oss", "cloud"] {
            let query = SearchQuery(text: "eval", filters: [.kind: kind])
            #expect(try index.searchNow(query) == (try uncachedIndex().searchNow(query)))
        }
        #expect(index.computations.matches == 1)
        #expect(index.computations.rankings == 3)
    }

    @Test("a page past the end is empty but keeps the total and facet counts")
    func pagePastTheEnd() throws {
        let index = try SearchIndex.inMemory(catalog: WebSample.catalog)
        let first = try index.searchNow(SearchQuery(text: "eval"))
        let far = try index.searchNow(SearchQuery(text: "eval", page: 500))
        #expect(far.hits.isEmpty)
        #expect(far.total == first.total)
        #expect(far.facets == first.facets)
    }

    @Test("an index of a changed catalog does not answer from the old one's results")
    func newIndexNewResults() throws {
        let catalog = WebSample.catalog
        let query = SearchQuery(text: "lighteval")
        let before = try SearchIndex.inMemory(catalog: catalog)
        #expect(try before.searchNow(query).total == 1)
        let changed = Catalog(
            courses: catalog.courses,
            lessons: catalog.lessons.filter { $0.id != "hf-eval" },
            topics: catalog.topics,
            people: catalog.people,
            paths: catalog.paths,
            steps: catalog.steps
        )
        let after = try SearchIndex.inMemory(catalog: changed)
        #expect(try after.searchNow(query).total == 0)
        #expect(try before.searchNow(query).total == 1)
    }
}

@Suite("Word matches")
struct WordMatchesTests {
    /// 300 lessons of random words that share prefixes and stems, on the sample's courses and topics.
    static func catalog() -> Catalog {
        var random = SeededGenerator(seed: 11)
        let words = [
            "eval", "evaluation", "evaluate", "judge", "judges", "trace", "tracing", "model", "models", "serve",
            "cost", "latency", "prompt", "évaluer",
        ]
        func text(_ count: Int) -> String {
            (0..<count).map { _ in words.randomElement(using: &random) ?? "" }.joined(separator: " ")
        }
        let sample = WebSample.catalog
        let lessons = (0..<300).map { number in
            Lesson(
                id: LessonID(rawValue: "l\(number)"),
                course: sample.courses[number % sample.courses.count].id,
                order: .value(number + 1),
                title: text(4),
                url: "https://example.org/\(number)",
                description: text(12),
                topics: [sample.topics[number % sample.topics.count].id],
                terms: [text(2)]
            )
        }
        return Catalog(
            courses: sample.courses,
            lessons: lessons,
            topics: sample.topics,
            people: [],
            paths: [],
            steps: []
        )
    }

    @Test("the matches of several words, combined, equal one FTS5 query over all of them, scores exactly")
    func combinedEqualsOneQuery() throws {
        let index = try SearchIndex.inMemory(catalog: Self.catalog())
        for text in [
            "eval judge", "model trace serve", "evaluation eval", "cost latency prompt judge", "tracing tra",
            "judge evals", "évaluer model", "serve",
        ] {
            let pattern = try #require(SearchPattern(text))
            let combined = SearchMatches(
                allOf: try pattern.tokens.map { try index.matchesInOneQuery(try #require(SearchPattern($0))) }
            )
            let direct = try index.matchesInOneQuery(pattern)
            #expect(!direct.rows.isEmpty)
            #expect(combined.rows == direct.rows)
            #expect(combined.text == direct.text)
        }
    }

    @Test("unsorted matches are sorted by lesson, scores following")
    func sorts() {
        let matches = SearchMatches(rows: [5, 1, 3], text: [0.5, 0.1, 0.3])
        #expect(matches.rows == [1, 3, 5])
        #expect(matches.text == [0.1, 0.3, 0.5])
        #expect(SearchMatches(allOf: []).rows.isEmpty)
    }
}

@Suite("Kept results")
struct KeptResultsTests {
    @Test("kept results answer only once the ranking was computed, and equal a fresh search")
    func keptAfterSearch() async throws {
        let index = try SearchIndex.inMemory(catalog: WebSample.catalog)
        let query = SearchQuery(text: "judge", filters: [.kind: "oss"])
        #expect(index.keptResults(query) == nil)
        let searched = try await index.search(query)
        #expect(index.keptResults(query) == searched)
        let second = SearchQuery(text: "judge", filters: [.kind: "oss"], page: 2, pageSize: 1)
        #expect(index.keptResults(second) == (try SearchIndex.inMemory(catalog: WebSample.catalog).searchNow(second)))
        #expect(index.computations.rankings == 1)
    }
}
