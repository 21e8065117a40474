import CatalogModel
import Foundation
import GRDB

/// The search index of one catalog: SQLite with FTS5 for text, compact columns for facets.
///
/// Built once from a Catalog and never changed (a reload builds a new index and swaps it), so
/// facet values are also kept in memory, interned as small integers: text matching runs in
/// SQLite, filtering, facet counts and the blend with the quality score run over those arrays.
package struct SearchIndex: Sendable {
    /// How much the text rank weighs against the quality score when the query has text.
    package static let textWeight = 0.75

    /// The most word matches kept in memory across words (about 12 bytes each).
    static let matchBudget = 6_000_000
    /// The most ranked results kept in memory across (text, filters) pairs (about 12 bytes each).
    static let rankingBudget = 3_000_000

    private let reader: any DatabaseReader
    private let columns: IndexColumns
    /// Matches per word and rankings per (words, filters), for this index only.
    private let matchMemo = SearchMemo<String, SearchMatches>(budget: matchBudget) { $0.rows.count }
    private let rankingMemo = SearchMemo<SearchRanking.Key, SearchRanking>(budget: rankingBudget) { $0.order.count }

    /// Builds the index of a catalog in the given database (which must be empty).
    ///
    /// - Parameters:
    ///   - catalog: the catalog; lessons whose course is unknown and repeated ids are left out.
    ///   - quality: each lesson's quality score in 0...1 (missing scores count as 0).
    ///   - writer: an in-memory `DatabaseQueue` or a `DatabasePool` in a dedicated directory.
    /// - Throws: a GRDB `DatabaseError` when SQLite fails.
    package init(
        catalog: Catalog,
        quality: [LessonID: Double] = [:],
        writer: any DatabaseWriter
    ) throws {
        let content = try Self.fill(writer, catalog: catalog, quality: quality)
        self.init(reader: writer, columns: content.columns)
    }

    private init(reader: any DatabaseReader, columns: IndexColumns) {
        self.reader = reader
        self.columns = columns
    }

    /// Builds the index in a fresh in-memory database.
    package static func inMemory(catalog: Catalog, quality: [LessonID: Double] = [:]) throws -> SearchIndex {
        try SearchIndex(catalog: catalog, quality: quality, writer: DatabaseQueue())
    }

    /// Builds the index in `directory/search.sqlite`, then reads it through a pool of read-only
    /// connections (one per core), so searches run in parallel.
    ///
    /// The file is written once by one connection without journal or syncs (a crash mid-build
    /// leaves a file nobody reads: the next start builds a new one), which keeps start-up short.
    ///
    /// - Throws: when the directory cannot be created or SQLite fails.
    package static func onDisk(
        catalog: Catalog,
        quality: [LessonID: Double] = [:],
        directory: String
    ) throws -> SearchIndex {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = directory + "/search.sqlite"
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        var building = Configuration()
        building.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
        }
        let content = try fill(DatabaseQueue(path: file, configuration: building), catalog: catalog, quality: quality)
        var reading = Configuration()
        reading.readonly = true
        reading.maximumReaderCount = max(2, ProcessInfo.processInfo.activeProcessorCount)
        reading.prepareDatabase { db in
            // Map the file instead of copying pages into each connection's cache.
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
        }
        return SearchIndex(reader: try DatabasePool(path: file, configuration: reading), columns: content.columns)
    }

    /// Creates the schema and writes the catalog's rows in one transaction.
    private static func fill(
        _ writer: some DatabaseWriter,
        catalog: Catalog,
        quality: [LessonID: Double]
    ) throws -> IndexContent {
        try migrator.migrate(writer)
        let content = IndexContent(catalog: catalog, quality: quality)
        try writer.write { db in
            try content.insert(into: db)
            try db.execute(sql: "INSERT INTO lesson_ft(lesson_ft) VALUES('rebuild')")
        }
        return content
    }

    /// The number of lessons in the index.
    package var lessonCount: Int { columns.count }

    /// Searches on the server path, off the caller's thread.
    ///
    /// Concurrent identical searches (the same words and filters, any page) share one computation,
    /// and its result is kept for the life of this index; so are the matches of each word, which
    /// later searches combine without asking SQLite again.
    package func search(_ query: SearchQuery) async throws -> SearchResults {
        let key = SearchRanking.Key(pattern: SearchPattern(query.text), filters: query.filters)
        let ranking = try await rankingMemo.value(for: key) { [self] in
            if let pattern = key.pattern {
                var words: [SearchMatches] = []
                for token in pattern.tokens {
                    words.append(
                        try await matchMemo.value(for: token) { [reader] in
                            try await reader.read { db in try Self.matches(SearchPattern.phrase(token), in: db) }
                        }
                    )
                }
                return Self.ranking(columns, words: words, filters: key.filters)
            }
            return SearchRanking(columns, matches: nil, filters: key.filters, textWeight: Self.textWeight)
        }
        return ranking.results(query, columns: columns)
    }

    /// Ranks the lessons matching every word; when none does, those matching the most words.
    private static func ranking(
        _ columns: IndexColumns,
        words: [SearchMatches],
        filters: [SearchFacet: String]
    ) -> SearchRanking {
        let all = SearchMatches(allOf: words)
        guard all.rows.isEmpty, words.count > 1 else {
            return SearchRanking(columns, matches: all, filters: filters, textWeight: textWeight)
        }
        let most = SearchMatches.mostOf(words)
        guard most.words > 0 else {
            return SearchRanking(columns, matches: all, filters: filters, textWeight: textWeight)
        }
        return SearchRanking(
            columns,
            matches: most.matches,
            filters: filters,
            textWeight: textWeight,
            partial: SearchResults.PartialMatch(matched: most.words, words: words.count)
        )
    }

    /// The results of a search whose ranking is already kept (another page of the same words and
    /// filters, or the same search again), without waiting; `nil` when it has to be computed.
    ///
    /// The server asks this first, so a kept ranking is answered on the request's own thread.
    package func keptResults(_ query: SearchQuery) -> SearchResults? {
        let key = SearchRanking.Key(pattern: SearchPattern(query.text), filters: query.filters)
        return rankingMemo.readyValue(for: key)?.results(query, columns: columns)
    }

    /// Searches synchronously (tests and tools), sharing the kept results of `search`.
    package func searchNow(_ query: SearchQuery) throws -> SearchResults {
        let key = SearchRanking.Key(pattern: SearchPattern(query.text), filters: query.filters)
        let ranking = try rankingMemo.valueNow(for: key) {
            guard let pattern = key.pattern else {
                return SearchRanking(columns, matches: nil, filters: key.filters, textWeight: Self.textWeight)
            }
            let words = try pattern.tokens.map { token in
                try matchMemo.valueNow(for: token) {
                    try reader.read { db in try Self.matches(SearchPattern.phrase(token), in: db) }
                }
            }
            return Self.ranking(columns, words: words, filters: key.filters)
        }
        return ranking.results(query, columns: columns)
    }

    /// The matches of a whole pattern as SQLite computes them in one query (tests compare the
    /// combination of single words against it).
    func matchesInOneQuery(_ pattern: SearchPattern) throws -> SearchMatches {
        try reader.read { db in try Self.matches(pattern.matchExpression, in: db) }
    }

    /// How many text queries ran against SQLite and how many rankings were computed (for tests).
    var computations: (matches: Int, rankings: Int) { (matchMemo.computations, rankingMemo.computations) }

    /// Whether the SQLite library has FTS5 (the index cannot work without it).
    package static func sqliteHasFTS5() throws -> Bool {
        try DatabaseQueue().read { db in
            try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") ?? false
        }
    }

    /// The names of the index's tables, sorted (for tests of the schema).
    func tableNames() throws -> [String] {
        try reader.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
    }

    /// The number of rows of the `lesson` table.
    func storedLessonCount() throws -> Int {
        try reader.read { db in try LessonRecord.fetchCount(db) }
    }

    // MARK: - Matching and ranking

    /// Lessons matching an FTS5 expression and their text scores (negated bm25, higher is better), by rowid.
    private static func matches(_ expression: String, in db: Database) throws -> SearchMatches {
        // Column weights: title, description, objectives, terms, topic names, provider.
        let sql = """
            SELECT rowid, -bm25(lesson_ft, 10.0, 3.0, 2.0, 4.0, 2.0, 1.0) FROM lesson_ft WHERE lesson_ft MATCH ?
            """
        var rows: [Int32] = []
        var text: [Double] = []
        let statement = try db.cachedStatement(sql: sql)
        let cursor = try Row.fetchCursor(statement, arguments: [expression])
        while let row = try cursor.next() {
            let rowid: Int64 = row[0]
            guard rowid >= 1, rowid <= Int64(Int32.max) else { continue }
            rows.append(Int32(rowid - 1))
            text.append(row[1])
        }
        return SearchMatches(rows: rows, text: text)
    }
}
