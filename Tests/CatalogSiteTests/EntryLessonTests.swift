import CatalogModel
import Foundation
import Testing

@testable import CatalogSite

/// The home page's "Start with": an entry point for a newcomer, not simply the best-ranked lesson.
@Suite struct EntryLessonTests {
    private static func lesson(
        _ id: LessonID,
        course: CourseID,
        order: Int,
        topic: TopicID,
        format: LessonFormat,
        level: Level
    ) -> Lesson {
        Lesson(
            id: id,
            course: course,
            order: .value(order),
            title: "Lesson \(id.rawValue)",
            url: "https://example.org/\(id.rawValue)",
            description: "A lesson.",
            topics: [topic],
            format: format,
            level: level
        )
    }

    /// Keeps the lessons whose ids `keep` names, of: an advanced oss lab on a subtopic (the
    /// best-ranked), an introductory oss page on the topic, an introductory independent article
    /// on the subtopic, and an introductory independent article on the topic.
    private static func site(keeping keep: Set<String>) -> Site {
        let lessons = [
            lesson("proj-lab", course: "proj", order: 1, topic: "llm-as-judge", format: .lab, level: .advanced),
            lesson("proj-intro", course: "proj", order: 2, topic: "evaluation", format: .docs, level: .introductory),
            lesson(
                "indie-judge",
                course: "indie",
                order: 1,
                topic: "llm-as-judge",
                format: .article,
                level: .introductory
            ),
            lesson(
                "indie-intro",
                course: "indie",
                order: 2,
                topic: "evaluation",
                format: .article,
                level: .introductory
            ),
        ].filter { keep.contains($0.id.rawValue) }
        let catalog = Catalog(
            courses: [
                Course(id: "proj", title: "Project", provider: "Project", kind: .oss, url: "https://example.org/p"),
                Course(
                    id: "indie",
                    title: "Notes",
                    provider: "Someone",
                    kind: .independent,
                    url: "https://example.org/i"
                ),
            ],
            lessons: lessons,
            topics: [
                Topic(id: "evaluation", name: "Evaluation", order: .value(1)),
                Topic(id: "llm-as-judge", name: "LLM as judge", broader: "evaluation"),
            ]
        )
        return Site(catalog: catalog, baseURL: "https://example.org/")
    }

    @Test("introductory first, then vendor-neutral, then tagged with the topic itself; rank breaks ties")
    func order() {
        let all: Set = ["proj-lab", "proj-intro", "indie-judge", "indie-intro"]
        let site = Self.site(keeping: all)
        // The ranking alone would start a newcomer on the advanced lab.
        #expect(site.index.lessonsByTopic["evaluation"]?.first == "proj-lab")
        #expect(site.entryLesson(of: "evaluation")?.id == "indie-intro")
        #expect(Self.site(keeping: all.subtracting(["indie-intro"])).entryLesson(of: "evaluation")?.id == "indie-judge")
        #expect(Self.site(keeping: ["proj-lab", "proj-intro"]).entryLesson(of: "evaluation")?.id == "proj-intro")
        #expect(Self.site(keeping: ["proj-lab"]).entryLesson(of: "evaluation")?.id == "proj-lab")
        #expect(Self.site(keeping: []).entryLesson(of: "evaluation") == nil)
    }

    @Test("the home page links its entry lesson")
    func homePage() {
        let html = Self.site(keeping: ["proj-lab", "proj-intro"]).homePage().html
        #expect(
            html.contains(
                "Start with <a href=\"/lessons/proj-intro/\">Lesson proj-intro</a> <span class=\"muted\">in Project</span>"
            )
        )
    }

    @Test("a topic lists the lessons mainly about it first, then the better-ranked ones that touch it")
    func mainlyAboutFirst() throws {
        // A runnable quantization lab that checks accuracy ranks above an evaluation article by
        // quality; on the Evaluation page the article comes first, on Deployment the lab.
        let catalog = Catalog(
            courses: [
                Course(id: "proj", title: "Project", provider: "Project", kind: .oss, url: "https://example.org/p")
            ],
            lessons: [
                Lesson(
                    id: "quantize-lab",
                    course: "proj",
                    order: .value(1),
                    title: "Quantize and check accuracy",
                    url: "https://github.com/example/proj/blob/main/quantize.ipynb",
                    description: "A lab.",
                    topics: ["deployment", "llm-as-judge"],
                    format: .notebook,
                    level: .introductory
                ),
                Lesson(
                    id: "eval-article",
                    course: "proj",
                    order: .value(2),
                    title: "What to evaluate",
                    url: "https://example.org/eval",
                    description: "An article.",
                    topics: ["evaluation"],
                    format: .article,
                    level: .introductory
                ),
            ],
            topics: [
                Topic(id: "evaluation", name: "Evaluation", order: .value(1)),
                Topic(id: "llm-as-judge", name: "LLM as judge", broader: "evaluation"),
                Topic(id: "deployment", name: "Deployment", order: .value(2)),
            ]
        )
        let site = Site(catalog: catalog)
        let quality = site.quality
        #expect(try #require(quality["quantize-lab"]) > #require(quality["eval-article"]))
        #expect(site.index.lessonsByTopic["evaluation"] == ["eval-article", "quantize-lab"])
        #expect(site.index.mainlyAboutCount["evaluation"] == 1)
        #expect(site.index.lessonsByTopic["deployment"] == ["quantize-lab"])
        #expect(site.entryLesson(of: "evaluation")?.id == "eval-article")
        let page = try #require(site.topicPage("evaluation")).html
        let article = try #require(page.firstRange(of: "/lessons/eval-article/"))
        let lab = try #require(page.firstRange(of: "/lessons/quantize-lab/"))
        #expect(article.lowerBound < lab.lowerBound)
        #expect(page.contains("Lessons mainly about Evaluation come first"))
        // The lab only touches evaluation: it is listed after a label, numbered on from the article.
        let label = try #require(page.firstRange(of: "<p class=\"touches\">Touching on Evaluation</p>"))
        #expect(article.lowerBound < label.lowerBound && label.lowerBound < lab.lowerBound)
        #expect(page.contains("<ol class=\"lessons\" start=\"2\">"))
        let deployment = try #require(site.topicPage("deployment")).html
        #expect(!deployment.contains("class=\"touches\""))
    }

    @Test("\"what next\" offers a new topic's entry lesson first, then the topic page's best, without repeats")
    func whatNextStartsWithEntry() throws {
        let site = Self.site(keeping: ["proj-lab", "proj-intro", "indie-judge", "indie-intro"])
        let data = try #require(try JSONSerialization.jsonObject(with: Data(site.graphData().utf8)) as? [String: Any])
        let topics = try #require(data["topics"] as? [[String: Any]])
        let evaluation = try #require(topics.first { $0["id"] as? String == "evaluation" })
        let best = try #require(evaluation["best"] as? [[Any]]).compactMap { $0.first as? String }
        let page = try #require(site.index.lessonsByTopic["evaluation"])
        #expect(best.first == site.entryLesson(of: "evaluation")?.id.rawValue)
        #expect(best.count == Site.suggestionsPerTopic && Set(best).count == best.count)
        #expect(
            Array(best.dropFirst())
                == page.map(\.rawValue).filter { $0 != best.first }.prefix(best.count - 1).map { $0 }
        )
    }
}
