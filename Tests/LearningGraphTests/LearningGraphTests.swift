import CatalogCheck
import CatalogModel
import Testing

@testable import LearningGraph

@Suite("Learning graph: next, related, path steps and coverage")
struct LearningGraphTests {
    /// Two topic trees, a cloud and an oss course, and a path of three steps.
    private let catalog = Catalog(
        courses: [
            Fixture.course("cloudy", kind: .cloud, provider: "Cloud Co"),
            Fixture.course("opensrc", kind: .oss, provider: "Open Project"),
        ],
        lessons: [
            Fixture.lesson("cloudy-intro", course: "cloudy", order: 1, topics: ["lifecycle"]),
            Fixture.lesson(
                "cloudy-eval",
                course: "cloudy",
                order: 2,
                topics: ["evaluation"],
                terms: ["Golden dataset"]
            ),
            Fixture.lesson("cloudy-judge", course: "cloudy", order: 3, topics: ["llm-as-judge"], format: .lab),
            Fixture.lesson("open-judge", course: "opensrc", order: 1, topics: ["llm-as-judge"], format: .notebook),
            Fixture.lesson(
                "open-eval",
                course: "opensrc",
                order: 2,
                topics: ["evaluation"],
                format: .slides,
                terms: ["golden dataset"]
            ),
            Fixture.lesson("open-trace", course: "opensrc", order: 3, topics: ["tracing"], format: .lab),
        ],
        topics: [
            Fixture.topic("lifecycle", order: 1), Fixture.topic("evaluation", requires: ["lifecycle"], order: 2),
            Fixture.topic("observability", requires: ["lifecycle"], order: 3),
            Fixture.topic("llm-as-judge", broader: "evaluation"), Fixture.topic("tracing", broader: "observability"),
            Fixture.topic("drift", broader: "observability", requires: ["tracing"]),
        ],
        paths: [LearningPath(id: "p", title: "Path")],
        steps: [
            PathStep(
                path: "p",
                order: .value(1),
                title: "Judges",
                terms: ["golden dataset"],
                topics: ["evaluation"],
                lessons: ["open-eval"]
            ),
            PathStep(path: "p", order: .value(2), title: "Drift", topics: ["drift"]),
            PathStep(path: "p", order: .value(3), title: "Tracing basics", topics: ["tracing"]),
        ]
    )

    @Test("next starts with lessons that need nothing and explains its ranking")
    func nextFromScratch() throws {
        let graph = LearningGraph(catalog: catalog)
        let suggestions = graph.next(after: graph.progress(done: []), limit: 10)
        // Only cloudy-intro needs nothing: every other lesson's topics require lifecycle.
        #expect(suggestions.map(\.lesson.id) == ["cloudy-intro"])
        let first = try #require(suggestions.first)
        #expect(first.reasons.first == "+4 new topic: lifecycle")
        #expect(first.newTopics == ["lifecycle"])
        #expect(first.points == NextWeights.newTopic + first.quality.total)
    }

    @Test("next continues a started course and offers newly unlocked lessons")
    func nextAfterIntro() throws {
        let graph = LearningGraph(catalog: catalog)
        let progress = graph.progress(done: ["cloudy-intro"])
        #expect(graph.fringe(progress) == ["evaluation", "observability"])
        let suggestions = graph.next(after: progress, limit: 10)
        let ids = suggestions.map(\.lesson.id)
        #expect(Set(ids) == ["cloudy-eval", "cloudy-judge", "open-judge", "open-eval", "open-trace"])
        let eval = try #require(suggestions.first { $0.lesson.id == "cloudy-eval" })
        #expect(eval.reasons.contains("+3 continues course cloudy after lesson cloudy-intro"))
        #expect(eval.continuesCourse)
        #expect(suggestions.filter(\.continuesCourse).map(\.lesson.id) == ["cloudy-eval"])
        // Runnable lessons outrank slides with the same new topic.
        let openJudge = try #require(ids.firstIndex(of: "open-judge"))
        let openEval = try #require(ids.firstIndex(of: "open-eval"))
        #expect(openJudge < openEval)
        #expect(!ids.contains("cloudy-intro"))
    }

    @Test("a lesson on a finer topic needs the broader topic's prerequisites")
    func lessonPrerequisites() {
        let graph = LearningGraph(catalog: catalog)
        #expect(graph.prerequisites(ofLesson: "cloudy-judge") == ["lifecycle"])
        #expect(graph.prerequisites(ofLesson: "cloudy-intro").isEmpty)
        #expect(!graph.isAvailable("open-trace", for: graph.progress(done: [])))
        #expect(graph.isAvailable("open-trace", for: graph.progress(done: ["lifecycle"])))
    }

    @Test("related lessons come from other ecosystems first, with what they share")
    func related() throws {
        let graph = LearningGraph(catalog: catalog)
        let related = graph.related(to: "cloudy-eval", limit: 5)
        #expect(related.map(\.lesson.id) == ["open-eval", "open-judge"])
        let first = try #require(related.first)
        #expect(first.reasons == ["shares topic evaluation", "shares term \"golden dataset\"", "other ecosystem: oss"])
        #expect(first.points == 6)
        #expect(first.sharedTopics == ["evaluation"] && first.sharedTerms == ["golden dataset"])
        #expect(first.nestedTopics.isEmpty)
        // open-judge names llm-as-judge, a finer form of cloudy-eval's evaluation.
        let judge = try #require(related.last)
        #expect(judge.sharedTopics.isEmpty && judge.nestedTopics == ["llm-as-judge"])
        #expect(related.allSatisfy { $0.otherEcosystem })
        #expect(graph.related(to: "nope").isEmpty)
    }

    @Test("path steps list pinned lessons first, then matches by topic, term and quality")
    func steps() throws {
        let graph = LearningGraph(catalog: catalog)
        let filled = graph.stepLessons(of: "p", limit: 3)
        #expect(filled.count == 3)
        let first = filled[0].lessons
        #expect(first.first?.lesson.id == "open-eval")
        #expect(first.first?.pinned == true)
        #expect(first.dropFirst().first?.lesson.id == "cloudy-eval")
        #expect(first.dropFirst().first?.reasons == ["+3 topic evaluation", "+2 term \"golden dataset\""])
        #expect(first.dropFirst().first?.coveredTopics == ["evaluation"])
        #expect(first.dropFirst().first?.matchedTerms == ["golden dataset"])
        #expect(filled[1].isUncovered)
        #expect(filled[2].lessons.map(\.lesson.id) == ["open-trace"])
    }

    @Test("coverage counts lessons per topic and ecosystem, closed upward, and flags gaps")
    func coverage() {
        let graph = LearningGraph(catalog: catalog)
        let coverage = graph.coverage()
        #expect(
            coverage.byEcosystem.rows == [
                "lifecycle", "evaluation", "llm-as-judge", "observability", "tracing", "drift",
            ]
        )
        #expect(coverage.byEcosystem.count(row: "evaluation", column: "cloud") == 2)
        #expect(coverage.byEcosystem.count(row: "evaluation", column: "oss") == 2)
        #expect(coverage.runnableByEcosystem.count(row: "evaluation", column: "oss") == 1)
        #expect(coverage.byCourse.count(row: "observability", column: "opensrc") == 1)
        let gaps = coverage.gaps.map { "\($0.kind.rawValue) \($0.subject)" }
        #expect(
            gaps == [
                "uncovered-topic drift",
                "no-oss-lab lifecycle",
                "single-vendor lifecycle",
                "single-vendor observability",
                "single-vendor tracing",
                "course-without-observability cloudy",
                "uncovered-step p#2",
            ]
        )
    }

    @Test("failing links lower a lesson's quality")
    func linkHealth() throws {
        let url = "https://opensrc.example.org/open-trace"
        let healthy = LearningGraph(catalog: catalog)
        let failing = LearningGraph(
            catalog: catalog,
            linkHealth: [url: LinkHealth(consecutiveFailures: 5, failingDays: 40, lastError: "404")]
        )
        let before = try #require(healthy.quality(of: "open-trace"))
        let after = try #require(failing.quality(of: "open-trace"))
        #expect(after.total == before.total - 3)
        #expect(after.reasons.last == "-3 link health: failing for 40 days (5 checks, last error 404)")
    }
}
