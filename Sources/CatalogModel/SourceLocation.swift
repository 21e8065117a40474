/// A place in a table file: physical line (the header is line 1) and 1-based field position.
package struct SourceLocation: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    package var description: String { "\(file):\(line):\(column)" }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// The header of one table as read: its file and which column holds which field.
///
/// Shared by every row of the table, so a row carries only its line numbers.
package final class TableLayout: Sendable {
    /// The file as it should be named in messages, e.g. `catalog/lessons.csv`.
    package let file: String
    package let table: TableKind
    /// Header names as written (trimmed), in file order.
    package let columns: [String]
    private let positions: [String: Int]

    package init(file: String, table: TableKind, columns: [String]) {
        self.file = file
        self.table = table
        self.columns = columns
        var positions: [String: Int] = [:]
        for (index, name) in columns.enumerated() where positions[name.lowercased()] == nil {
            positions[name.lowercased()] = index + 1
        }
        self.positions = positions
    }

    /// The 1-based field position of a column, if the header has it.
    package func column(of field: String) -> Int? { positions[field] }

    /// Whether the header has the column.
    package func has(_ field: String) -> Bool { positions[field] != nil }
}

/// Where one record was read: its table and the physical line of each of its cells.
///
/// Positions do not take part in equality: two rows with the same values are equal
/// wherever they stand.
package struct RecordSource: Hashable, Sendable {
    package let layout: TableLayout
    /// The physical line where the row starts.
    package let line: Int
    /// The line of each cell, only when the row spans several lines (a quoted cell with a newline).
    package let cellLines: [Int32]?

    package init(layout: TableLayout, line: Int, cellLines: [Int32]? = nil) {
        self.layout = layout
        self.line = line
        self.cellLines = cellLines
    }

    /// Where a field of this row is: its own line and column, or the row's start when the
    /// header lacks the field.
    package func location(of field: String) -> SourceLocation {
        guard let column = layout.column(of: field) else {
            return SourceLocation(file: layout.file, line: line, column: 1)
        }
        var cellLine = line
        if let cellLines, column - 1 < cellLines.count { cellLine = Int(cellLines[column - 1]) }
        return SourceLocation(file: layout.file, line: cellLine, column: column)
    }

    /// Where the row starts.
    package var start: SourceLocation { SourceLocation(file: layout.file, line: line, column: 1) }

    package static func == (lhs: Self, rhs: Self) -> Bool { true }
    package func hash(into hasher: inout Hasher) {}
}
