import CatalogModel
import CatalogTestSupport
import Testing

@testable import CatalogSite

/// Why a suggestion is listed, as a learner reads it: topic names and plain words, no points or ids.
@Suite struct LearnerNoteTests {
    private let site = Site(catalog: WebSample.catalog)

    @Test("a count carries its noun, singular for one")
    func counted() {
        #expect(Site.counted(0, "lesson") == "0 lessons")
        #expect(Site.counted(1, "lesson") == "1 lesson")
        #expect(Site.counted(42, "course") == "42 courses")
    }

    @Test("names are listed as a reader lists them")
    func listed() {
        #expect(Site.listed([]) == "")
        #expect(Site.listed(["A"]) == "A")
        #expect(Site.listed(["A", "B"]) == "A and B")
        #expect(Site.listed(["A", "B", "C"]) == "A, B and C")
    }

    @Test("a long description is cut after a whole word and ends with an ellipsis")
    func excerpt() {
        #expect(Site.excerpt("Short text.", limit: 200) == "Short text.")
        #expect(Site.excerpt("alpha beta, gamma delta", limit: 15) == "alpha beta…")
        #expect(Site.excerpt("alpha beta gamma", limit: 16) == "alpha beta gamma")
        #expect(Site.excerpt("abcdefghijklmnop", limit: 8) == "abcdefg…")
        let long = String(repeating: "word ", count: 100)
        let shown = Site.excerpt(long, limit: 200)
        #expect(shown.count <= 200 && shown.hasSuffix("d…"))
    }

    @Test(
        "an objective loses the outline's preamble and starts with a capital",
        arguments: [
            ("Learner will be able to define what LLMOps means.", "Define what LLMOps means."),
            ("Learners will be able to  list the phases.", "List the phases."),
            ("The learner will be able to explain drift.", "Explain drift."),
            ("learner will be able to ", "learner will be able to "),
            ("Explain why evals matter", "Explain why evals matter"),
            ("Learner will be able to évaluer", "Évaluer"),
        ]
    )
    func objective(_ written: String, _ shown: String) {
        #expect(Site.objectiveText(written) == shown)
    }

    @Test("a related lesson's note names shared topics, terms and the other ecosystem")
    func related() {
        #expect(
            site.relatedNote(topics: ["llm-as-judge", "observability"], nested: [], terms: ["trace"], otherKind: .oss)
                == "Also on LLM as judge and Observability & tracing · shares the term “trace” · open source"
        )
        #expect(site.relatedNote(topics: [], nested: ["llm-as-judge"], terms: [], otherKind: nil) == "On LLM as judge")
        #expect(
            site.relatedNote(topics: ["unknown-topic"], nested: [], terms: [], otherKind: nil)
                == "Also on unknown-topic"
        )
    }

    @Test("a lesson after another says it continues the course and which topics are new")
    func after() {
        #expect(site.afterNote(newTopics: [], continuesCourse: true) == "Next in this course")
        #expect(site.afterNote(newTopics: ["evaluation"], continuesCourse: false) == "New topic: Evaluation")
        #expect(
            site.afterNote(newTopics: ["evaluation", "llm-as-judge"], continuesCourse: true)
                == "Next in this course · new topics: Evaluation and LLM as judge"
        )
        let many: [TopicID] = ["lifecycle", "evaluation", "llm-as-judge", "observability", "deployment"]
        #expect(
            site.afterNote(newTopics: many, continuesCourse: false)
                == "New topics: Lifecycle, Evaluation, LLM as judge and 2 more"
        )
    }

    @Test("a path step's lesson says what it covers or mentions, or that a curator chose it")
    func step() {
        #expect(site.stepNote(pinned: true, topics: ["evaluation"], terms: []) == "Chosen by a curator for this step")
        #expect(
            site.stepNote(pinned: false, topics: ["evaluation"], terms: ["groundedness"])
                == "Covers Evaluation · mentions “groundedness”"
        )
        #expect(site.stepNote(pinned: false, topics: [], terms: ["LLMOps"]) == "Mentions “LLMOps”")
    }

    @Test("lesson and path pages show learners' notes, not the graph's points and ids")
    func pages() throws {
        for lesson in WebSample.catalog.lessons {
            let html = try #require(site.lessonPage(lesson.id)).html
            #expect(!html.contains("shares topic ") && !html.contains("+4 new topic") && !html.contains("+3 continues"))
        }
        for course in WebSample.catalog.courses {
            let html = try #require(site.coursePage(course.id)).html
            for lesson in WebSample.catalog.lessons(of: course.id) where !lesson.description.isEmpty {
                let shown = HTML.escape(Site.excerpt(lesson.description, limit: Site.courseNoteLength))
                #expect(html.contains("<div class=\"note\">\(shown)</div>"))
            }
        }
        let path = try #require(site.pathPage("llmops-101")).html
        #expect(path.contains("Covers Lifecycle") || path.contains("Covers Evaluation"))
        #expect(!path.contains("+3 topic") && !path.contains("+2 term"))
    }
}
