import CatalogModel

/// The data rows of one table with their layout, ready to be mapped to the model.
///
/// Reports what concerns the table's shape: `missing-column` (line 1, column 1, once per
/// column) and `ragged-row` (the first extra or first missing cell).
package struct TableRows: Sendable {
    package let layout: TableLayout
    /// The rows, when the table was read whole; empty when it was read row by row.
    package let document: CSVDocument
    package private(set) var diagnostics: [Diagnostic] = []
    /// Required columns the header lacks; no per-row `required` errors follow for them.
    package private(set) var missingColumns: Set<String> = []

    package init(document: CSVDocument, table: TableKind, file: String) {
        self.init(header: document.header, table: table, file: file, document: document)
        for row in document.records { checkShape(of: row) }
    }

    /// Starts a table from its header row alone, for reading rows one by one with ``checkShape(of:)``.
    package init(header: CSVRow?, table: TableKind, file: String, document: CSVDocument = CSVDocument(rows: [])) {
        let names = (header?.cells ?? []).map { $0.trimmingSpaces().lowercased() }
        let first = names.first.map { $0.hasPrefix("\u{FEFF}") ? String($0.dropFirst()) : $0 }
        let columns = first.map { [$0] + names.dropFirst() } ?? names
        self.layout = TableLayout(file: file, table: table, columns: columns)
        self.document = document
        let origin = SourceLocation(file: file, line: 1, column: 1)
        guard header != nil else {
            let names = table.columns.filter(\.isRequired).map(\.name)
            diagnostics.append(
                Diagnostic(
                    .error,
                    .missingColumn,
                    at: origin,
                    "the file is empty: a header row is expected (\(names.joined(separator: ",")))",
                    hint: "start the file with the header line: \(table.columnNames.joined(separator: ","))"
                )
            )
            missingColumns = Set(names)
            return
        }
        for column in table.columns where column.isRequired && !layout.has(column.name) {
            missingColumns.insert(column.name)
            diagnostics.append(
                Diagnostic(
                    .error,
                    .missingColumn,
                    at: origin,
                    field: column.name,
                    "required column \"\(column.name)\" is missing from the header",
                    hint: "add a \"\(column.name)\" column to line 1"
                )
            )
        }
    }

    /// Reports a row with more or fewer cells than the header (`ragged-row`).
    package mutating func checkShape(of row: CSVRow) {
        let width = layout.columns.count
        guard row.cells.count != width else { return }
        let isLong = row.cells.count > width
        let column = isLong ? width + 1 : row.cells.count + 1
        let lineOfCell = isLong ? row.line(ofCell: width) : row.line(ofCell: row.cells.count - 1)
        diagnostics.append(
            Diagnostic(
                .error,
                .raggedRow,
                at: SourceLocation(file: layout.file, line: lineOfCell, column: column),
                "the row has \(row.cells.count) cells but the header has \(width)",
                hint: isLong
                    ? "quote cells that contain commas, or remove the extra cells"
                    : "add the missing cells (an empty cell still needs its comma)"
            )
        )
    }

    /// A reader of one row's cells by column name, trimmed.
    package func cells(of row: CSVRow) -> Cells {
        Cells(row: row, layout: layout)
    }

    /// Where the row was read.
    package func source(of row: CSVRow) -> RecordSource {
        RecordSource(layout: layout, line: row.line, cellLines: row.cellLines)
    }

    /// The trimmed cells of one row, looked up by column name.
    package struct Cells {
        let row: CSVRow
        let layout: TableLayout

        package subscript(_ field: String) -> String {
            self[column: layout.column(of: field)]
        }

        /// The trimmed cell at a 1-based column found once per table with `TableLayout.column(of:)`.
        package subscript(column column: Int?) -> String {
            guard let column, column - 1 < row.cells.count else { return "" }
            let cell = row.cells[column - 1]
            guard let first = cell.utf8.first, let last = cell.utf8.last else { return cell }
            // Fast path: most cells have no edge spaces.
            if first > 32 && last > 32 { return cell }
            return cell.trimmingSpaces()
        }

        package func list(_ field: String) -> [String] { ListCell.items(self[field]) }

        package func identifiers<Entity>(_ field: String) -> [Identifier<Entity>] {
            list(field).map { Identifier($0) }
        }

        package func optional<Value: Vocabulary>(_ field: String, as type: Value.Type = Value.self) -> Value? {
            let text = self[field]
            return text.isEmpty ? nil : Value(rawValue: text)
        }
    }
}
