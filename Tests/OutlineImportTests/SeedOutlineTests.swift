import CatalogModel
import Testing

@testable import OutlineImport

@Suite("The three seed outlines import as learning paths")
struct SeedOutlineTests {
    @Test("LLMOps 101 gives 4 modules and 15 steps, each with objectives and terms")
    func llmops101() throws {
        let imported = try Fixtures.importing(
            "llmops-101-outline.md", sourceURL: "https://github.com/0JCRG0/LLMOps-101")
        #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
        #expect(imported.shape == .lessonHeadings)
        let path = try #require(imported.paths.first)
        #expect(path.row.id == "llmops-101")
        #expect(path.row.title == "LLMOps 101")
        #expect(path.row.sourceURL == "https://github.com/0JCRG0/LLMOps-101")
        #expect(path.row.description.hasPrefix("This project is all about demystifying"))
        #expect(imported.steps.count == 15)
        #expect(Set(imported.steps.map(\.row.module)).count == 4)
        #expect(imported.steps.first?.row.module == "Chapter 1: Introduction to LLMOps")
        #expect(imported.steps.map(\.row.order.value) == Array(1...15))
        for step in imported.steps {
            #expect(!step.row.objectives.isEmpty, "step \(step.row.title) has no objectives")
            #expect(!step.row.terms.isEmpty, "step \(step.row.title) has no terms")
            #expect(!step.row.topics.isEmpty, "step \(step.row.title) has no topics")
            #expect(!step.row.objectives.contains { $0.lowercased().hasPrefix("terminology") })
        }
        let first = imported.steps[0].row
        #expect(first.title == "What, why and who in LLMOps")
        #expect(first.terms == ["LLMOps", "Production environments", "Stakeholders"])
        #expect(first.objectives.count == 3)
        #expect(imported.steps[0].line == 32)
        let lifecycle = imported.steps[1].row
        #expect(
            lifecycle.terms == [
                "LLMOps Lifecycle", "Feedback loops", "Design", "Development", "Deployment", "Monitoring",
            ])
        #expect(lifecycle.topics.contains("lifecycle"))
        let fineTuning = try #require(imported.steps.first { $0.row.title == "Fine-tuning" }?.row)
        #expect(fineTuning.topics.contains("post-training") || fineTuning.topics.contains("lora"))
        let monitoring = try #require(imported.steps.first { $0.row.title == "Monitoring LLMs" }?.row)
        #expect(monitoring.topics.contains("monitoring") || monitoring.topics.contains("observability"))
    }

    @Test("LLM Ops Concepts gives 4 modules and 14 steps with its apostrophe repaired")
    func concepts() throws {
        let imported = try Fixtures.importing("llmops-concepts-outline.md")
        #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
        let path = try #require(imported.paths.first)
        #expect(path.row.id == "llm-ops-concepts")
        #expect(path.row.title == "LLM Ops Concepts")
        #expect(path.row.description.contains("They’ll become familiar"))
        #expect(!path.row.description.contains("â€"))
        #expect(imported.steps.count == 14)
        #expect(Set(imported.steps.map(\.row.module)).count == 4)
        #expect(imported.steps.allSatisfy { $0.row.objectives.count == 1 && !$0.row.topics.isEmpty })
        let repair = try #require(imported.diagnostics.first { $0.code == .mojibake })
        #expect(repair.severity == .warning)
        #expect(repair.location.line == 6)
        #expect(repair.message.contains("\"â€™\" as \"’\""))
        #expect(imported.repairedLines == 1)
    }

    @Test("the workshop gives its 9 numbered sections as steps and keeps the two reference URLs")
    func workshop() throws {
        let imported = try Fixtures.importing("llmops-workshop-outline.md")
        #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
        #expect(imported.shape == .numberedList)
        let path = try #require(imported.paths.first)
        #expect(path.row.id == "llmops-workshop")
        #expect(imported.steps.count == 9)
        #expect(imported.steps[0].row.title == "Introduction about MLOps principles")
        #expect(imported.steps[4].row.title == "Emphasize the importance of two MLOps principles")
        #expect(imported.steps[8].row.title == "Guiding participant to build a RAG application on AWS")
        #expect(
            imported.steps.map(\.row.module) == ["", "", ""] + Array(repeating: "Case Study", count: 5) + [
                "Mini Hackathon"
            ])
        #expect(imported.steps[0].row.objectives.count == 3)
        #expect(imported.steps[8].row.objectives.count == 1)
        #expect(!imported.steps[8].row.objectives.contains { $0.contains("references") })
        let references = [
            "https://mlflow.org/docs/latest/llms/rag/notebooks/mlflow-e2e-evaluation.html",
            "https://pages.awscloud.com/rs/112-TZM-766/images/AWS_FMOps_LLMOps_Operationalise_GenAI_using_MLOps_principles.pdf",
        ]
        for reference in references { #expect(path.row.description.contains(reference)) }
        #expect(imported.steps.first { $0.row.title.contains("RAG") }?.row.topics.contains("rag") == true)
    }

    @Test(
        "every row of the three seeds validates against the real topics",
        arguments: [
            "llmops-101-outline.md", "llmops-concepts-outline.md", "llmops-workshop-outline.md",
        ])
    func validates(_ name: String) throws {
        let imported = try Fixtures.importing(name, sourceURL: "https://github.com/example/outlines/blob/main/\(name)")
        let result = Fixtures.mergeAndCheck(imported, into: try Fixtures.emptyCatalog())
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        let catalog = Fixtures.catalog(result.files)
        #expect(catalog.paths.count == 1)
        #expect(catalog.steps.count == imported.steps.count)
    }

    @Test("every unsure topic suggestion is a warning on the step's line")
    func unsureSuggestionsAreWarnings() throws {
        let imported = try Fixtures.importing("llmops-concepts-outline.md")
        let unsure = imported.suggestions.filter { !$0.isSure }
        #expect(!unsure.isEmpty)
        let warned = Set(imported.diagnostics.filter { $0.code == .topicGuess }.map(\.location.line))
        for suggestion in unsure { #expect(warned.contains(suggestion.line)) }
        for suggestion in imported.suggestions { #expect(!suggestion.matched.isEmpty) }
    }
}
