import CatalogModel

/// The data rows of one table with their layout, ready to be mapped to the model.
///
/// Reports what concerns the table's shape: `missing-column` (line 1, column 1, once per
/// column) and `ragged-row` (the first extra or first missing cell).
package struct TableRows: Sendable {
    package let layout: TableLayout
    package let document: CSVDocument
    package private(set) var diagnostics: [Diagnostic] = []
    /// Required columns the header lacks; no per-row `required` errors follow for them.
    package private(set) var missingColumns: Set<String> = []

    package init(document: CSVDocument, table: TableKind, file: String) {
        let header = (document.header?.cells ?? []).map { $0.trimmingSpaces().lowercased() }
        let header0 = header.first.map { $0.hasPrefix("\u{FEFF}") ? String($0.dropFirst()) : $0 }
        let columns = header0.map { [$0] + header.dropFirst() } ?? header
        self.layout = TableLayout(file: file, table: table, columns: columns)
        self.document = document
        let origin = SourceLocation(file: file, line: 1, column: 1)
        if document.rows.isEmpty {
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
        let width = columns.count
        for row in document.records where row.cells.count != width {
            let column = row.cells.count > width ? width + 1 : row.cells.count + 1
            let lineOfCell = row.cells.count > width ? row.line(ofCell: width) : row.line(ofCell: row.cells.count - 1)
            let message =
                row.cells.count > width
                ? "the row has \(row.cells.count) cells but the header has \(width)"
                : "the row has \(row.cells.count) cells but the header has \(width)"
            diagnostics.append(
                Diagnostic(
                    .error,
                    .raggedRow,
                    at: SourceLocation(file: file, line: lineOfCell, column: column),
                    message,
                    hint: row.cells.count > width
                        ? "quote cells that contain commas, or remove the extra cells"
                        : "add the missing cells (an empty cell still needs its comma)"
                )
            )
        }
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
            guard let column = layout.column(of: field), column - 1 < row.cells.count else { return "" }
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
