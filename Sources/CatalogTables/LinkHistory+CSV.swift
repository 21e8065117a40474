import CatalogModel
import Foundation

extension LinkHistory {
    /// The columns of `links.csv`, in the order they are written.
    package static let columns = [
        "url", "last_checked", "last_status", "health", "last_success", "failing_since", "consecutive_failures",
        "final_url",
    ]

    /// Reads `links.csv` bytes; a row it cannot read becomes a warning and is dropped, never a crash.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - file: the file's name as it should appear in diagnostics.
    package static func parse(_ bytes: [UInt8], file: String) -> LinkHistory {
        let document = CSVParser.parse(bytes, file: file)
        var diagnostics = document.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.severity = .warning
            return diagnostic
        }
        guard let header = document.header else { return LinkHistory(diagnostics: diagnostics) }
        var position: [String: Int] = [:]
        for (index, name) in header.cells.enumerated() {
            let name = name.trimmingCharacters(in: .whitespaces).lowercased()
            if position[name] == nil { position[name] = index }
        }
        for required in ["url", "last_checked", "health"] where position[required] == nil {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    .missingColumn,
                    at: SourceLocation(file: file, line: 1, column: 1),
                    "links.csv has no \(required) column; the history is ignored"
                )
            )
            return LinkHistory(diagnostics: diagnostics)
        }
        var entries: [Entry] = []
        for row in document.records {
            func cell(_ name: String) -> String {
                guard let index = position[name], index < row.cells.count else { return "" }
                return row.cells[index].trimmingCharacters(in: .whitespaces)
            }
            func problem(_ name: String, _ message: String) {
                let column = (position[name] ?? 0) + 1
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        .badValue,
                        at: SourceLocation(
                            file: file,
                            line: row.line(ofCell: column - 1),
                            column: column
                        ),
                        field: name,
                        message + "; the row is ignored"
                    )
                )
            }
            let url = cell("url")
            guard !url.isEmpty else {
                problem("url", "the url is empty")
                continue
            }
            guard let lastChecked = date(cell("last_checked")) else {
                problem("last_checked", "last_checked \"\(cell("last_checked"))\" is not an ISO 8601 time")
                continue
            }
            guard let health = Health(rawValue: cell("health")) else {
                problem("health", "health \"\(cell("health"))\" is not ok, redirected, broken or transient")
                continue
            }
            let failures = cell("consecutive_failures")
            guard let consecutiveFailures = failures.isEmpty ? 0 : Int(failures), consecutiveFailures >= 0 else {
                problem("consecutive_failures", "consecutive_failures \"\(failures)\" is not a whole number")
                continue
            }
            entries.append(
                Entry(
                    url: url,
                    lastChecked: lastChecked,
                    lastStatus: cell("last_status"),
                    health: health,
                    lastSuccess: date(cell("last_success")),
                    failingSince: date(cell("failing_since")),
                    consecutiveFailures: consecutiveFailures,
                    finalURL: cell("final_url")
                )
            )
        }
        return LinkHistory(entries: entries, diagnostics: diagnostics)
    }

    /// The canonical text of `links.csv`: the header, then one row per address sorted by address.
    package var csvText: String {
        var rows = [Self.columns]
        rows.reserveCapacity(entries.count + 1)
        for entry in sortedEntries {
            rows.append([
                entry.url, Self.text(entry.lastChecked), entry.lastStatus, entry.health.rawValue,
                entry.lastSuccess.map(Self.text) ?? "", entry.failingSince.map(Self.text) ?? "",
                String(entry.consecutiveFailures), entry.finalURL,
            ])
        }
        return CSVWriter.write(rows)
    }

    /// A time as written in the file: ISO 8601, UTC, whole seconds.
    package static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(secondsFromGMT: 0) ?? .current))
    }

    /// A time read from the file, or `nil` when the cell is empty or not ISO 8601.
    package static func date(_ text: String) -> Date? {
        guard !text.isEmpty else { return nil }
        return try? Date(text, strategy: .iso8601)
    }
}
