import CatalogCheck
/// A table of counts with labelled rows and columns, e.g. lessons per topic and ecosystem.
package struct CoverageMatrix: Hashable, Sendable, Codable {
    /// Row ids, e.g. topic ids, in display order.
    package var rows: [String]
    /// Row labels for people, e.g. topic names.
    package var rowLabels: [String]
    /// Indentation level of each row (a finer topic is one deeper than its parent).
    package var rowDepths: [Int]
    /// Column ids, e.g. `cloud`, `oss`, `independent` or course ids.
    package var columns: [String]
    /// Column labels for people.
    package var columnLabels: [String]
    /// `counts[row][column]`.
    package var counts: [[Int]]

    package init(
        rows: [String], rowLabels: [String], rowDepths: [Int], columns: [String], columnLabels: [String],
        counts: [[Int]]
    ) {
        self.rows = rows
        self.rowLabels = rowLabels
        self.rowDepths = rowDepths
        self.columns = columns
        self.columnLabels = columnLabels
        self.counts = counts
    }

    /// The count at a row and column id (0 when either is absent).
    package func count(row: String, column: String) -> Int {
        guard let r = rows.firstIndex(of: row), let c = columns.firstIndex(of: column), r < counts.count,
            c < counts[r].count
        else { return 0 }
        return counts[r][c]
    }

    /// The largest count, 0 for an empty matrix.
    package var maximum: Int { counts.joined().max() ?? 0 }
}
