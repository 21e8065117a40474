import CatalogModel
import Testing

@testable import CatalogCheck

@Suite("Ranking: quality scores with reasons")
struct RankingTests {
    private static func lesson(
        _ id: String,
        course: String,
        url: String,
        topics: [String],
        format: LessonFormat?,
        title: String? = nil
    ) -> Lesson {
        Lesson(
            id: LessonID(id),
            course: CourseID(course),
            order: .value(1),
            title: title ?? "Lesson \(id)",
            url: url,
            topics: topics.map { TopicID($0) },
            format: format
        )
    }

    /// A cloud course, an oss project and an independent curriculum, with five lessons.
    private let catalog = Catalog(
        courses: [
            Course(
                id: "azure",
                title: "Azure",
                provider: "Microsoft Azure",
                kind: .cloud,
                url: "https://learn.microsoft.com/azure"
            ),
            Course(
                id: "vllm",
                title: "vLLM",
                provider: "vLLM project",
                kind: .oss,
                url: "https://docs.vllm.ai/en/latest/"
            ),
            Course(
                id: "camp",
                title: "Camp",
                provider: "Some Camp",
                kind: .independent,
                url: "https://camp.example.org/"
            ),
        ],
        lessons: [
            lesson(
                "azure-eval",
                course: "azure",
                url: "https://learn.microsoft.com/azure/eval",
                topics: ["llm-as-judge"],
                format: .docs
            ),
            lesson(
                "azure-flow",
                course: "azure",
                url: "https://github.com/microsoft/promptflow",
                topics: ["prompt-versioning"],
                format: .repo
            ),
            lesson(
                "vllm-lab",
                course: "vllm",
                url: "https://docs.vllm.ai/en/latest/serving.html",
                topics: ["deployment", "tracing"],
                format: .lab
            ),
            lesson(
                "vllm-talk",
                course: "vllm",
                url: "https://www.youtube.com/watch?v=1",
                topics: ["deployment"],
                format: .slides
            ),
            lesson(
                "camp-blog",
                course: "camp",
                url: "https://medium.com/some-post",
                topics: ["evaluation"],
                format: .article,
                title: "Experiment tracking for evals"
            ),
        ],
        topics: [
            Topic(id: "lifecycle", name: "Lifecycle"),
            Topic(id: "evaluation", name: "Evaluation", requires: ["lifecycle"]),
            Topic(id: "llm-as-judge", name: "LLM as judge", broader: "evaluation"),
            Topic(id: "observability", name: "Observability"),
            Topic(id: "tracing", name: "Tracing", broader: "observability"),
            Topic(id: "deployment", name: "Deployment"), Topic(id: "prompt-management", name: "Prompt management"),
            Topic(id: "prompt-versioning", name: "Prompt versioning", broader: "prompt-management"),
        ]
    )

    @Test("the ranking of a small catalog and every reason string are fixed")
    func rankingAndReasons() {
        let scorer = QualityScorer(catalog: catalog)
        let ranked = scorer.ranked(catalog.lessons)
        #expect(ranked.map(\.lesson.id.rawValue) == ["vllm-lab", "azure-flow", "azure-eval", "camp-blog", "vllm-talk"])
        #expect(ranked.map(\.score.total) == [7, 5, 4, 4, 1])
        let reasons = Dictionary(uniqueKeysWithValues: ranked.map { ($0.lesson.id.rawValue, $0.score.reasons) })
        #expect(
            reasons["vllm-lab"] == [
                "+2 primary source: on the course's own site docs.vllm.ai",
                "+2 runnable: format lab",
                "+0 evaluation: not covered",
                "+2 observability: topic tracing",
                "+1 vendor-neutral: oss course",
                "+0 versioning: no versioning or experiments shown",
            ]
        )
        #expect(
            reasons["azure-flow"] == [
                "+2 primary source: canonical repository on github.com of Microsoft Azure",
                "+2 runnable: format repo",
                "+0 evaluation: not covered",
                "+0 observability: not covered",
                "+0 vendor-neutral: vendor-specific cloud course by Microsoft Azure",
                "+1 versioning: topic prompt-versioning",
            ]
        )
        #expect(
            reasons["azure-eval"] == [
                "+2 primary source: on the course's own site learn.microsoft.com",
                "+0 runnable: format docs (read or watched)",
                "+2 evaluation: topic llm-as-judge",
                "+0 observability: not covered",
                "+0 vendor-neutral: vendor-specific cloud course by Microsoft Azure",
                "+0 versioning: no versioning or experiments shown",
            ]
        )
        #expect(
            reasons["camp-blog"] == [
                "+0 primary source: independent material off the course's site, on medium.com",
                "+0 runnable: format article (read or watched)",
                "+2 evaluation: topic evaluation",
                "+0 observability: not covered",
                "+1 vendor-neutral: independent course",
                "+1 versioning: mentions \"experiment\"",
            ]
        )
        #expect(
            reasons["vllm-talk"] == [
                "+1 primary source: linked by vLLM project, hosted on youtube.com",
                "-1 runnable: format slides (slide-only)",
                "+0 evaluation: not covered",
                "+0 observability: not covered",
                "+1 vendor-neutral: oss course",
                "+0 versioning: no versioning or experiments shown",
            ]
        )
    }

    @Test("course scores say which principles a course meets and misses")
    func courses() throws {
        let scorer = QualityScorer(catalog: catalog)
        let azure = scorer.score(try #require(catalog.course("azure")))
        #expect(
            azure.reasons == [
                "+2 primary source: published by Microsoft Azure",
                "+2 runnable: 1 of 2 lessons runnable",
                "+2 evaluation: 1 lesson",
                "-1 observability: no lesson (required)",
                "+0 vendor-neutral: vendor-specific cloud course by Microsoft Azure",
                "+1 versioning: 1 lesson shows versioning or experiments",
            ]
        )
        #expect(azure.total == 6)
        let camp = scorer.score(try #require(catalog.course("camp")))
        #expect(
            camp.scoringReasons == [
                "+2 evaluation: 1 lesson", "-1 observability: no lesson (required)",
                "+1 vendor-neutral: independent course",
                "+1 versioning: 1 lesson shows versioning or experiments",
            ]
        )
        #expect(camp.total == 3)
    }

    @Test("a failing link costs a point, a long-failing one three, a single failure nothing")
    func linkHealth() throws {
        let url = "https://docs.vllm.ai/en/latest/serving.html"
        let lesson = try #require(catalog.lesson("vllm-lab"))
        let cases: [(LinkHealth, Int, String?)] = [
            (.healthy, 0, nil),
            (LinkHealth(consecutiveFailures: 1), 0, "+0 link health: failed the last check once"),
            (
                LinkHealth(consecutiveFailures: 3, lastError: "503"), -1,
                "-1 link health: failed 3 checks in a row, last error 503"
            ),
            (LinkHealth(consecutiveFailures: 9, failingDays: 31), -3, "-3 link health: failing for 31 days (9 checks)"),
        ]
        for (health, points, reason) in cases {
            let score = QualityScorer(catalog: catalog, linkHealth: [url: health]).score(lesson)
            #expect(score.points(for: .linkHealth) == points)
            #expect(score.total == 7 + points)
            #expect(score.components.first { $0.principle == .linkHealth }?.description == reason)
        }
    }

    @Test("weights change points and nothing else")
    func weights() throws {
        var weights = QualityWeights.standard
        weights.runnable = 5
        let lesson = try #require(catalog.lesson("vllm-lab"))
        let score = QualityScorer(catalog: catalog, weights: weights).score(lesson)
        #expect(score.total == 10)
        #expect(score.reasons[1] == "+5 runnable: format lab")
    }

    @Test("site keys tell a course's own pages from other hosts")
    func siteKeys() {
        #expect(SiteKey.key(of: "https://learn.microsoft.com/a") == "microsoft.com")
        #expect(SiteKey.key(of: "https://github.com/huggingface/trl") == "github.com/huggingface")
        #expect(SiteKey.host(of: "HTTPS://www.Example.org:8080/x") == "example.org")
        #expect(SiteKey.host(of: "not a url").isEmpty)
        #expect(SiteKey.key(of: "mailto:x@y").isEmpty)
    }

    @Test("the byte search finds words whatever their case, and nothing else")
    func asciiSearch() {
        let word = Array("experiment".utf8)
        #expect(ASCIISearch.contains("Run an EXPERIMENT today", word: word))
        #expect(ASCIISearch.contains("experiment", word: word))
        #expect(!ASCIISearch.contains("experimen", word: word))
        #expect(!ASCIISearch.contains("Ëxperiment-free zone: expériment", word: word))
        #expect(ASCIISearch.contains("anything", word: []))
    }

    @Test("the byte search reports each word found as its bit, words sharing a first letter included")
    func asciiSearchMask() {
        let search = ASCIISearch(words: ["Version", "vector", "A/B test", "lineage"])
        #expect(search.matches(in: "A VECTOR store") == 0b0010)
        #expect(search.matches(in: "versioned vectors, an a/b TEST") == 0b0111)
        #expect(search.matches(in: "Lineage of every Version, vector and a/b test") == 0b1111)
        #expect(search.matches(in: "vers vect a/b") == 0)
        #expect(search.matches(in: "") == 0)
        // A word at the very end, and one cut off by the end of the text.
        #expect(search.matches(in: "see lineage") == 0b1000)
        #expect(search.matches(in: "see linea") == 0)
    }
}
