import CatalogModel

/// The physical lines of table files, for the excerpts under text diagnostics.
///
/// Knows, for every line, which field it starts in and whether it starts inside a quoted
/// cell, so a caret lands under the right field even on the second line of a multi-line row.
package struct SourceLines: Sendable {
    private struct Line: Sendable {
        var text: Substring
        var field: Int
        var inQuotes: Bool
    }

    private var files: [String: [Line]] = [:]

    /// The longest excerpt shown; a longer line is cut around the caret.
    package static let excerptWidth = 100

    package init(_ contents: [String: [UInt8]]) {
        for (file, bytes) in contents {
            var text = String(decoding: bytes, as: UTF8.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            files[file] = Self.lines(of: text)
        }
    }

    // Physical lines end at CRLF, LF or a lone CR, as the reader counts them.
    private static func lines(of text: String) -> [Line] {
        var lines: [Line] = []
        var field = 1
        var inQuotes = false
        var lineStart = text.startIndex
        var startField = 1
        var startInQuotes = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" {
                inQuotes.toggle()
            } else if character == ",", !inQuotes {
                field += 1
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append(Line(text: text[lineStart..<index], field: startField, inQuotes: startInQuotes))
                if !inQuotes { field = 1 }
                lineStart = text.index(after: index)
                startField = field
                startInQuotes = inQuotes
            }
            index = text.index(after: index)
        }
        lines.append(Line(text: text[lineStart...], field: startField, inQuotes: startInQuotes))
        return lines
    }

    /// The text of a 1-based line.
    package func line(_ number: Int, of file: String) -> String? {
        guard let lines = files[file], number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1].text)
    }

    /// A printable excerpt of a line with the caret's offset and width under a field.
    package func excerpt(file: String, line number: Int, column: Int) -> (text: String, caret: Int, width: Int)? {
        guard let lines = files[file], number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1]
        let characters = line.text.map { $0.isASCII && ($0.asciiValue ?? 32) < 32 ? "\u{FFFD}" : $0 }
        var (start, width) = Self.span(of: column, in: characters, startField: line.field, inQuotes: line.inQuotes)
        var shown = characters
        if characters.count > Self.excerptWidth {
            let from = max(0, min(start - 20, characters.count - Self.excerptWidth))
            let to = min(characters.count, from + Self.excerptWidth)
            shown = (from > 0 ? ["…"] : []) + Array(characters[from..<to]) + (to < characters.count ? ["…"] : [])
            start = start - from + (from > 0 ? 1 : 0)
            width = min(width, to - max(start, 0))
        }
        return (String(shown), max(0, start), max(1, min(width, 60)))
    }

    private static func span(
        of column: Int,
        in characters: [Character],
        startField: Int,
        inQuotes startInQuotes: Bool
    )
        -> (Int, Int)
    {
        var field = startField
        var inQuotes = startInQuotes
        var start = 0
        var index = 0
        if field > column { return (0, 1) }
        while index < characters.count, field < column {
            let character = characters[index]
            if character == "\"" {
                inQuotes.toggle()
            } else if character == ",", !inQuotes {
                field += 1
                start = index + 1
            }
            index += 1
        }
        if field != column { return (characters.count, 1) }
        var end = start
        while end < characters.count {
            let character = characters[end]
            if character == "\"" {
                inQuotes.toggle()
            } else if character == ",", !inQuotes {
                break
            }
            end += 1
        }
        return (start, max(1, end - start))
    }
}
