import CatalogModel
import Foundation

/// Finds the lessons or steps of a parsed outline, their modules, objectives and terms.
///
/// It tries the shapes curriculum READMEs come in, most specific first: headings named
/// "Lesson 1.2 …", headings that are links, lesson tables, a numbered list, a list of links.
/// A table of contents (a "Contents" section, or a list of in-page `#anchor` links) is skipped.
package struct OutlineReader {
    private let references: [String: String]
    private var placed: [Placed] = []
    private var stack: [HeadingContext] = []
    private var namer = GitHubAnchor.Namer()
    private var titleLine: Int?

    /// Reads a parsed document.
    /// - Parameters:
    ///   - document: the parsed Markdown.
    ///   - fallbackTitle: the title when the outline has no heading (e.g. the file's name).
    package static func read(_ document: MarkdownDocument, fallbackTitle: String) -> OutlineDraft {
        var reader = OutlineReader(references: document.references)
        reader.titleLine = Self.titleHeading(in: document.blocks)?.line
        reader.flatten(document.blocks, summaries: [])
        return reader.draft(fallbackTitle: fallbackTitle)
    }

    private init(references: [String: String]) {
        self.references = references
    }

    // MARK: - Flattening

    private struct HeadingContext {
        var level: Int
        var plain: String
        var line: Int
        var anchor: String
        var isTitle: Bool
        var isContents: Bool
    }

    /// A block in reading order with the headings and `<details>` summaries around it.
    private struct Placed {
        var block: MarkdownBlock
        var headings: [HeadingContext]
        var summaries: [String]
        var inContents: Bool
        /// The block's own context when it is a heading.
        var heading: HeadingContext?
    }

    private static func titleHeading(in blocks: [MarkdownBlock]) -> MarkdownHeading? {
        var first: MarkdownHeading?
        for case .heading(let heading) in blocks {
            if heading.level == 1 { return heading }
            if first == nil { first = heading }
        }
        return first
    }

    private mutating func flatten(_ blocks: [MarkdownBlock], summaries: [String]) {
        for block in blocks {
            switch block {
            case .heading(let heading):
                let plain = inline(heading.text).plain
                while let last = stack.last, last.level >= heading.level { stack.removeLast() }
                let context = HeadingContext(
                    level: heading.level, plain: plain, line: heading.line, anchor: namer.anchor(for: plain),
                    isTitle: heading.line == titleLine, isContents: Self.isContentsTitle(plain))
                placed.append(
                    Placed(
                        block: block, headings: stack, summaries: summaries,
                        inContents: context.isContents || stack.contains { $0.isContents }, heading: context))
                stack.append(context)
            case .details(let details):
                placed.append(place(block, summaries: summaries))
                let saved = stack
                flatten(details.children, summaries: summaries + [inline(details.summary).plain])
                stack = saved
            case .quote(let children, _):
                flatten(children, summaries: summaries)
            default:
                placed.append(place(block, summaries: summaries))
            }
        }
    }

    private func place(_ block: MarkdownBlock, summaries: [String]) -> Placed {
        Placed(block: block, headings: stack, summaries: summaries, inContents: stack.contains { $0.isContents })
    }

    private func inline(_ raw: String) -> InlineText {
        InlineText.parse(raw, references: references)
    }

    private static func isContentsTitle(_ plain: String) -> Bool {
        let lower = plain.lowercased().trimmingCharacters { !$0.isLetter }
        return ["table of contents", "contents", "toc", "index"].contains(lower)
    }

    /// A list whose links all point inside the page is a table of contents.
    private func isContentsList(_ list: MarkdownList) -> Bool {
        var links: [InlineLink] = []
        func collect(_ items: [MarkdownListItem]) {
            for item in items {
                links += inline(item.text).links.filter { !$0.isImage }
                for case .list(let nested) in item.children { collect(nested.items) }
            }
        }
        collect(list.items)
        return links.count >= 2 && links.allSatisfy(\.isAnchor)
    }

    // MARK: - Shapes

    private mutating func draft(fallbackTitle: String) -> OutlineDraft {
        var draft = OutlineDraft(
            title: "", titleLine: titleLine ?? 1, description: "", items: [], references: [], shape: .none)
        let titleText = placed.first { $0.heading?.isTitle == true }?.heading?.plain ?? ""
        draft.title = Self.cleanDocumentTitle(titleText.isEmpty ? fallbackTitle : titleText)

        let shapes: [OutlineDraft.Shape] = [.lessonHeadings, .linkedHeadings, .tables, .numberedList, .linkList]
        for shape in shapes {
            let found: [Found]
            switch shape {
            case .lessonHeadings: found = lessonHeadings()
            case .linkedHeadings: found = linkedHeadings()
            case .tables: found = tables()
            case .numberedList: found = listItems(ordered: true)
            case .linkList, .none: found = listItems(ordered: false)
            }
            guard !found.isEmpty else { continue }
            draft.shape = shape
            draft.items = Self.settleModules(found)
            draft.references = found.flatMap(\.references)
            break
        }
        let firstLine = draft.items.first?.line ?? Int.max
        for entry in placed where !entry.inContents && entry.block.line < firstLine {
            guard case .paragraph(let raw, _) = entry.block else { continue }
            let text = inline(raw)
            if Self.isOnlyLinks(text) || Self.terms(in: text.plain) != nil { continue }
            draft.description = text.plain
            break
        }
        return draft
    }

    /// An item with where its module came from (a heading module shared by every item is no module).
    private struct Found {
        var item: OutlineItem
        var moduleFromHeading: Bool
        var references: [String] = []
    }

    private static func settleModules(_ found: [Found]) -> [OutlineItem] {
        let modules = Set(found.map(\.item.module))
        let shared = modules.count == 1 && found.allSatisfy(\.moduleFromHeading)
        return found.map { entry in
            var item = entry.item
            if shared { item.module = "" }
            return item
        }
    }

    /// Headings such as "Lesson 1.2: Prompt engineering" or "Lab 3 - Deploy".
    private func lessonHeadings() -> [Found] {
        let candidates = placed.indices.filter { index in
            guard let heading = placed[index].heading, !placed[index].inContents, !heading.isTitle else { return false }
            return Self.lessonPrefixLength(heading.plain) != nil
        }
        guard let level = Self.mostCommonLevel(candidates.compactMap { placed[$0].heading?.level }) else { return [] }
        return candidates.filter { placed[$0].heading?.level == level }.compactMap { index in
            guard let heading = placed[index].heading else { return nil }
            let title = Self.lessonPrefixLength(heading.plain).map { String(heading.plain.dropFirst($0)) } ?? ""
            return headingItem(at: index, title: title.isEmpty ? heading.plain : title, link: nil)
        }
    }

    /// Headings that are nothing but a link, e.g. `## [01 - Setup](./01-setup/)`.
    private func linkedHeadings() -> [Found] {
        var candidates: [(index: Int, link: InlineLink)] = []
        for (index, entry) in placed.enumerated() {
            guard let heading = entry.heading, !entry.inContents, !heading.isTitle, heading.level >= 2,
                case .heading(let raw) = entry.block
            else { continue }
            let text = inline(raw.text)
            guard let link = text.links.first(where: { !$0.isImage }), !link.isAnchor, !link.url.isEmpty,
                InlineText.collapse(link.text) == text.plain, !text.plain.isEmpty
            else { continue }
            candidates.append((index, link))
        }
        guard candidates.count >= 2,
            let level = Self.mostCommonLevel(candidates.compactMap { placed[$0.index].heading?.level })
        else { return [] }
        return candidates.filter { placed[$0.index].heading?.level == level }.compactMap { candidate in
            headingItem(at: candidate.index, title: candidate.link.text, link: candidate.link)
        }
    }

    private func headingItem(at index: Int, title: String, link: InlineLink?) -> Found? {
        guard let heading = placed[index].heading else { return nil }
        var item = OutlineItem(line: heading.line, title: Self.cleanTitle(title))
        item.link = link ?? inline(headingRaw(at: index)).links.first { !$0.isImage && !$0.isAnchor && !$0.url.isEmpty }
        item.anchor = heading.anchor
        item.evidence = inline(headingRaw(at: index)).links
        var references: [String] = []
        var inObjectives = false
        var plainParts: [String] = [heading.plain]
        var next = index + 1
        while next < placed.count {
            let entry = placed[next]
            if let sub = entry.heading {
                if sub.level <= heading.level { break }
                inObjectives = Self.isObjectivesTitle(sub.plain)
                plainParts.append(sub.plain)
                next += 1
                continue
            }
            switch entry.block {
            case .list(let list) where !isContentsList(list):
                for listItem in list.items {
                    let text = inline(listItem.text)
                    item.evidence += text.links + nestedLinks(listItem.children)
                    plainParts.append(text.plain)
                    if let terms = Self.terms(in: text.plain) {
                        item.terms += terms
                    } else if Self.isReferencesLine(text.plain) {
                        references += Self.addresses(text.links + nestedLinks(listItem.children))
                    } else if inObjectives || Self.readsLikeObjective(text.plain), !text.plain.isEmpty {
                        item.objectives.append(text.plain)
                    }
                }
            case .paragraph(let raw, _):
                let text = inline(raw)
                item.evidence += text.links
                plainParts.append(text.plain)
                if let terms = Self.terms(in: text.plain) {
                    item.terms += terms
                } else if Self.isReferencesLine(text.plain) {
                    references += Self.addresses(text.links)
                } else if item.description.isEmpty, !inObjectives, !Self.isOnlyLinks(text) {
                    item.description = text.plain
                }
            case .html(let raw, _):
                item.evidence += inline(raw).links
            case .table(let table):
                for row in table.rows { item.evidence += row.cells.flatMap { inline($0).links } }
            default:
                break
            }
            next += 1
        }
        item.text = plainParts.joined(separator: " ")
        let module = moduleOf(placed[index])
        item.module = module.text
        return Found(item: item, moduleFromHeading: module.fromHeading, references: references)
    }

    private func headingRaw(at index: Int) -> String {
        if case .heading(let heading) = placed[index].block { return heading.text }
        return ""
    }

    /// The innermost `<details>` summary, else the closest enclosing heading that is not the title.
    private func moduleOf(_ entry: Placed) -> (text: String, fromHeading: Bool) {
        if let summary = entry.summaries.last, !summary.isEmpty { return (summary, false) }
        if let heading = entry.headings.last(where: { !$0.isTitle && !$0.isContents }) {
            return (heading.plain, true)
        }
        return ("", true)
    }

    /// Rows of tables that list lessons: a "Lesson"/"Title"-like column, or links in most rows.
    private func tables() -> [Found] {
        var found: [Found] = []
        for entry in placed where !entry.inContents {
            guard case .table(let table) = entry.block, !table.rows.isEmpty else { continue }
            let header = table.header.map { inline($0).plain.lowercased() }
            let cells = table.rows.map { row in row.cells.map { inline($0) } }
            let named = Self.column(in: header, matching: Self.titleColumns)
            let linked = (0..<header.count).first { column in
                let rows = cells.filter {
                    column < $0.count && $0[column].links.contains { !$0.isImage && !$0.isAnchor }
                }
                return rows.count * 2 >= cells.count
            }
            guard let titleColumn = named ?? linked else { continue }
            let descriptionColumn = Self.column(in: header, matching: Self.descriptionColumns)
            let durationColumn = Self.column(in: header, matching: ["duration", "time", "length", "minutes", "hours"])
            let levelColumn = Self.column(in: header, matching: ["level", "difficulty"])
            let module = moduleOf(entry)
            for rowIndex in table.rows.indices {
                let row = cells[rowIndex]
                guard titleColumn < row.count else { continue }
                let titleCell = row[titleColumn]
                let title = Self.cleanTitle(titleCell.plain)
                guard !title.isEmpty else { continue }
                var item = OutlineItem(line: table.rows[rowIndex].line, title: title)
                item.link =
                    titleCell.links.first { !$0.isImage && !$0.url.isEmpty }
                    ?? row.lazy.flatMap(\.links).first { !$0.isImage && !$0.isAnchor && !$0.url.isEmpty }
                item.evidence = row.flatMap(\.links)
                if let column = descriptionColumn, column < row.count, column != titleColumn {
                    item.description = row[column].plain
                }
                if let column = durationColumn, column < row.count { item.durationText = row[column].plain }
                if let column = levelColumn, column < row.count { item.levelText = row[column].plain }
                item.text = row.map(\.plain).joined(separator: " ")
                item.anchor = entry.headings.last?.anchor
                item.module = module.text
                found.append(Found(item: item, moduleFromHeading: module.fromHeading))
            }
        }
        return found
    }

    private static let titleColumns = [
        "lesson", "title", "session", "lecture", "lab", "module", "chapter", "unit", "topic", "name", "week", "day",
        "part",
    ]
    private static let descriptionColumns = [
        "description", "learning goal", "goal", "summary", "about", "what you", "overview", "content", "objective",
    ]

    /// The first column whose header contains one of the words, trying the words in order.
    private static func column(in header: [String], matching words: [String]) -> Int? {
        for word in words {
            if let index = header.firstIndex(where: { $0.contains(word) }) { return index }
        }
        return nil
    }

    /// Items of numbered lists (`ordered`) or of bulleted lists of links. A one-item bullet
    /// such as `- Case Study -` between numbered lists starts a module.
    private func listItems(ordered: Bool) -> [Found] {
        var found: [Found] = []
        var separator = ""
        for entry in placed where !entry.inContents {
            if entry.heading != nil {
                separator = ""
                continue
            }
            guard case .list(let list) = entry.block, !isContentsList(list) else { continue }
            if ordered && !list.isOrdered {
                if let text = separatorText(list) { separator = text }
                continue
            }
            guard list.isOrdered == ordered else { continue }
            for listItem in list.items {
                guard var item = makeItem(from: listItem, requireLink: !ordered) else { continue }
                item.item.anchor = entry.headings.last?.anchor
                if !separator.isEmpty && entry.summaries.isEmpty {
                    item.item.module = separator
                    item.moduleFromHeading = false
                } else {
                    let module = moduleOf(entry)
                    item.item.module = module.text
                    item.moduleFromHeading = module.fromHeading
                }
                found.append(item)
            }
        }
        return found.count >= 2 ? found : []
    }

    /// The text of a separator list: one short item with no link, written `- Part -` or `- **Part**`.
    private func separatorText(_ list: MarkdownList) -> String? {
        guard list.items.count == 1, let only = list.items.first, only.children.isEmpty else { return nil }
        let raw = only.text.trimmingSpaces()
        let text = inline(raw)
        guard text.links.isEmpty, !text.plain.isEmpty, text.plain.split(separator: " ").count <= 8 else { return nil }
        let dashed = raw.hasSuffix("-") || raw.hasSuffix("–") || raw.hasSuffix("—")
        let bold = raw.hasPrefix("**") && raw.hasSuffix("**")
        guard dashed || bold else { return nil }
        return text.plain.trimmingCharacters { $0 == "-" || $0 == "–" || $0 == "—" || $0 == " " || $0 == ":" }
    }

    private func makeItem(from listItem: MarkdownListItem, requireLink: Bool) -> Found? {
        let text = inline(listItem.text)
        let lines = listItem.text.split(separator: "\n", omittingEmptySubsequences: true)
        let firstLine = inline(lines.first.map(String.init) ?? "")
        let restPlain = inline(lines.dropFirst().joined(separator: "\n")).plain
        var title: String
        var description: String
        var link: InlineLink?
        let startsWithLink = listItem.text.trimmingCharacters { $0 == "*" || $0 == "_" || $0 == " " }.first == "["
        if startsWithLink, let first = firstLine.links.first(where: { !$0.isImage && !$0.url.isEmpty }) {
            title = first.text
            link = first
            let after = firstLine.plain.hasPrefix(first.text) ? String(firstLine.plain.dropFirst(first.text.count)) : ""
            description = Self.joinSentences(Self.trimSeparators(after), restPlain)
        } else {
            if requireLink { return nil }
            let split = Self.splitTitle(firstLine.plain)
            title = split.title
            description = Self.joinSentences(split.rest, restPlain)
            link = firstLine.links.first { !$0.isImage && !$0.isAnchor && !$0.url.isEmpty }
        }
        if requireLink && (link?.isAnchor ?? true) { return nil }
        title = Self.cleanTitle(title)
        guard !title.isEmpty else { return nil }
        var item = OutlineItem(line: listItem.line, title: title)
        item.link = link
        item.description = LessonHints.removingMetadata(description)
        item.evidence = text.links + nestedLinks(listItem.children)
        var references: [String] = []
        var plainParts = [text.plain]
        for child in listItem.children {
            switch child {
            case .list(let list):
                for sub in list.items {
                    let subText = inline(sub.text)
                    plainParts.append(subText.plain)
                    if let terms = Self.terms(in: subText.plain) {
                        item.terms += terms
                    } else if Self.isReferencesLine(subText.plain) {
                        references += Self.addresses(subText.links + nestedLinks(sub.children))
                    } else if !subText.plain.isEmpty, !LessonHints.isOnlyMetadata(subText.plain) {
                        item.objectives.append(subText.plain)
                    }
                }
            case .paragraph(let raw, _):
                let paragraph = inline(raw)
                plainParts.append(paragraph.plain)
                if let terms = Self.terms(in: paragraph.plain) {
                    item.terms += terms
                } else if Self.isReferencesLine(paragraph.plain) {
                    references += Self.addresses(paragraph.links)
                } else if item.description.isEmpty {
                    item.description = paragraph.plain
                }
            default:
                break
            }
        }
        item.text = plainParts.joined(separator: " ")
        return Found(item: item, moduleFromHeading: true, references: references)
    }

    private func nestedLinks(_ blocks: [MarkdownBlock]) -> [InlineLink] {
        var links: [InlineLink] = []
        for block in blocks {
            switch block {
            case .paragraph(let raw, _), .html(let raw, _): links += inline(raw).links
            case .list(let list):
                for item in list.items { links += inline(item.text).links + nestedLinks(item.children) }
            default: break
            }
        }
        return links
    }
}

// MARK: - Text rules

extension OutlineReader {
    /// The number of leading characters that make a "Lesson 1.2:" prefix, or nil when the text
    /// does not start with a lesson word followed by a number.
    static func lessonPrefixLength(_ text: String) -> Int? {
        let words = ["lesson", "lecture", "session", "lab", "class", "episode", "tutorial", "exercise", "step", "day"]
        let characters = Array(text)
        var index = 0
        while index < characters.count, !characters[index].isLetter, !characters[index].isNumber { index += 1 }
        var word = ""
        while index < characters.count, characters[index].isLetter {
            word.append(characters[index])
            index += 1
        }
        guard words.contains(word.lowercased()) else { return nil }
        while index < characters.count, characters[index] == " " { index += 1 }
        guard index < characters.count, characters[index].isNumber else { return nil }
        while index < characters.count, characters[index].isNumber || characters[index] == "." { index += 1 }
        while index < characters.count, " :-–—.)".contains(characters[index]) { index += 1 }
        return index
    }

    static func mostCommonLevel(_ levels: [Int]) -> Int? {
        var counts: [Int: Int] = [:]
        for level in levels { counts[level, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    static func isObjectivesTitle(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["objective", "learning goal", "learning outcome", "you will learn", "you'll learn", "you’ll learn"]
            .contains { lower.contains($0) }
    }

    static func readsLikeObjective(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["learner will", "learners will", "students will", "you will", "participants will", "be able to"]
            .contains { lower.hasPrefix($0) }
    }

    static func isReferencesLine(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["main references", "references", "further reading", "additional resources"].contains {
            lower.hasPrefix($0)
        }
    }

    /// The absolute addresses among links (images excluded), without repeats.
    static func addresses(_ links: [InlineLink]) -> [String] {
        var seen: Set<String> = []
        return links.compactMap { link in
            guard !link.isImage, link.url.lowercased().hasPrefix("http"), seen.insert(link.url).inserted else {
                return nil
            }
            return link.url
        }
    }

    /// The terms of a "Terminology introduced: a, b and c" line, or nil for another line.
    static func terms(in text: String) -> [String]? {
        let lower = text.lowercased()
        let prefixes = ["terminology introduced", "terms introduced", "key terms", "terminology", "glossary", "terms"]
        guard let prefix = prefixes.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = text.dropFirst(prefix.count).drop { $0 == " " }
        guard rest.first == ":" else { return nil }
        var items = rest.dropFirst().split { $0 == "," || $0 == ";" }.map { $0.trimmingSpaces() }
        // "a, b and c": the last item holds two terms.
        if items.count >= 2, let last = items.last, let and = last.range(of: " and ", options: .backwards) {
            items.removeLast()
            items += [String(last[..<and.lowerBound]), String(last[and.upperBound...])]
        }
        return items.map { $0.trimmingCharacters { $0 == "." || $0 == " " } }.filter { !$0.isEmpty }
    }

    static func isOnlyLinks(_ text: InlineText) -> Bool {
        var rest = text.plain
        for link in text.links where !link.text.isEmpty {
            rest = rest.replacingFirst(link.text, with: "")
        }
        return rest.allSatisfy { !$0.isLetter && !$0.isNumber }
    }

    /// "Title - more" or "Title — more" or "Title | more": the title and the rest.
    static func splitTitle(_ text: String) -> (title: String, rest: String) {
        for separator in [" — ", " – ", " - ", " | "] {
            if let range = text.range(of: separator) {
                let title = text[..<range.lowerBound].trimmingSpaces()
                if !title.isEmpty { return (title, String(text[range.upperBound...]).trimmingSpaces()) }
            }
        }
        return (text, "")
    }

    static func trimSeparators(_ text: String) -> String {
        text.trimmingCharacters { " -–—:|,.".contains($0) }
    }

    static func joinSentences(_ first: String, _ second: String) -> String {
        if first.isEmpty { return second }
        if second.isEmpty { return first }
        return first + " " + second
    }

    /// A lesson title without leading symbols, numbering such as `01 -` or `1.`, and a trailing colon.
    static func cleanTitle(_ text: String) -> String {
        var characters = Substring(text.trimmingSpaces())
        characters = characters.drop { !$0.isLetter && !$0.isNumber && !"\"'“‘([`".contains($0) }
        let digits = characters.prefix { $0.isNumber || $0 == "." }
        if !digits.isEmpty, digits.first?.isNumber == true {
            let rest = characters.dropFirst(digits.count)
            let separator = rest.prefix { " :-–—.)".contains($0) }
            let remainder = rest.dropFirst(separator.count)
            // Only a number followed by a separator and more text is numbering ("101 Things" stays).
            if separator.contains(where: { $0 != " " }) || digits.last == ".", !remainder.isEmpty {
                characters = remainder
            }
        }
        return characters.trimmingCharacters { $0 == ":" || $0 == " " }
    }

    /// The outline's own title: a repository name such as `LLMOpsWorkshop` split into words,
    /// and a trailing "Course Outline", "Outline" or "Syllabus" dropped.
    static func cleanDocumentTitle(_ text: String) -> String {
        var title = InlineText.collapse(text)
        if !title.contains(" ") { title = splitCamelCase(title.replacingOccurrences(of: "-", with: " ")) }
        for suffix in [" course outline", " outline", " syllabus", " curriculum"] {
            if title.lowercased().hasSuffix(suffix), title.count > suffix.count {
                title = String(title.dropLast(suffix.count)).trimmingSpaces()
                break
            }
        }
        return title
    }

    /// `LLMOpsWorkshop` → `LLMOps Workshop`: a break before an upper-case letter that follows a lower-case one.
    static func splitCamelCase(_ text: String) -> String {
        var output = ""
        var previous: Character?
        for character in text {
            if let previous, previous.isLowercase, character.isUppercase { output.append(" ") }
            output.append(character)
            previous = character
        }
        return output
    }
}

extension String {
    /// The text without leading and trailing characters that match.
    func trimmingCharacters(while predicate: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !predicate($0) }), let last = lastIndex(where: { !predicate($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

extension Substring {
    func trimmingCharacters(while predicate: (Character) -> Bool) -> String {
        String(self).trimmingCharacters(while: predicate)
    }
}
