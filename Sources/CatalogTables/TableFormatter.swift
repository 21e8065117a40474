import CatalogModel

/// Rewrites tables in canonical form, losing nothing.
///
/// Canonical means: the format's columns first in contract order, then unknown columns in their
/// original order; LF line ends and no byte-order mark; cells trimmed; list cells as `a;b;c`;
/// topic aliases rewritten to ids; tracking parameters removed from addresses; lessons sorted by
/// course (in courses.csv order) then order, steps by path then order. A file whose rows cannot
/// all be read (malformed CSV, a row with more cells than the header) is left alone and reported.
package enum TableFormatter {
    /// What the catalog says that formatting needs: topic aliases and the order of courses and paths.
    package struct Context: Sendable {
        package var topicIDs: Set<String>
        /// Lower-cased alias to topic id.
        package var aliases: [String: String]
        package var courseRank: [String: Int]
        package var pathRank: [String: Int]

        package init(
            topicIDs: Set<String> = [],
            aliases: [String: String] = [:],
            courseRank: [String: Int] = [:],
            pathRank: [String: Int] = [:]
        ) {
            self.topicIDs = topicIDs
            self.aliases = aliases
            self.courseRank = courseRank
            self.pathRank = pathRank
        }

        /// The context of a catalog's tables, read from its topics, courses and paths files.
        package init(files: [TableKind: [UInt8]]) {
            self.init()
            if let bytes = files[.topics] {
                let rows = TableRows(
                    document: CSVParser.parse(bytes, file: TableKind.topics.fileName),
                    table: .topics,
                    file: TableKind.topics.fileName
                )
                for row in rows.document.records {
                    let cells = rows.cells(of: row)
                    let id = cells["id"]
                    guard !id.isEmpty else { continue }
                    topicIDs.insert(id)
                    for alias in cells.list("aliases") where aliases[alias.lowercased()] == nil {
                        aliases[alias.lowercased()] = id
                    }
                }
            }
            courseRank = Self.ranks(of: .courses, in: files)
            pathRank = Self.ranks(of: .paths, in: files)
        }

        private static func ranks(of table: TableKind, in files: [TableKind: [UInt8]]) -> [String: Int] {
            guard let bytes = files[table] else { return [:] }
            let rows = TableRows(
                document: CSVParser.parse(bytes, file: table.fileName),
                table: table,
                file: table.fileName
            )
            var ranks: [String: Int] = [:]
            for (index, row) in rows.document.records.enumerated() {
                let id = rows.cells(of: row)["id"]
                if ranks[id] == nil { ranks[id] = index }
            }
            return ranks
        }

        /// The topic id an item names: itself when it is an id, else the topic whose alias it is.
        func topicID(for item: String) -> String {
            if topicIDs.contains(item) { return item }
            return aliases[item.lowercased()] ?? item
        }
    }

    /// The outcome for one file.
    package struct Outcome: Sendable {
        /// The canonical bytes, or nil when the file was left alone.
        package var bytes: [UInt8]?
        /// Why the file was left alone.
        package var diagnostics: [Diagnostic]
    }

    /// Formats one table file.
    package static func format(_ bytes: [UInt8], table: TableKind, file: String, context: Context) -> Outcome {
        let document = CSVParser.parse(bytes, file: file)
        if !document.diagnostics.isEmpty { return Outcome(bytes: nil, diagnostics: document.diagnostics) }
        guard let header = document.header else { return Outcome(bytes: bytes.isEmpty ? [] : nil, diagnostics: []) }
        let names = header.cells.map { $0.trimmingSpaces() }
        let width = names.count
        let overfull = document.records.filter { $0.cells.count > width }
        if !overfull.isEmpty {
            let diagnostics = overfull.map { row in
                Diagnostic(
                    .error,
                    .raggedRow,
                    at: SourceLocation(file: file, line: row.line, column: width + 1),
                    "the row has \(row.cells.count) cells but the header has \(width); fmt leaves this file alone",
                    hint: "quote cells that contain commas, or name the extra column in the header"
                )
            }
            return Outcome(bytes: nil, diagnostics: diagnostics)
        }

        // Source index of each output column: known columns in contract order, then the rest.
        var used = Set<Int>()
        var order: [(name: String, source: Int, type: TableKind.ValueType?)] = []
        for column in table.columns {
            if let index = names.firstIndex(where: { $0.lowercased() == column.name }), !used.contains(index) {
                used.insert(index)
                order.append((column.name, index, column.type))
            }
        }
        for (index, name) in names.enumerated() where !used.contains(index) {
            order.append((name, index, nil))
        }

        var rows: [[String]] = []
        rows.reserveCapacity(document.rows.count)
        for row in document.records {
            var output: [String] = []
            output.reserveCapacity(order.count)
            for column in order {
                let raw = column.source < row.cells.count ? row.cells[column.source] : ""
                output.append(canonical(raw, column: column.name, type: column.type, table: table, context: context))
            }
            rows.append(output)
        }
        rows = sorted(rows, table: table, columns: order.map(\.name), context: context)
        let text = CSVWriter.write([order.map(\.name)] + rows)
        return Outcome(bytes: Array(text.utf8), diagnostics: [])
    }

    private static func canonical(
        _ raw: String,
        column: String,
        type: TableKind.ValueType?,
        table: TableKind,
        context: Context
    ) -> String {
        let value = raw.trimmingSpaces()
        guard let type, !value.isEmpty else { return value }
        let isTopicColumn =
            (column == "topics" && table != .topics)
            || (table == .topics && (column == "requires" || column == "broader"))
        switch type {
        case .list:
            var items = ListCell.items(value)
            if isTopicColumn { items = items.map(context.topicID(for:)) }
            return ListCell.join(items)
        case .identifier where isTopicColumn:
            return context.topicID(for: value)
        case .url:
            return WebAddress.removingTracking(value)
        default:
            return value
        }
    }

    // Lessons by course then order, steps by path then order; stable for everything else.
    private static func sorted(_ rows: [[String]], table: TableKind, columns: [String], context: Context) -> [[String]]
    {
        let ownerColumn: String
        let ranks: [String: Int]
        switch table {
        case .lessons:
            ownerColumn = "course"
            ranks = context.courseRank
        case .steps:
            ownerColumn = "path"
            ranks = context.pathRank
        default:
            return rows
        }
        guard let owner = columns.firstIndex(of: ownerColumn), let orderIndex = columns.firstIndex(of: "order") else {
            return rows
        }
        let keyed = rows.enumerated().map { index, row in
            let ownerID = row[owner]
            let order = WholeNumber(text: row[orderIndex]).value ?? Int.max
            return (rank: ranks[ownerID] ?? Int.max, owner: ownerID, order: order, index: index, row: row)
        }
        return keyed.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            if a.owner != b.owner { return a.owner < b.owner }
            if a.order != b.order { return a.order < b.order }
            return a.index < b.index
        }.map(\.row)
    }
}
