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

    private let reader: any DatabaseReader
    private let documents: [Document]
    /// For each facet, its distinct values; documents hold indices into these.
    private let values: [SearchFacet: [String]]
    private let codes: [SearchFacet: [String: Int32]]

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
        try Self.migrator.migrate(writer)
        let content = IndexContent(catalog: catalog, quality: quality)
        try writer.write { db in
            for course in content.courses { try course.insert(db) }
            for lesson in content.lessons { try lesson.insert(db) }
            for link in content.links { try link.insert(db) }
        }
        reader = writer
        documents = content.documents
        values = content.values
        codes = content.codes
    }

    /// Builds the index in a fresh in-memory database.
    package static func inMemory(catalog: Catalog, quality: [LessonID: Double] = [:]) throws -> SearchIndex {
        try SearchIndex(catalog: catalog, quality: quality, writer: DatabaseQueue())
    }

    /// Builds the index in `directory/search.sqlite` (a `DatabasePool`, so reads run in parallel).
    ///
    /// - Throws: when the directory cannot be created or SQLite fails.
    package static func onDisk(
        catalog: Catalog,
        quality: [LessonID: Double] = [:],
        directory: String
    ) throws -> SearchIndex {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = directory + "/search.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        var configuration = Configuration()
        configuration.maximumReaderCount = 8
        return try SearchIndex(
            catalog: catalog,
            quality: quality,
            writer: DatabasePool(path: file, configuration: configuration)
        )
    }

    /// The number of lessons in the index.
    package var lessonCount: Int { documents.count }

    /// Searches on the server path, off the caller's thread.
    package func search(_ query: SearchQuery) async throws -> SearchResults {
        guard let pattern = SearchPattern(query.text) else { return rank(query, matches: nil) }
        let matches = try await reader.read { db in try Self.matches(pattern, in: db) }
        return rank(query, matches: matches)
    }

    /// Searches synchronously (tests and tools).
    package func searchNow(_ query: SearchQuery) throws -> SearchResults {
        guard let pattern = SearchPattern(query.text) else { return rank(query, matches: nil) }
        let matches = try reader.read { db in try Self.matches(pattern, in: db) }
        return rank(query, matches: matches)
    }

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

    /// Rowids and text scores (negated bm25, higher is better) of lessons matching the pattern.
    private static func matches(_ pattern: SearchPattern, in db: Database) throws -> [(Int, Double)] {
        // Column weights: title, description, objectives, terms, topic names, provider.
        let sql = """
            SELECT rowid, -bm25(lesson_ft, 10.0, 3.0, 2.0, 4.0, 2.0, 1.0) FROM lesson_ft WHERE lesson_ft MATCH ?
            """
        var result: [(Int, Double)] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: [pattern.matchExpression])
        while let row = try rows.next() {
            let rowid: Int = row[0]
            let score: Double = row[1]
            result.append((rowid, score))
        }
        return result
    }

    private func rank(_ query: SearchQuery, matches: [(Int, Double)]?) -> SearchResults {
        // Resolve filters to codes; a value nobody has gets a code nothing has, so it matches nothing.
        let wanted = SearchFacet.allCases.compactMap { facet -> (facet: SearchFacet, code: Int32)? in
            guard let value = query.filters[facet] else { return nil }
            return (facet, codes[facet]?[value] ?? -2)
        }

        var counts: [SearchFacet: [Int]] = [:]
        for facet in SearchFacet.allCases { counts[facet] = Array(repeating: 0, count: values[facet]?.count ?? 0) }
        var kept: [(index: Int, text: Double)] = []
        var bestText = 0.0

        func consider(_ index: Int, _ text: Double) {
            let document = documents[index]
            var failed: SearchFacet?
            var failures = 0
            for filter in wanted where !document.has(filter.code, in: filter.facet) {
                failures += 1
                failed = filter.facet
                if failures > 1 { return }
            }
            if let failed {
                // Counts of a facet ignore its own filter, so a learner sees the alternatives.
                document.count(failed, into: &counts)
            } else {
                kept.append((index, text))
                bestText = max(bestText, text)
                for facet in SearchFacet.allCases { document.count(facet, into: &counts) }
            }
        }

        if let matches {
            for (rowid, text) in matches where rowid >= 1 && rowid <= documents.count { consider(rowid - 1, text) }
        } else {
            for index in documents.indices { consider(index, 0) }
        }

        let hasText = matches != nil
        var scored = kept.map { item -> (index: Int, score: Double) in
            let quality = documents[item.index].quality
            guard hasText else { return (item.index, quality) }
            let text = bestText > 0 ? item.text / bestText : 0
            return (item.index, Self.textWeight * text + (1 - Self.textWeight) * quality)
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }

        let start = (query.page - 1) * query.pageSize
        let hits = scored.dropFirst(start).prefix(query.pageSize).map { item in
            SearchResults.Hit(
                lesson: documents[item.index].lesson,
                course: documents[item.index].course,
                score: (item.score * 10_000).rounded() / 10_000
            )
        }
        var facets: [SearchFacet: [SearchResults.FacetCount]] = [:]
        for facet in SearchFacet.allCases {
            let names = values[facet] ?? []
            let list = (counts[facet] ?? []).enumerated().compactMap { code, count in
                count > 0 ? SearchResults.FacetCount(value: names[code], count: count) : nil
            }
            facets[facet] = list.sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
        }
        return SearchResults(query: query, total: scored.count, hits: Array(hits), facets: facets)
    }
}

// MARK: - In-memory columns

extension SearchIndex {
    /// The facet values and quality of one indexed lesson.
    struct Document: Sendable {
        var lesson: LessonID
        var course: CourseID
        var quality: Double
        /// One code per single-valued facet, -1 when absent, in `SearchFacet.allCases` order (topic unused).
        var single: [Int32]
        /// The topic codes of the lesson, its topics' broader topics included.
        var topics: [Int32]

        func has(_ code: Int32, in facet: SearchFacet) -> Bool {
            facet == .topic ? topics.contains(code) : single[Self.slot(facet)] == code
        }

        func count(_ facet: SearchFacet, into counts: inout [SearchFacet: [Int]]) {
            if facet == .topic {
                for code in topics { counts[.topic]?[Int(code)] += 1 }
            } else {
                let code = single[Self.slot(facet)]
                if code >= 0 { counts[facet]?[Int(code)] += 1 }
            }
        }

        static func slot(_ facet: SearchFacet) -> Int { SearchFacet.allCases.firstIndex(of: facet) ?? 0 }
    }
}
