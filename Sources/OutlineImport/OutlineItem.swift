/// One lesson or step found in an outline, before it becomes a row.
package struct OutlineItem: Hashable, Sendable {
    /// The outline line the item starts on (its heading, list item or table row).
    package var line: Int
    package var title: String
    /// The enclosing chapter, part or module; empty when the outline has no modules.
    package var module: String
    package var description: String
    package var objectives: [String]
    package var terms: [String]
    /// The item's own address, when it has a link (first non-image link of its title).
    package var link: InlineLink?
    /// Every link and badge of the item, for guessing its format.
    package var evidence: [InlineLink]
    /// The anchor GitHub gives the item's heading, or the heading it stands under.
    package var anchor: String?
    /// All the item's visible text, to find durations and levels in.
    package var text: String
    /// A duration or level written in a column of their own (tables).
    package var durationText: String
    package var levelText: String

    package init(line: Int, title: String) {
        self.line = line
        self.title = title
        module = ""
        description = ""
        objectives = []
        terms = []
        evidence = []
        text = ""
        durationText = ""
        levelText = ""
    }
}

/// What the reader found in an outline: its title, introduction, items and references.
package struct OutlineDraft: Hashable, Sendable {
    package var title: String
    package var titleLine: Int
    /// The first paragraph that introduces the outline.
    package var description: String
    package var items: [OutlineItem]
    /// Addresses listed under "References" or "Main references".
    package var references: [String]
    /// Which shape of outline was recognised, e.g. `lesson headings`.
    package var shape: Shape

    /// The shapes of outline the reader recognises, in the order it tries them.
    package enum Shape: String, Hashable, Sendable, Codable {
        case lessonHeadings = "lesson headings"
        case linkedHeadings = "linked headings"
        case tables = "lesson tables"
        case numberedList = "numbered list"
        case linkList = "list of links"
        case none = "nothing recognised"
    }
}
