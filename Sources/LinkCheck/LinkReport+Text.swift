import CatalogModel
import CatalogTables
import Foundation

extension LinkReport {
    /// The human report: one line per address needing attention, then a summary table.
    ///
    /// Problems come broken first, then transient, then redirected, each sorted by address;
    /// the first place that uses the address is named so the curator can jump to it.
    package var text: String {
        var lines: [String] = []
        let attention: [State] = [.broken, .transient, .redirected]
        for state in attention {
            for item in items where item.state == state {
                lines.append(Self.line(for: item))
            }
        }
        if !lines.isEmpty { lines.append("") }
        let counts = counts
        lines.append("health      links")
        for state in State.allCases {
            lines.append(
                state.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + "  "
                    + String(counts[state, default: 0]).leftPadded(to: 5)
            )
        }
        let fromHistory = items.filter(\.fromHistory).count
        lines.append("total       \(String(items.count).leftPadded(to: 5))")
        lines.append("checked \(checkedCount), from history \(fromHistory), excluded \(counts[.excluded, default: 0])")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(for item: Item) -> String {
        var text = item.state.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + "  " + item.target.url
        if let entry = item.entry {
            text += "  [\(entry.lastStatus)]"
            if !entry.finalURL.isEmpty { text += " -> \(entry.finalURL)" }
            if let since = entry.failingSince {
                text += "  failing since \(LinkHistory.text(since)), \(entry.consecutiveFailures) run(s)"
            }
        }
        if let detail = item.outcome?.detail, !detail.isEmpty { text += "  (\(detail))" }
        if item.fromHistory { text += "  (from history)" }
        if let usage = item.target.usages.first {
            let place = usage.location.map { "\($0.file):\($0.line)" } ?? usage.table.rawValue
            let more = item.target.usages.count > 1 ? " and \(item.target.usages.count - 1) more" : ""
            text += "  used by \(usage.table.rawValue) \(usage.id) at \(place)\(more)"
        }
        return text
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
