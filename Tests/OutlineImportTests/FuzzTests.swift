import CatalogModel
import CatalogTestSupport
import Testing

@testable import OutlineImport

@Suite("Arbitrary input never crashes the importer")
struct FuzzTests {
    /// Pieces of Markdown that outlines use, glued at random so structures nest and break.
    private static let pieces = [
        "# ", "## ", "### Lesson 1.", "- ", "  - ", "    - ", "1. ", "10) ", "* ", "> ", "| a | b |\n", "|---|---|\n",
        "| [x](./y) | z |\n", "<details>", "<summary>", "</summary>", "</details>", "```", "~~~", "<!--", "-->", "[",
        "]",
        "(", ")", "![", "](", "[ref]: ", "https://", "www.", "#anchor", "**", "__", "_", "`", "\\", "<a href=\"", "\">",
        "</a>", "<img src=", "Terminology introduced: a, b and c", "Learning Objectives:", "Level: advanced", "1.5h",
        "â€™", "Ã©", "\t", "\n", "\n\n", "\r\n", "\r", " ", "text", "Chapter 1", "---", "===", "- Case Study -",
        "\u{0}",
        "é", "🌱", "\u{FEFF}",
    ]

    @Test("random Markdown imports in both modes without crashing", arguments: 0..<40)
    func randomMarkdown(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &* 7919)
        let topics = try Fixtures.topics()
        var text = ""
        for _ in 0..<Int.random(in: 1...400, using: &generator) {
            text += Self.pieces.randomElement(using: &generator) ?? ""
        }
        try run(Array(text.utf8), topics: topics)
    }

    @Test("random bytes import without crashing", arguments: 0..<40)
    func binaryJunk(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 0xDEAD_BEEF)
        let count = Int.random(in: 0...4_000, using: &generator)
        let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try run(bytes, topics: try Fixtures.topics())
    }

    @Test("mutated seed outlines import without crashing", arguments: 0..<20)
    func mutatedSeeds(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 42)
        let names = ["llmops-101-outline.md", "llmops-workshop-outline.md", "lessons-table.md", "details-parts.md"]
        var bytes = try Fixtures.bytes(names[seed % names.count])
        for _ in 0..<Int.random(in: 1...60, using: &generator) where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
            case 1: bytes.remove(at: index)
            default: bytes.insert(contentsOf: Array("\n- [".utf8), at: index)
            }
        }
        try run(bytes, topics: try Fixtures.topics())
    }

    @Test("deep nesting is flattened instead of exhausting the stack")
    func deepNesting() throws {
        let lists = String(repeating: "- ", count: 5_000) + "x"
        let quotes = String(repeating: ">", count: 5_000) + " x"
        let brackets = String(repeating: "[", count: 5_000) + String(repeating: "](u)", count: 5_000)
        let details = String(repeating: "<details>\n", count: 2_000)
        for text in [lists, quotes, brackets, details] { try run(Array(text.utf8), topics: try Fixtures.topics()) }
    }

    private func run(_ bytes: [UInt8], topics: [Topic]) throws {
        for mode in OutlineImporter.Mode.allCases {
            let options = OutlineImporter.Options(
                mode: mode,
                file: "fuzz.md",
                sourceURL: mode == .course ? "https://example.com/a/b.md" : nil
            )
            let imported = OutlineImporter.importOutline(bytes, topics: topics, options: options)
            // Whatever came out can be merged and read back.
            let plan = CatalogMerge.plan(imported, into: try Fixtures.emptyCatalog(), folder: "catalog")
            let catalog = Fixtures.catalog(plan.merged(with: try Fixtures.emptyCatalog()))
            #expect(catalog.steps.count + catalog.lessons.count == imported.steps.count + imported.lessons.count)
            #expect(imported.diagnostics.allSatisfy { $0.location.line >= 1 })
        }
    }
}
