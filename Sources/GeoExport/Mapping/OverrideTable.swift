/// Reads the `--overrides` table: rows of `key,geo_id` that point keys at existing Geo entities.
package enum OverrideTable {
    /// Why an override row was refused.
    package enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case badRow(line: Int, String)

        package var description: String {
            switch self {
            case .badRow(let line, let reason): "overrides line \(line): \(reason)"
            }
        }
    }

    /// The overrides from parsed CSV rows (an optional `key,geo_id` header, empty rows skipped).
    /// - Parameter rows: each row's line number and cells.
    package static func parse(_ rows: [(line: Int, cells: [String])]) throws(Problem) -> [String: GeoID] {
        var result: [String: GeoID] = [:]
        for (index, row) in rows.enumerated() {
            let cells = row.cells.map { $0.trimmingCharacters() }
            if cells.allSatisfy(\.isEmpty) { continue }
            if index == 0 && cells.first?.lowercased() == "key" { continue }
            guard cells.count >= 2, !cells[0].isEmpty else { throw .badRow(line: row.line, "expected key,geo_id") }
            guard let id = GeoID(hex: cells[1]) else {
                throw .badRow(line: row.line, "\"\(cells[1])\" is not a 32-digit hex Geo id")
            }
            guard result[cells[0]] == nil || result[cells[0]] == id else {
                throw .badRow(line: row.line, "key \(cells[0]) is mapped twice")
            }
            result[cells[0]] = id
        }
        return result
    }
}

extension String {
    /// The text without surrounding spaces and tabs.
    fileprivate func trimmingCharacters() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return String(text)
    }
}
