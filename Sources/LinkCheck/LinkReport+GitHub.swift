import CatalogModel
import CatalogTables
import Foundation

extension LinkReport {
    /// GitHub Actions annotations: `::error` for a broken link, `::warning` for a transient or
    /// permanently redirected one, placed on every row that uses the address.
    package var githubAnnotations: String {
        var lines: [String] = []
        for item in items {
            let level: String
            switch item.state {
            case .broken: level = "error"
            case .transient, .redirected: level = "warning"
            case .ok, .excluded: continue
            }
            var message = "\(item.state.rawValue) link \(item.target.url)"
            if let entry = item.entry {
                message += " (\(entry.lastStatus))"
                if !entry.finalURL.isEmpty { message += "; update it to \(entry.finalURL)" }
            }
            let places = item.target.usages.compactMap(\.location)
            if places.isEmpty {
                lines.append("::\(level)::\(Self.escapeData(message))")
            }
            for place in places {
                lines.append(
                    "::\(level) file=\(Self.escapeProperty(place.file)),line=\(place.line),col=\(place.column)::"
                        + Self.escapeData(message)
                )
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    // The workflow-command escapes GitHub documents for messages and for properties.
    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
