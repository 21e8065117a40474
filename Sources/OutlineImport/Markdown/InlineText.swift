/// A link, image or badge found in inline Markdown or HTML.
package struct InlineLink: Hashable, Sendable {
    /// The link's visible text; for an image, its alt text.
    package var text: String
    /// The destination as written (not resolved).
    package var url: String
    package var isImage: Bool
    /// The image a link wraps, e.g. a "Open in Colab" badge; nil for plain links.
    package var badge: String?

    package init(text: String, url: String, isImage: Bool = false, badge: String? = nil) {
        self.text = text
        self.url = url
        self.isImage = isImage
        self.badge = badge
    }

    /// Whether the link points inside the same page (`#anchor`).
    package var isAnchor: Bool { url.hasPrefix("#") }
}

/// Inline Markdown reduced to what the importer needs: the visible text and the links.
///
/// Emphasis markers, code-span backticks and HTML tags are dropped; link text stays in the
/// visible text; images contribute only their links (their alt text is kept on the link).
package struct InlineText: Hashable, Sendable {
    /// The visible text with runs of white space collapsed to one space.
    package var plain: String
    /// Links, images and badges in reading order.
    package var links: [InlineLink]

    /// The deepest nesting of link text that is followed (hostile input cannot recurse further).
    fileprivate static let maximumDepth = 8

    /// Parses raw inline Markdown.
    /// - Parameter references: the document's `[label]: url` definitions, keyed by ``referenceKey(_:)``.
    package static func parse(_ raw: String, references: [String: String] = [:]) -> InlineText {
        let scanner = Scanner(characters: Array(raw), references: references)
        let result = scanner.scan(0..<scanner.characters.count, depth: 0)
        return InlineText(plain: collapse(result.plain), links: result.links)
    }

    /// The key of a reference label: lower-cased, inner white space collapsed.
    package static func referenceKey(_ label: String) -> String {
        collapse(label).lowercased()
    }

    /// Text with HTML tags removed (used for `<summary>`); `<br>`, `<p>` and `<div>` leave a space.
    package static func removingTags(_ text: String) -> String {
        var output = ""
        var tag: String?
        for character in text {
            if character == "<" {
                tag = ""
            } else if character == ">", let name = tag {
                let lower = name.lowercased().filter(\.isLetter)
                if ["br", "p", "div", "li", "h"].contains(lower) {
                    output.append(" ")
                }
                tag = nil
            } else if tag != nil {
                tag?.append(character)
            } else {
                output.append(character)
            }
        }
        return output + (tag.map { "<" + $0 } ?? "")
    }

    /// Runs of spaces, tabs and line breaks become one space; edges are trimmed.
    package static func collapse(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(character)
            }
        }
        return output
    }
}

// MARK: - Scanner

private struct Scanner {
    let characters: [Character]
    let references: [String: String]
    /// For each `[`, the index of its matching `]` (escapes respected), computed once.
    private var closing: [Int: Int] = [:]

    init(characters: [Character], references: [String: String]) {
        self.characters = characters
        self.references = references
        var stack: [Int] = []
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 1
            case "[": stack.append(index)
            case "]": if let open = stack.popLast() { closing[open] = index }
            default: break
            }
            index += 1
        }
    }

    struct Result {
        var plain = ""
        var links: [InlineLink] = []
    }

    func scan(_ range: Range<Int>, depth: Int) -> Result {
        var result = Result()
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let character = characters[index]
            switch character {
            case "\\":
                if index + 1 < end, characters[index + 1].isASCII,
                    characters[index + 1].isPunctuation
                        || characters[index + 1].isSymbol
                {
                    result.plain.append(characters[index + 1])
                    index += 2
                } else {
                    result.plain.append(character)
                    index += 1
                }
            case "`":
                index = codeSpan(at: index, end: end, into: &result)
            case "!" where index + 1 < end && characters[index + 1] == "[":
                if let link = link(at: index + 1, end: end, depth: depth) {
                    let alt = link.inner.plain.isEmpty ? link.inner.links.first?.text ?? "" : link.inner.plain
                    result.links.append(InlineLink(text: InlineText.collapse(alt), url: link.url, isImage: true))
                    index = link.next
                } else {
                    result.plain.append(character)
                    index += 1
                }
            case "[":
                if let link = link(at: index, end: end, depth: depth) {
                    let image = link.inner.links.first { $0.isImage }
                    let text = InlineText.collapse(link.inner.plain)
                    result.links.append(
                        InlineLink(text: text.isEmpty ? image?.text ?? "" : text, url: link.url, badge: image?.url))
                    result.plain += link.inner.plain
                    index = link.next
                } else {
                    result.plain.append(character)
                    index += 1
                }
            case "<":
                index = angle(at: index, end: end, depth: depth, into: &result)
            case "*", "~":
                index += 1
            case "_":
                let before = index > range.lowerBound ? characters[index - 1] : " "
                let after = index + 1 < end ? characters[index + 1] : " "
                if before.isLetter || before.isNumber, after.isLetter || after.isNumber {
                    result.plain.append(character)
                }
                index += 1
            case "h", "H", "w", "W":
                if let url = bareURL(at: index, start: range.lowerBound, end: end) {
                    result.links.append(InlineLink(text: url.text, url: url.address))
                    result.plain += url.text
                    index = url.next
                } else {
                    result.plain.append(character)
                    index += 1
                }
            default:
                result.plain.append(character)
                index += 1
            }
        }
        return result
    }

    private func codeSpan(at start: Int, end: Int, into result: inout Result) -> Int {
        var run = 0
        while start + run < end, characters[start + run] == "`" { run += 1 }
        var probe = start + run
        while probe < end {
            guard characters[probe] == "`" else {
                probe += 1
                continue
            }
            var closingRun = 0
            while probe + closingRun < end, characters[probe + closingRun] == "`" { closingRun += 1 }
            if closingRun == run {
                result.plain += String(characters[(start + run)..<probe])
                return probe + closingRun
            }
            probe += closingRun
        }
        result.plain += String(repeating: "`", count: run)
        return start + run
    }

    struct ParsedLink {
        var inner: Result
        var url: String
        var next: Int
    }

    /// `[text](url "title")`, `[text][label]`, `[text][]` or `[text]` with a definition.
    private func link(at open: Int, end: Int, depth: Int) -> ParsedLink? {
        guard depth < InlineText.maximumDepth, let close = closing[open], close < end else { return nil }
        let inner = { scan((open + 1)..<close, depth: depth + 1) }
        let after = close + 1
        if after < end, characters[after] == "(", let destination = destination(at: after + 1, end: end) {
            return ParsedLink(inner: inner(), url: destination.url, next: destination.next)
        }
        if after < end, characters[after] == "[", let labelClose = closing[after], labelClose < end {
            var label = String(characters[(after + 1)..<labelClose])
            if label.isEmpty { label = String(characters[(open + 1)..<close]) }
            guard let url = references[InlineText.referenceKey(label)] else { return nil }
            return ParsedLink(inner: inner(), url: url, next: labelClose + 1)
        }
        let label = String(characters[(open + 1)..<close])
        guard let url = references[InlineText.referenceKey(label)] else { return nil }
        return ParsedLink(inner: inner(), url: url, next: close + 1)
    }

    /// The destination and optional title of an inline link, up to its `)`.
    private func destination(at start: Int, end: Int) -> (url: String, next: Int)? {
        var index = start
        while index < end, characters[index] == " " || characters[index] == "\n" { index += 1 }
        var url = ""
        if index < end, characters[index] == "<" {
            index += 1
            while index < end, characters[index] != ">", characters[index] != "\n" {
                url.append(characters[index])
                index += 1
            }
            guard index < end, characters[index] == ">" else { return nil }
            index += 1
        } else {
            var parentheses = 0
            while index < end {
                let character = characters[index]
                if character == " " || character == "\n" || character == "\t" { break }
                if character == "(" { parentheses += 1 }
                if character == ")" {
                    if parentheses == 0 { break }
                    parentheses -= 1
                }
                if character == "\\", index + 1 < end {
                    index += 1
                    url.append(characters[index])
                } else {
                    url.append(character)
                }
                index += 1
            }
        }
        while index < end, characters[index] == " " || characters[index] == "\n" { index += 1 }
        if index < end, characters[index] == "\"" || characters[index] == "'" || characters[index] == "(" {
            let quote: Character = characters[index] == "(" ? ")" : characters[index]
            index += 1
            while index < end, characters[index] != quote { index += 1 }
            guard index < end else { return nil }
            index += 1
            while index < end, characters[index] == " " || characters[index] == "\n" { index += 1 }
        }
        guard index < end, characters[index] == ")" else { return nil }
        return (url, index + 1)
    }

    /// `<https://…>` autolinks, `<a href>…</a>`, `<img src alt>`; other tags are dropped.
    private func angle(at start: Int, end: Int, depth: Int, into result: inout Result) -> Int {
        var close = start + 1
        while close < end, characters[close] != ">", characters[close] != "<" { close += 1 }
        guard close < end, characters[close] == ">" else {
            result.plain.append("<")
            return start + 1
        }
        let tag = String(characters[(start + 1)..<close])
        let lower = tag.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://"), !tag.contains(" ") {
            result.links.append(InlineLink(text: tag, url: tag))
            result.plain += tag
            return close + 1
        }
        let name = lower.prefix { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "!" }
        switch name {
        case "img":
            if let source = Self.attribute("src", in: tag) {
                result.links.append(InlineLink(text: Self.attribute("alt", in: tag) ?? "", url: source, isImage: true))
            }
            return close + 1
        case "a":
            guard let href = Self.attribute("href", in: tag) else { return close + 1 }
            let innerStart = close + 1
            var innerEnd = innerStart
            while innerEnd + 3 < end {
                if characters[innerEnd] == "<", characters[innerEnd + 1] == "/",
                    characters[innerEnd + 2] == "a" || characters[innerEnd + 2] == "A", characters[innerEnd + 3] == ">"
                {
                    break
                }
                innerEnd += 1
            }
            guard innerEnd + 3 < end, depth < InlineText.maximumDepth else {
                result.links.append(InlineLink(text: "", url: href))
                return close + 1
            }
            let inner = scan(innerStart..<innerEnd, depth: depth + 1)
            let image = inner.links.first { $0.isImage }
            let text = InlineText.collapse(inner.plain)
            result.links.append(InlineLink(text: text.isEmpty ? image?.text ?? "" : text, url: href, badge: image?.url))
            result.plain += inner.plain
            return innerEnd + 4
        case "br", "br/", "p", "/p", "div", "/div", "li", "/li":
            result.plain.append(" ")
            return close + 1
        default:
            return close + 1
        }
    }

    /// `https://…`, `http://…` or `www.…` starting a word, GitHub-style: trailing punctuation
    /// and an unbalanced closing parenthesis are not part of it.
    private func bareURL(at start: Int, start lower: Int, end: Int) -> (text: String, address: String, next: Int)? {
        if start > lower {
            let before = characters[start - 1]
            guard before.isWhitespace || before == "(" || before == "*" || before == "_" || before == "\"" else {
                return nil
            }
        }
        let prefixes = ["https://", "http://", "www."]
        var matched: String?
        for prefix in prefixes where start + prefix.count <= end {
            if String(characters[start..<(start + prefix.count)]).lowercased() == prefix {
                matched = prefix
                break
            }
        }
        guard let prefix = matched else { return nil }
        var index = start
        while index < end, !characters[index].isWhitespace, characters[index] != "<" { index += 1 }
        var text = String(characters[start..<index])
        while let last = text.last, ".,:;!?*_~'\"".contains(last) || (last == ")" && Self.unbalanced(text)) {
            text.removeLast()
        }
        guard text.count > prefix.count else { return nil }
        let address = prefix == "www." ? "https://" + text : text
        return (text, address, start + text.count)
    }

    private static func unbalanced(_ text: String) -> Bool {
        text.filter { $0 == ")" }.count > text.filter { $0 == "(" }.count
    }

    /// The value of an HTML attribute, quoted or not.
    static func attribute(_ name: String, in tag: String) -> String? {
        let characters = Array(tag)
        let wanted = Array(name)
        var index = 0
        while index + wanted.count < characters.count {
            let before = index == 0 ? " " : characters[index - 1]
            if before.isWhitespace,
                zip(characters[index..<(index + wanted.count)], wanted).allSatisfy({
                    $0.lowercased() == $1.lowercased()
                })
            {
                var probe = index + wanted.count
                while probe < characters.count, characters[probe] == " " { probe += 1 }
                if probe < characters.count, characters[probe] == "=" {
                    probe += 1
                    while probe < characters.count, characters[probe] == " " { probe += 1 }
                    guard probe < characters.count else { return nil }
                    if characters[probe] == "\"" || characters[probe] == "'" {
                        let quote = characters[probe]
                        let valueStart = probe + 1
                        var valueEnd = valueStart
                        while valueEnd < characters.count, characters[valueEnd] != quote { valueEnd += 1 }
                        return String(characters[valueStart..<valueEnd])
                    }
                    var valueEnd = probe
                    while valueEnd < characters.count, !characters[valueEnd].isWhitespace, characters[valueEnd] != "/" {
                        valueEnd += 1
                    }
                    return String(characters[probe..<valueEnd])
                }
            }
            index += 1
        }
        return nil
    }
}
