import CatalogModel

/// One CSV file as read: every row with the physical line of each cell, and what went wrong.
package struct CSVDocument: Sendable {
    /// All rows, the header first.
    package var rows: [CSVRow]
    /// `malformed-csv` findings: unterminated or stray quotes, invalid UTF-8.
    package var diagnostics: [Diagnostic]
    /// Whether the file started with a UTF-8 byte-order mark (accepted, never written).
    package var hadByteOrderMark: Bool
    /// Whether any line ended with CRLF (read fine; `fmt` writes LF).
    package var hadCarriageReturns: Bool

    package init(
        rows: [CSVRow],
        diagnostics: [Diagnostic] = [],
        hadByteOrderMark: Bool = false,
        hadCarriageReturns: Bool = false
    ) {
        self.rows = rows
        self.diagnostics = diagnostics
        self.hadByteOrderMark = hadByteOrderMark
        self.hadCarriageReturns = hadCarriageReturns
    }

    /// The header row, if the file has any row.
    package var header: CSVRow? { rows.first }

    /// The rows after the header.
    package var records: ArraySlice<CSVRow> { rows.dropFirst() }
}

/// One row of a CSV file.
package struct CSVRow: Hashable, Sendable {
    /// The physical line the row starts on (the header is line 1).
    package var line: Int
    /// The cells as written, unquoted, not trimmed.
    package var cells: [String]
    /// The line of each cell, only when the row spans several lines.
    package var cellLines: [Int32]?

    package init(line: Int, cells: [String], cellLines: [Int32]? = nil) {
        self.line = line
        self.cells = cells
        self.cellLines = cellLines
    }

    /// The physical line of a cell (0-based index).
    package func line(ofCell index: Int) -> Int {
        if let cellLines, index < cellLines.count { return Int(cellLines[index]) }
        return line
    }
}
