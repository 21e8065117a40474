import CatalogModel
import Foundation

/// A small, forgiving block parser for the Markdown that course outlines and READMEs use.
///
/// It knows ATX and setext headings, bulleted and numbered lists with nesting (indentation and
/// lazy continuation lines), GitHub pipe tables, `<details>`/`<summary>` blocks, block quotes,
/// fenced code (skipped), HTML blocks and link reference definitions. It never fails: a shape
/// it does not know becomes a paragraph, and nesting deeper than ``maximumDepth`` is flattened
/// so hostile input cannot exhaust the stack.
package enum MarkdownParser {
    /// The deepest nesting of lists, quotes and details that is followed.
    package static let maximumDepth = 24

    /// Parses a whole document.
    /// - Complexity: O(n × d) for n lines nested d deep.
    package static func parse(_ text: String) -> MarkdownDocument {
        var parser = BlockParser()
        let blocks = parser.blocks(splitLines(text)[...], depth: 0)
        return MarkdownDocument(blocks: blocks, references: parser.references)
    }

    /// The lines of a text with their 1-based numbers; CRLF, LF and lone CR all end a line.
    package static func splitLines(_ text: String) -> [SourceLine] {
        let pieces = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        return pieces.enumerated().map { SourceLine(number: $0.offset + 1, text: expandLeadingTabs($0.element)) }
    }

    // Tabs in the indentation count to the next multiple of 4, as CommonMark says.
    private static func expandLeadingTabs(_ line: Substring) -> String {
        guard line.first == "\t" || (line.first == " " && line.contains("\t")) else { return String(line) }
        var column = 0
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == " " {
                column += 1
            } else if line[index] == "\t" {
                column += 4 - column % 4
            } else {
                break
            }
            index = line.index(after: index)
        }
        return String(repeating: " ", count: column) + line[index...]
    }
}

/// One physical line of a document.
package struct SourceLine: Hashable, Sendable {
    package var number: Int
    package var text: String
}

// MARK: - Line shapes

/// What the start of a line says about the block it begins.
private enum LineShape {
    /// The number of leading spaces.
    static func indentation(_ text: String) -> Int {
        var count = 0
        for character in text {
            guard character == " " else { break }
            count += 1
        }
        return count
    }

    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// A list marker: bullet `-`, `+`, `*` or number with `.` or `)`, followed by a space or the end.
    struct Marker {
        var isOrdered: Bool
        var number: Int?
        var bullet: Character?
        /// The item's text after the marker and its spaces.
        var content: Substring
        /// Columns from the marker's start to the content (marker width plus spaces).
        var contentOffset: Int
    }

    static func marker(_ body: Substring) -> Marker? {
        guard let first = body.first else { return nil }
        if first == "-" || first == "+" || first == "*" {
            let rest = body.dropFirst()
            guard rest.isEmpty || rest.first == " " else { return nil }
            return makeMarker(isOrdered: false, number: nil, bullet: first, width: 1, rest: rest)
        }
        var digits = 0
        var index = body.startIndex
        while index < body.endIndex, let ascii = body[index].asciiValue, ascii >= 48, ascii <= 57, digits < 10 {
            digits += 1
            index = body.index(after: index)
        }
        guard digits >= 1, digits <= 9, index < body.endIndex, body[index] == "." || body[index] == ")" else {
            return nil
        }
        let number = Int(body[body.startIndex..<index])
        let rest = body[body.index(after: index)...]
        guard rest.isEmpty || rest.first == " " else { return nil }
        return makeMarker(isOrdered: true, number: number, bullet: nil, width: digits + 1, rest: rest)
    }

    private static func makeMarker(isOrdered: Bool, number: Int?, bullet: Character?, width: Int, rest: Substring)
        -> Marker
    {
        let spaces = rest.prefix { $0 == " " }.count
        let content = rest.drop { $0 == " " }
        // More than four spaces after the marker start indented content: the item's text
        // begins one space after the marker.
        let offset = content.isEmpty || spaces > 4 ? width + 1 : width + spaces
        return Marker(isOrdered: isOrdered, number: number, bullet: bullet, content: content, contentOffset: offset)
    }

    /// `#`…`######` followed by a space or the end: the level and the text without closing hashes.
    static func atxHeading(_ body: Substring) -> (level: Int, text: String)? {
        let hashes = body.prefix { $0 == "#" }.count
        guard hashes >= 1, hashes <= 6 else { return nil }
        let rest = body.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces()
        // A closing sequence of hashes after a space is not part of the text.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let kept = text.dropLast(closing)
            if kept.isEmpty || kept.last == " " { text = kept.trimmingSpaces() }
        }
        return (hashes, text)
    }

    /// Three or more `-`, `*` or `_` (spaces allowed between).
    static func isThematicBreak(_ body: Substring) -> Bool {
        guard let first = body.first, first == "-" || first == "*" || first == "_" else { return false }
        var count = 0
        for character in body {
            if character == first {
                count += 1
            } else if character != " " && character != "\t" {
                return false
            }
        }
        return count >= 3
    }

    /// A code fence opening: at least three backticks or tildes.
    static func fence(_ body: Substring) -> (character: Character, length: Int)? {
        guard let first = body.first, first == "`" || first == "~" else { return nil }
        let length = body.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == "`" && body.dropFirst(length).contains("`") { return nil }
        return (first, length)
    }

    /// A setext underline: only `=` or only `-` (trailing spaces allowed); 1 or 2 for the level.
    static func setextLevel(_ body: Substring) -> Int? {
        let trimmed = body.trimmingSpaces()
        guard let first = trimmed.first, first == "=" || first == "-" else { return nil }
        guard trimmed.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    /// The cells of a pipe-table row: edge pipes dropped, `\|` kept as a pipe, pipes inside code spans kept.
    static func tableCells(_ body: Substring) -> [String] {
        var text = Substring(body.trimmingSpaces())
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|" && !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [String] = []
        var current = ""
        var inCode = false
        var escaped = false
        for character in text {
            if escaped {
                if character != "|" { current.append("\\") }
                current.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "`":
                inCode.toggle()
                current.append(character)
            case "|" where !inCode:
                cells.append(current.trimmingSpaces())
                current = ""
            default: current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current.trimmingSpaces())
        return cells
    }

    /// Whether a line is a table's delimiter row (`| --- | :-: |`), and how many columns it has.
    static func delimiterColumns(_ body: Substring) -> Int? {
        guard body.contains("-") else { return nil }
        let cells = tableCells(body)
        for cell in cells {
            var core = Substring(cell)
            if core.first == ":" { core = core.dropFirst() }
            if core.last == ":" { core = core.dropLast() }
            guard !core.isEmpty, core.allSatisfy({ $0 == "-" }) else { return nil }
        }
        return cells.count
    }

    static func startsDetails(_ body: Substring) -> Bool {
        let head = body.prefix(9).lowercased()
        guard head.hasPrefix("<details") else { return false }
        return head.count == 8 || head.last == ">" || head.last == " "
    }

    /// An HTML block start: `<tag`, `</tag` or `<!`.
    static func startsHTML(_ body: Substring) -> Bool {
        guard body.first == "<", body.count > 1 else { return false }
        let second = body[body.index(after: body.startIndex)]
        return second.isASCII && (second.isLetter || second == "/" || second == "!")
    }

    /// Whether a line would end a paragraph or a lazy list continuation.
    static func interruptsParagraph(_ body: Substring) -> Bool {
        atxHeading(body) != nil || fence(body) != nil || isThematicBreak(body) || body.first == ">"
            || marker(body) != nil || startsDetails(body) || startsHTML(body)
    }
}

// MARK: - Block parser

private struct BlockParser {
    var references: [String: String] = [:]

    mutating func blocks(_ lines: ArraySlice<SourceLine>, depth: Int) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if LineShape.isBlank(line.text) {
                index += 1
                continue
            }
            let body = line.text.drop { $0 == " " }
            if let fence = LineShape.fence(body) {
                result.append(.code(line: line.number))
                index = skipFence(lines, from: index, fence: fence)
            } else if body.hasPrefix("<!--") {
                index = skipComment(lines, from: index)
            } else if LineShape.startsDetails(body), depth < MarkdownParser.maximumDepth {
                let (details, next) = self.details(lines, from: index, depth: depth)
                result.append(.details(details))
                index = next
            } else if let heading = LineShape.atxHeading(body) {
                result.append(.heading(MarkdownHeading(level: heading.level, text: heading.text, line: line.number)))
                index += 1
            } else if LineShape.isThematicBreak(body) {
                result.append(.thematicBreak(line: line.number))
                index += 1
            } else if body.first == ">", depth < MarkdownParser.maximumDepth {
                var inner: [SourceLine] = []
                while index < lines.endIndex {
                    let quoted = lines[index].text.drop { $0 == " " }
                    guard quoted.first == ">" else { break }
                    var rest = quoted.dropFirst()
                    if rest.first == " " { rest = rest.dropFirst() }
                    inner.append(SourceLine(number: lines[index].number, text: String(rest)))
                    index += 1
                }
                result.append(.quote(blocks(inner[...], depth: depth + 1), line: line.number))
            } else if let marker = LineShape.marker(body), depth < MarkdownParser.maximumDepth {
                let (list, next) = self.list(lines, from: index, first: marker, depth: depth)
                result.append(.list(list))
                index = next
            } else if let table = self.table(lines, from: index) {
                result.append(.table(table.table))
                index = table.next
            } else if defineReference(body) {
                index += 1
            } else if LineShape.startsHTML(body) {
                var text: [String] = []
                while index < lines.endIndex, !LineShape.isBlank(lines[index].text) {
                    text.append(lines[index].text.trimmingSpaces())
                    index += 1
                }
                result.append(.html(text: text.joined(separator: "\n"), line: line.number))
            } else {
                index = paragraph(lines, from: index, into: &result)
            }
        }
        return result
    }

    private func skipFence(_ lines: ArraySlice<SourceLine>, from start: Int, fence: (character: Character, length: Int))
        -> Int
    {
        var index = start + 1
        while index < lines.endIndex {
            let body = lines[index].text.drop { $0 == " " }
            index += 1
            let run = body.prefix { $0 == fence.character }.count
            if run >= fence.length && body.dropFirst(run).allSatisfy({ $0 == " " }) { break }
        }
        return index
    }

    private func skipComment(_ lines: ArraySlice<SourceLine>, from start: Int) -> Int {
        var index = start
        while index < lines.endIndex {
            let text = lines[index].text
            index += 1
            if text.contains("-->") { break }
        }
        return index
    }

    /// `[label]: url` on a line of its own; the first definition of a label wins.
    private mutating func defineReference(_ body: Substring) -> Bool {
        guard body.first == "[", let close = body.firstIndex(of: "]") else { return false }
        let label = body[body.index(after: body.startIndex)..<close]
        let after = body[body.index(after: close)...]
        guard !label.isEmpty, !label.contains("["), after.first == ":" else { return false }
        var url = Substring(after.dropFirst().trimmingSpaces())
        url = url.prefix { $0 != " " }
        if url.first == "<" && url.last == ">" && url.count >= 2 { url = url.dropFirst().dropLast() }
        guard !url.isEmpty else { return false }
        let key = InlineText.referenceKey(String(label))
        if references[key] == nil { references[key] = String(url) }
        return true
    }

    private func table(_ lines: ArraySlice<SourceLine>, from start: Int) -> (table: MarkdownTable, next: Int)? {
        let headerBody = lines[start].text.drop { $0 == " " }
        guard headerBody.contains("|"), start + 1 < lines.endIndex else { return nil }
        let header = LineShape.tableCells(headerBody)
        let delimiter = lines[start + 1].text.drop { $0 == " " }
        guard let columns = LineShape.delimiterColumns(delimiter), columns == header.count else { return nil }
        var rows: [MarkdownTableRow] = []
        var index = start + 2
        while index < lines.endIndex {
            let body = lines[index].text.drop { $0 == " " }
            guard body.contains("|"), !LineShape.isBlank(lines[index].text) else { break }
            rows.append(MarkdownTableRow(cells: LineShape.tableCells(body), line: lines[index].number))
            index += 1
        }
        return (MarkdownTable(header: header, rows: rows, line: lines[start].number), index)
    }

    private func paragraph(_ lines: ArraySlice<SourceLine>, from start: Int, into result: inout [MarkdownBlock]) -> Int
    {
        var text: [String] = [lines[start].text.trimmingSpaces()]
        var index = start + 1
        while index < lines.endIndex {
            let line = lines[index]
            if LineShape.isBlank(line.text) { break }
            let body = line.text.drop { $0 == " " }
            if LineShape.indentation(line.text) < 4, let level = LineShape.setextLevel(body) {
                result.append(
                    .heading(
                        MarkdownHeading(level: level, text: text.joined(separator: " "), line: lines[start].number)))
                return index + 1
            }
            if LineShape.interruptsParagraph(body) { break }
            text.append(line.text.trimmingSpaces())
            index += 1
        }
        result.append(.paragraph(text: text.joined(separator: "\n"), line: lines[start].number))
        return index
    }

    private mutating func list(
        _ lines: ArraySlice<SourceLine>, from start: Int, first: LineShape.Marker, depth: Int
    ) -> (MarkdownList, Int) {
        var items: [MarkdownListItem] = []
        var index = start
        var marker = first
        var next = start + 1
        while true {
            let itemLine = lines[index]
            let markerIndent = LineShape.indentation(itemLine.text)
            let contentColumn = markerIndent + marker.contentOffset
            // Lenient nesting: two columns past the marker are enough (READMEs often indent
            // sub-bullets of "1." by two spaces).
            let childColumn = markerIndent + 2
            var itemLines = [SourceLine(number: itemLine.number, text: String(marker.content))]
            next = index + 1
            var sawBlank = false
            while next < lines.endIndex {
                let line = lines[next]
                if LineShape.isBlank(line.text) {
                    itemLines.append(SourceLine(number: line.number, text: ""))
                    sawBlank = true
                    next += 1
                    continue
                }
                let indent = LineShape.indentation(line.text)
                let body = line.text.dropFirst(indent)
                if indent >= contentColumn || (indent >= childColumn && (LineShape.marker(body) != nil || !sawBlank)) {
                    itemLines.append(
                        SourceLine(number: line.number, text: String(line.text.dropFirst(min(indent, contentColumn)))))
                    sawBlank = false
                    next += 1
                    continue
                }
                if !sawBlank && !LineShape.interruptsParagraph(body) {
                    itemLines.append(SourceLine(number: line.number, text: String(body)))
                    next += 1
                    continue
                }
                break
            }
            while itemLines.count > 1, let last = itemLines.last, last.text.isEmpty { itemLines.removeLast() }
            var children = blocks(itemLines[...], depth: depth + 1)
            var text = ""
            if case .paragraph(let first, let line) = children.first, line == itemLine.number {
                text = first
                children.removeFirst()
            }
            items.append(MarkdownListItem(number: marker.number, text: text, line: itemLine.number, children: children))

            var probe = next
            while probe < lines.endIndex, LineShape.isBlank(lines[probe].text) { probe += 1 }
            guard probe < lines.endIndex else { break }
            let probeIndent = LineShape.indentation(lines[probe].text)
            guard probeIndent < childColumn, probeIndent <= markerIndent + 1,
                let sibling = LineShape.marker(lines[probe].text.dropFirst(probeIndent)),
                sibling.isOrdered == first.isOrdered, sibling.bullet == first.bullet
            else { break }
            index = probe
            marker = sibling
        }
        return (MarkdownList(isOrdered: first.isOrdered, items: items, line: lines[start].number), next)
    }

    private mutating func details(_ lines: ArraySlice<SourceLine>, from start: Int, depth: Int) -> (
        MarkdownDetails, Int
    ) {
        // Find the matching </details>, counting nested <details> blocks.
        var open = 0
        var end = lines.endIndex - 1
        for index in start..<lines.endIndex {
            let lower = lines[index].text.lowercased()
            open += Self.occurrences(of: "<details", in: lower) - Self.occurrences(of: "</details>", in: lower)
            if open <= 0 {
                end = index
                break
            }
        }
        var content = Array(lines[start...end])
        if let tagEnd = content[0].text.firstIndex(of: ">") {
            content[0].text = String(content[0].text[content[0].text.index(after: tagEnd)...])
        } else {
            content[0].text = ""
        }
        let last = content.count - 1
        if let close = content[last].text.range(of: "</details>", options: [.caseInsensitive, .backwards]) {
            content[last].text = String(content[last].text[..<close.lowerBound])
        }
        var summary = ""
        if let first = content.firstIndex(where: { !LineShape.isBlank($0.text) }),
            content[first].text.drop(while: { $0 == " " }).lowercased().hasPrefix("<summary")
        {
            var pieces: [String] = []
            var index = first
            var text = Substring(content[first].text)
            if let tagEnd = text.firstIndex(of: ">") { text = text[text.index(after: tagEnd)...] }
            while true {
                if let close = text.range(of: "</summary>", options: .caseInsensitive) {
                    pieces.append(String(text[..<close.lowerBound]))
                    content[index].text = String(text[close.upperBound...])
                    break
                }
                pieces.append(String(text))
                content[index].text = ""
                index += 1
                guard index < content.count else { break }
                text = Substring(content[index].text)
            }
            summary = InlineText.removingTags(pieces.joined(separator: " ")).trimmingSpaces()
        }
        let children = blocks(content[...], depth: depth + 1)
        return (MarkdownDetails(summary: summary, line: lines[start].number, children: children), end + 1)
    }

    private static func occurrences(of needle: String, in text: String) -> Int {
        guard text.contains(needle) else { return 0 }
        return text.components(separatedBy: needle).count - 1
    }
}
