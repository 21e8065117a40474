import CatalogModel
import CatalogTables
import CatalogTestSupport
import Foundation
import LearningGraph
import Testing

@testable import CatalogSite

/// A link history over the sample catalog's lessons: one per state, with markup in the texts.
private enum SampleLinks {
    static let day = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18
    static let earlier = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21

    static var history: LinkHistory {
        LinkHistory(entries: [
            LinkHistory.Entry(
                url: "https://learn.example.com/azure/1",
                lastChecked: day,
                lastStatus: "200",
                health: .ok
            ),
            LinkHistory.Entry(
                url: "https://learn.example.com/azure/2",
                lastChecked: day,
                lastStatus: "301",
                health: .redirected,
                finalURL: "https://new.example.com/lab?a=1&b=\"<x>\""
            ),
            LinkHistory.Entry(
                url: "https://learn.example.com/azure/3",
                lastChecked: day,
                lastStatus: "<404>",
                health: .broken,
                failingSince: earlier,
                consecutiveFailures: 4
            ),
            LinkHistory.Entry(
                url: "https://hf.example.org/course/1",
                lastChecked: day,
                lastStatus: "timeout",
                health: .transient,
                failingSince: day,
                consecutiveFailures: 1
            ),
        ])
    }
}

@Suite("Link health on the site")
struct SiteLinkHealthTests {
    let site = Site(catalog: WebSample.catalog, links: SampleLinks.history)

    @Test("a working link says so with the day it was checked")
    func ok() throws {
        let html = try #require(site.lessonPage("azure-eval-intro")).html
        #expect(html.contains("<p class=\"link-health link-ok\">Link works (checked 2026-11-18).</p>"))
    }

    @Test("a moved link suggests its final address, escaped")
    func redirected() throws {
        let html = try #require(site.lessonPage("azure-judge-lab")).html
        #expect(html.contains("Link moved permanently (checked 2026-11-18)"))
        #expect(html.contains("href=\"https://new.example.com/lab?a=1&amp;b=&quot;&lt;x&gt;&quot;\""))
        #expect(!html.contains("<x>"))
    }

    @Test("a broken link shows since when, its last answer escaped, and how many checks failed")
    func broken() throws {
        let html = try #require(site.lessonPage("azure-tracing")).html
        #expect(
            html.contains(
                "<p class=\"link-health link-broken\">Link broken since 2026-09-21: last answer &lt;404&gt;, "
                    + "4 failed checks in a row.</p>"
            )
        )
    }

    @Test("a failing link is not called broken yet")
    func failing() throws {
        let html = try #require(site.lessonPage("hf-eval")).html
        #expect(html.contains("Link failing since 2026-11-18: last answer timeout, 1 failed check in a row."))
    }

    @Test("a link never checked says so, also when there is no history at all")
    func unchecked() throws {
        #expect(try #require(site.lessonPage("indie-loop")).html.contains("Link not checked yet."))
        let plain = Site(catalog: WebSample.catalog)
        #expect(try #require(plain.lessonPage("azure-tracing")).html.contains("Link not checked yet."))
    }

    @Test("the course page marks broken and failing lessons only")
    func courseBadges() throws {
        let azure = try #require(site.coursePage("azure-llmops")).html
        #expect(azure.contains("<span class=\"badge link-broken\">link broken</span>"))
        #expect(azure.components(separatedBy: "badge link-").count == 2)  // not the ok or moved lessons
        let hf = try #require(site.coursePage("hf-course")).html
        #expect(hf.contains("<span class=\"badge link-failing\">link failing</span>"))
    }

    @Test("the history lowers a failing lesson's ranking on the site")
    func ranking() {
        let plain = Site(catalog: WebSample.catalog)
        #expect((site.quality["azure-tracing"] ?? 1) <= (plain.quality["azure-tracing"] ?? 0))
        #expect(
            (site.graph.qualityTotal(of: "azure-tracing") ?? 0) < (plain.graph.qualityTotal(of: "azure-tracing") ?? 0)
        )
    }
}

@Suite("Link health in the report")
struct ReportLinkHealthTests {
    let report = CuratorReport(graph: LearningGraph(catalog: WebSample.catalog), links: SampleLinks.history)

    @Test("every lesson whose link is not ok is listed: broken, then failing, then moved")
    func order() {
        #expect(report.linkHealth.lessons.map(\.id) == ["azure-tracing", "hf-eval", "azure-judge-lab"])
        #expect(report.linkHealth.checkedLessons == 4)
        #expect(report.linkHealth.uncheckedLessons == WebSample.catalog.lessons.count - 4)
        let broken = report.linkHealth.lessons[0]
        #expect(broken.failingSince == "2026-09-21T14:13:20Z")
        #expect(broken.consecutiveFailures == 4)
        #expect(report.linkHealth.lessons[2].finalURL == "https://new.example.com/lab?a=1&b=\"<x>\"")
    }

    @Test("among links of the same health, the longest failing comes first, then by id")
    func sameHealth() {
        let history = LinkHistory(entries: [
            LinkHistory.Entry(
                url: "https://hf.example.org/course/2",
                lastChecked: SampleLinks.day,
                lastStatus: "404",
                health: .broken,
                failingSince: SampleLinks.day,
                consecutiveFailures: 3
            ),
            LinkHistory.Entry(
                url: "https://hf.example.org/course/3",
                lastChecked: SampleLinks.day,
                lastStatus: "404",
                health: .broken,
                failingSince: SampleLinks.earlier,
                consecutiveFailures: 3
            ),
            LinkHistory.Entry(
                url: "https://hf.example.org/course/1",
                lastChecked: SampleLinks.day,
                lastStatus: "404",
                health: .broken,
                failingSince: SampleLinks.day,
                consecutiveFailures: 3
            ),
        ])
        let report = CuratorReport(graph: LearningGraph(catalog: WebSample.catalog), links: history)
        #expect(report.linkHealth.lessons.map(\.id) == ["hf-serve", "hf-eval", "hf-judge"])
    }

    @Test("markdown, HTML and JSON carry the section, HTML escaped")
    func formats() throws {
        let markdown = report.markdown()
        #expect(markdown.contains("## Link health"))
        #expect(markdown.contains("4 lessons checked"))
        #expect(markdown.contains("| broken <404> | 2026-09-21T14:13:20Z | 4 |"))
        let html = report.html()
        #expect(html.contains("<section id=\"links\"><h2>Link health</h2>"))
        #expect(html.contains("broken &lt;404&gt;"))
        #expect(!html.contains("<404>"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
        )
        let section = try #require(json["linkHealth"] as? [String: Any])
        #expect((section["lessons"] as? [Any])?.count == 3)
    }

    @Test("without a history every lesson is unchecked and nothing is listed")
    func empty() {
        let report = CuratorReport(graph: LearningGraph(catalog: WebSample.catalog))
        #expect(report.linkHealth.lessons.isEmpty)
        #expect(report.markdown().contains("0 lessons checked"))
    }
}

@Suite("Suggestions on large catalogs")
struct LargeCatalogSuggestionTests {
    /// 102 courses of 100 lessons (above the graph's ceiling), three ecosystems, four topics.
    static let site: Site = {
        let kinds: [CourseKind] = [.cloud, .oss, .independent]
        let topics: [TopicID] = ["evaluation", "tracing", "serving", "prompts"]
        var courses: [Course] = []
        var lessons: [Lesson] = []
        for course in 0..<102 {
            let id = CourseID("c\(course)")
            courses.append(
                Course(
                    id: id,
                    title: "Course \(course)",
                    provider: "P\(course)",
                    kind: kinds[course % 3],
                    url: "https://example.org/\(course)"
                )
            )
            for lesson in 0..<100 {
                lessons.append(
                    Lesson(
                        id: LessonID("c\(course)-\(lesson)"),
                        course: id,
                        order: .value(lesson + 1),
                        title: "Lesson \(lesson)",
                        url: "https://example.org/\(course)/\(lesson)",
                        topics: [topics[(course + lesson) % 4], topics[(course + lesson + 1) % 4]],
                        format: lesson % 2 == 0 ? .lab : .docs
                    )
                )
            }
        }
        let topicRows = topics.enumerated().map { Topic(id: $1, name: $1.rawValue, order: .value($0 + 1)) }
        return Site(catalog: Catalog(courses: courses, lessons: lessons, topics: topicRows))
    }()

    @Test("related lessons come from other courses, other ecosystems first, each with its reason")
    func related() throws {
        let site = Self.site
        #expect(site.catalog.lessons.count > Site.graphSuggestionCeiling)
        let related = site.relatedLessons("c0-0")
        #expect(related.count == Site.suggestionLimit)
        for (lesson, note) in related {
            #expect(lesson.course != "c0")
            #expect(note.hasPrefix("Also on "))
            let kind = try #require(site.catalog.course(lesson.course)?.kind)
            #expect(note.hasSuffix(" · " + kind.label.lowercased()) == (kind != .cloud))
        }
        let page = try #require(site.lessonPage("c0-0")).html
        #expect(page.contains("Related lessons"))
    }

    @Test("after a lesson comes the next one of its course")
    func after() {
        let after = Self.site.lessonsAfter("c5-7")
        #expect(after.first?.0.id == "c5-8")
        #expect(after.first?.1 == "Next in this course")
    }
}
