import CatalogModel
import Foundation
import LearningGraph
import Testing

@testable import CatalogSite

@Suite("Curator's report and heatmap")
struct ReportTests {
    private let catalog = Catalog(
        courses: [
            Course(
                id: "cloudy",
                title: "Cloudy <LLMOps>",
                provider: "Cloud Co",
                kind: .cloud,
                url: "https://cloud.example.org/"
            ),
            Course(
                id: "opensrc",
                title: "Open & Source",
                provider: "Open Project",
                kind: .oss,
                url: "https://open.example.org/"
            ),
        ],
        lessons: [
            Lesson(
                id: "c1",
                course: "cloudy",
                order: .value(1),
                title: "Evaluate",
                url: "https://cloud.example.org/1",
                topics: ["evaluation"],
                format: .docs
            ),
            Lesson(
                id: "o1",
                course: "opensrc",
                order: .value(1),
                title: "Trace it",
                url: "https://open.example.org/1",
                topics: ["tracing"],
                format: .lab
            ),
        ],
        topics: [
            Topic(id: "evaluation", name: "Evaluation", order: .value(1)),
            Topic(id: "observability", name: "Observability", order: .value(2)),
            Topic(id: "tracing", name: "Tracing", broader: "observability"),
        ],
        paths: [LearningPath(id: "p", title: "A path")],
        steps: [
            PathStep(path: "p", order: .value(1), title: "Evals", topics: ["evaluation"]),
            PathStep(path: "p", order: .value(2), title: "Serving", topics: ["deployment"]),
        ]
    )

    private var report: CuratorReport { CuratorReport(graph: LearningGraph(catalog: catalog)) }

    @Test("the HTML report is one self-contained file with the heatmaps inline")
    func html() {
        let html = report.html()
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.contains("Lessons per topic and ecosystem"))
        #expect(html.contains("Cloudy &lt;LLMOps&gt;"))
        #expect(html.contains("course-without-evaluation"))
        #expect(html.contains("uncovered"))
        #expect(html == report.html())
    }

    @Test("the heatmap has axis titles, labels, a legend, hatched gaps and a title per cell")
    func heatmap() {
        let coverage = LearningGraph(catalog: catalog).coverage()
        let svg = Heatmap.svg(
            coverage.byEcosystem,
            title: "Coverage",
            rowAxis: "Topic",
            columnAxis: "Ecosystem",
            id: "t"
        )
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("Ecosystem →"))
        #expect(svg.contains("Topic ↓"))
        #expect(svg.contains(">Open source<"))
        #expect(svg.contains(">Tracing<"))
        #expect(svg.contains("0 (gap)"))
        #expect(svg.contains("url(#t-gap)"))
        #expect(svg.contains("<title>Tracing × Open source: 1 lesson</title>"))
        #expect(svg.contains(Heatmap.palette[0]))
    }

    @Test("heatmap bins cover every count once, at most six of them", arguments: [1, 2, 5, 6, 7, 10, 31, 100, 12_345])
    func bins(maximum: Int) {
        let bins = Heatmap.bins(maximum: maximum)
        #expect(bins.count <= Heatmap.palette.count)
        #expect(bins.first?.lowerBound == 1)
        #expect(bins.last?.upperBound == maximum)
        for (left, right) in zip(bins, bins.dropFirst()) { #expect(left.upperBound + 1 == right.lowerBound) }
    }

    @Test("the Markdown report has totals, the coverage table, gaps and paths")
    func markdown() {
        let markdown = report.markdown()
        #expect(markdown.contains("| 2 | 2 | 1 | 3 | 0 | 1 | 2 |"))
        #expect(markdown.contains("| **Evaluation** | 1 (0) | **0** | **0** |"))
        #expect(markdown.contains("### course-without-observability (1)"))
        #expect(markdown.contains("| 2 | Serving | deployment | **uncovered** |"))
    }

    @Test("the JSON report is deterministic and reads back")
    func json() throws {
        let json = report.json()
        #expect(json == report.json())
        let decoded = try JSONDecoder().decode(CuratorReport.self, from: Data(json.utf8))
        #expect(decoded == report)
        #expect(decoded.paths.first?.coveredSteps == 1)
    }
}
