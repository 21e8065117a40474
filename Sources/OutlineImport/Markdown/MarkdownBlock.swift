/// One block of a Markdown document, placed by the line where it starts.
///
/// Only what course outlines and curriculum READMEs use is modelled; inline text is kept raw
/// (see ``InlineText``) so links and badges can be read where they matter.
package indirect enum MarkdownBlock: Hashable, Sendable {
    case heading(MarkdownHeading)
    case paragraph(text: String, line: Int)
    case list(MarkdownList)
    case table(MarkdownTable)
    case details(MarkdownDetails)
    case html(text: String, line: Int)
    case code(line: Int)
    case quote([MarkdownBlock], line: Int)
    case thematicBreak(line: Int)

    /// The line where the block starts (1-based).
    package var line: Int {
        switch self {
        case .heading(let heading): heading.line
        case .paragraph(_, let line), .html(_, let line), .code(let line), .quote(_, let line),
            .thematicBreak(let line):
            line
        case .list(let list): list.line
        case .table(let table): table.line
        case .details(let details): details.line
        }
    }
}

/// An ATX (`## Title`) or setext heading.
package struct MarkdownHeading: Hashable, Sendable {
    /// 1 for `#`, up to 6.
    package var level: Int
    /// The heading's inline text, raw.
    package var text: String
    package var line: Int
}

/// A bulleted or numbered list.
package struct MarkdownList: Hashable, Sendable {
    package var isOrdered: Bool
    package var items: [MarkdownListItem]
    package var line: Int
}

/// One item of a list: its first paragraph and the blocks nested under it.
package struct MarkdownListItem: Hashable, Sendable {
    /// The number written before `.` or `)` in a numbered list.
    package var number: Int?
    /// The raw inline text of the item's first paragraph (lines joined by `\n`).
    package var text: String
    package var line: Int
    package var children: [MarkdownBlock]
}

/// A GitHub pipe table.
package struct MarkdownTable: Hashable, Sendable {
    /// The header cells, raw inline text.
    package var header: [String]
    package var rows: [MarkdownTableRow]
    package var line: Int
}

/// One body row of a pipe table.
package struct MarkdownTableRow: Hashable, Sendable {
    package var cells: [String]
    package var line: Int
}

/// A `<details>` block: its `<summary>` and the Markdown inside.
package struct MarkdownDetails: Hashable, Sendable {
    /// The summary's text with HTML tags removed, raw inline Markdown otherwise.
    package var summary: String
    package var line: Int
    package var children: [MarkdownBlock]
}

/// A parsed Markdown document: its blocks and its link reference definitions.
package struct MarkdownDocument: Hashable, Sendable {
    package var blocks: [MarkdownBlock]
    /// `[label]: url` definitions, keyed by the lower-cased label.
    package var references: [String: String]
}
