import CatalogModel

/// A row made from an outline, with the outline line it came from.
package struct Sourced<Row: Sendable>: Sendable {
    package var row: Row
    /// The outline line (1-based) of the item the row was made from.
    package var line: Int
}

/// The topics suggested for one step or lesson, and the words that led to them.
package struct TopicSuggestion: Hashable, Sendable, Codable {
    /// The outline line of the step or lesson.
    package var line: Int
    package var title: String
    package var topics: [String]
    /// For each topic, the words of the text that named it, e.g. `rag: "RAG", "Retrieval-Augmented Generation"`.
    package var matched: [String]
    /// Whether the evidence was clear (a title or terms match, or several words).
    package var isSure: Bool
}

/// The rows an outline gives, ready to be reviewed and merged into a catalog.
package struct ImportedOutline: Sendable {
    package var mode: OutlineImporter.Mode
    /// The outline's file as diagnostics name it.
    package var file: String
    /// The shape of outline that was recognised.
    package var shape: OutlineDraft.Shape
    package var paths: [Sourced<LearningPath>] = []
    package var steps: [Sourced<PathStep>] = []
    package var courses: [Sourced<Course>] = []
    package var lessons: [Sourced<Lesson>] = []
    package var suggestions: [TopicSuggestion] = []
    /// Problems and unsure guesses, placed at outline lines.
    package var diagnostics: [Diagnostic] = []
    /// How many addresses lost tracking parameters.
    package var trackingRemoved = 0
    /// How many lines had garbled characters repaired.
    package var repairedLines = 0

    /// The tables the rows go to, each as a header and rows of cells in the format's column order.
    package var tables: [(table: TableKind, rows: [[String]])] {
        var result: [(table: TableKind, rows: [[String]])] = []
        func add(_ table: TableKind, _ rows: [[String: String]]) {
            guard !rows.isEmpty else { return }
            let columns = table.columnNames
            result.append((table, [columns] + rows.map { row in columns.map { row[$0] ?? "" } }))
        }
        add(.courses, courses.map { RowCells.cells(of: $0.row) })
        add(.lessons, lessons.map { RowCells.cells(of: $0.row) })
        add(.paths, paths.map { RowCells.cells(of: $0.row) })
        add(.steps, steps.map { RowCells.cells(of: $0.row) })
        return result
    }
}
