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
    @Test("identical concurrent searches give identical results and run the query once")
    func concurrentIdentical() async throws {
        let index = try SearchIndex.inMemory(catalog: WebSample.catalog)
        let query = SearchQuery(text: "evaluation judge", filters: [.kind: "oss"])
        let results = try await withThrowingTaskGroup(of: SearchResults.self) { group in
            for _ in 0..<32 { group.addTask { try await index.search(query) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let fresh = try SearchIndex.inMemory(catalog: WebSample.catalog).searchNow(query)
        #expect(results.allSatisfy { $0 == fresh })
        #expect(index.computations.matches == 1)
        #expect(index.computations.rankings == 1)
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
