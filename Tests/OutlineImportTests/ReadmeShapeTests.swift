import CatalogModel
import Testing

@testable import OutlineImport

@Suite("Curriculum READMEs of other shapes import as courses")
struct ReadmeShapeTests {
    private static let tableSource = "https://github.com/example/genaiops-for-beginners/blob/main/README.md"

    @Test("a lessons table with tracking parameters on every link")
    func lessonsTable() throws {
        let imported = try Fixtures.importing("lessons-table.md", as: .course, sourceURL: Self.tableSource)
        #expect(imported.shape == .tables)
        #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
        let lessons = imported.lessons.map(\.row)
        #expect(lessons.count == 6)
        #expect(lessons.map(\.title).first == "Course Setup")
        #expect(
            lessons[1].url == "https://github.com/example/genaiops-for-beginners/blob/main/01-introduction/README.md")
        for lesson in lessons {
            #expect(!lesson.url.contains("WT.mc_id") && !lesson.url.contains("utm_"), "\(lesson.url)")
            #expect(lesson.description.hasPrefix("Learn:") || lesson.description.hasPrefix("Build:"))
            #expect(lesson.module.isEmpty)
        }
        #expect(imported.trackingRemoved == 6)
        #expect(lessons[5].format == .notebook)
        #expect(lessons[0].format == .docs)
        #expect(lessons[3].topics.contains("evaluation") || lessons[3].topics.contains("benchmarks"))
        let course = try #require(imported.courses.first?.row)
        #expect(course.id == "generative-ai-operations-for-beginners")
        #expect(course.url == Self.tableSource)
        #expect(course.provider == "example")
        #expect(course.description.hasPrefix("Six lessons"))
        #expect(!course.topics.isEmpty && course.topics.allSatisfy { Topic.topLevel.contains($0) })
        try expectValid(imported)
    }

    @Test("numbered lessons with durations and levels")
    func numberedLessons() throws {
        let source = "https://bootcamp.example.org/"
        let imported = try Fixtures.importing("numbered-lessons.md", as: .course, id: "llm-bootcamp", sourceURL: source)
        #expect(imported.shape == .numberedList)
        let lessons = imported.lessons.map(\.row)
        #expect(lessons.count == 6)
        #expect(lessons.map(\.minutes.value) == [90, 120, 180, 90, 45, 90])
        #expect(lessons.map(\.level) == [nil, .introductory, .intermediate, nil, .advanced, nil])
        #expect(lessons[2].format == .lab)
        #expect(lessons[4].format == .video)
        #expect(lessons[3].title == "Evaluation with LLM-as-a-judge")
        #expect(lessons[3].url == "https://bootcamp.example.org/#schedule")
        #expect(lessons[5].title == "Monitoring, tracing and cost tracking")
        #expect(lessons.map(\.description) == Array(repeating: "", count: 6))
        #expect(lessons.allSatisfy { $0.id.rawValue.hasPrefix("llm-bootcamp-") })
        try expectValid(imported)
    }

    @Test("H2 headings that are links to folders")
    func linkedHeadings() throws {
        let source = "https://github.com/example/open-llmops-labs/blob/main/README.md"
        let imported = try Fixtures.importing("linked-headings.md", as: .course, sourceURL: source)
        #expect(imported.shape == .linkedHeadings)
        let lessons = imported.lessons.map(\.row)
        #expect(
            lessons.map(\.title) == [
                "Serving open models with vLLM", "Tracing with OpenTelemetry", "Guardrails and red teaming",
            ])
        #expect(lessons[0].url == "https://github.com/example/open-llmops-labs/blob/main/labs/01-serving-vllm/")
        #expect(lessons[2].url == "https://github.com/example/open-llmops-labs/blob/main/labs/03%20guardrails/")
        #expect(lessons.map(\.format) == [.notebook, .lab, .lab])
        #expect(lessons[1].description == "Instrument a RAG application and read its traces.")
        #expect(lessons[1].topics.contains("tracing"))
        try expectValid(imported)
    }

    @Test("a <details>-wrapped part gives its summary as the module")
    func detailsParts() throws {
        let imported = try Fixtures.importing(
            "details-parts.md", as: .course, sourceURL: "https://practical-llmops.example.com/")
        let lessons = imported.lessons.map(\.row)
        #expect(lessons.count == 4)
        #expect(lessons.map(\.module) == ["Part 1: Build", "Part 1: Build", "Part 2: Operate", "Part 2: Operate"])
        #expect(lessons[0].url == "https://practical-llmops.example.com/part-1/prompts?ref=nav")
        #expect(lessons.map(\.minutes.value) == [45, 60, 30, 40])
        #expect(lessons[2].topics.contains("monitoring") || lessons[2].topics.contains("drift"))
        try expectValid(imported)
    }

    @Test("the same README imports as a path too", arguments: ["lessons-table.md", "details-parts.md"])
    func asPath(_ name: String) throws {
        let imported = try Fixtures.importing(name)
        #expect(imported.steps.count == 6 || imported.steps.count == 4)
        try expectValid(imported)
    }

    @Test("a lesson without a link and without a source address is an error on its line")
    func missingAddress() throws {
        let imported = try Fixtures.importing("numbered-lessons.md", as: .course)
        let errors = imported.diagnostics.filter { $0.code == .noAddress }
        #expect(errors.map(\.location.line).contains(10))
        #expect(errors.allSatisfy { $0.severity == .error })
    }

    private func expectValid(_ imported: ImportedOutline, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        let result = Fixtures.mergeAndCheck(imported, into: try Fixtures.emptyCatalog())
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)", sourceLocation: sourceLocation)
        let catalog = Fixtures.catalog(result.files)
        #expect(
            catalog.lessons.count + catalog.steps.count == imported.lessons.count + imported.steps.count,
            sourceLocation: sourceLocation)
    }
}
