import CatalogModel
import Foundation

/// Renders diagnostics for people (like a compiler), for machines (JSON) and for CI
/// annotations (GitHub workflow commands).
package enum DiagnosticRenderer {
    /// The output formats `validate` offers.
    package enum Format: String, CaseIterable, Sendable {
        case text, json, github
    }

    /// Renders diagnostics in a format.
    /// - Parameter sourceLine: the text of a physical line of a file, for the text format's excerpt.
    package static func render(
        _ diagnostics: [Diagnostic],
        as format: Format,
        sources: SourceLines = SourceLines([:])
    )
        -> String
    {
        switch format {
        case .text: text(diagnostics, sources: sources)
        case .json: json(diagnostics)
        case .github: github(diagnostics)
        }
    }

    /// `file:line:col: error[code]: message`, the source line with a caret under the field, and a hint.
    package static func text(_ diagnostics: [Diagnostic], sources: SourceLines) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += diagnostic.description + "\n"
            let location = diagnostic.location
            if location.line > 0,
                let excerpt = sources.excerpt(file: location.file, line: location.line, column: location.column)
            {
                let gutter = String(location.line)
                let pad = String(repeating: " ", count: gutter.count)
                output += " \(gutter) | \(excerpt.text)\n"
                output +=
                    " \(pad) | " + String(repeating: " ", count: excerpt.caret)
                    + "^" + String(repeating: "~", count: max(0, excerpt.width - 1)) + "\n"
            }
            if let hint = diagnostic.hint { output += "  = hint: \(hint)\n" }
        }
        return output
    }

    /// One JSON array of `{"code","column","field","file","line","message","severity"}` objects.
    package static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Entry: Encodable {
            var severity: String
            var code: String
            var file: String
            var line: Int
            var column: Int
            var field: String?
            var message: String

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(severity, forKey: .severity)
                try container.encode(code, forKey: .code)
                try container.encode(file, forKey: .file)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
                try container.encode(field, forKey: .field)  // null when the problem is not in one cell
                try container.encode(message, forKey: .message)
            }

            enum CodingKeys: String, CodingKey { case severity, code, file, line, column, field, message }
        }
        let entries = diagnostics.map {
            Entry(
                severity: $0.severity.rawValue,
                code: $0.code.rawValue,
                file: $0.location.file,
                line: $0.location.line,
                column: $0.location.column,
                field: $0.field,
                message: $0.message
            )
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `::error file=…,line=…,col=…,title=…::message` lines for GitHub Actions annotations.
    package static func github(_ diagnostics: [Diagnostic]) -> String {
        var output = ""
        for diagnostic in diagnostics {
            let location = diagnostic.location
            let command = diagnostic.severity == .error ? "error" : "warning"
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += " (hint: \(hint))" }
            output += "::\(command) file=\(property(location.file)),line=\(location.line),col=\(location.column),"
            output += "title=\(property(diagnostic.code.rawValue))::\(data(message))\n"
        }
        return output
    }

    // MARK: - Helpers

    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
