import CatalogModel
import LearningGraph

extension Site {
    /// The coverage page: lessons per topic and ecosystem (all, and runnable only), then the gaps.
    package func coveragePage() -> HTMLPage {
        let coverage = graph.coverage()
        var main = "<h1>Coverage</h1>\n<p class=\"lead\">How many lessons each ecosystem offers per topic "
        main += "(a topic counts the lessons of its finer topics); an empty cell is a gap for curators.</p>\n"
        main += coverageTable(coverage.byEcosystem, caption: "Lessons per topic and ecosystem")
        main += coverageTable(
            coverage.runnableByEcosystem,
            caption: "Runnable lessons (labs, notebooks, workshops, repos)"
        )
        main += coverageInsights()
        return HTMLPage(
            html: document(
                title: "Coverage",
                summary: "Lessons per topic and ecosystem.",
                path: SitePath.coverage,
                main: main
            )
        )
    }

    /// A matrix as an accessible table: a header row, one row per topic indented by depth.
    func coverageTable(_ matrix: CoverageMatrix, caption: String) -> String {
        let e = HTML.escape
        let maximum = max(matrix.maximum, 1)
        var html = "<div class=\"table-wrap\"><table class=\"coverage\">\n<caption>\(e(caption))</caption>\n"
        html += "<thead><tr><th scope=\"col\">Topic</th>"
        for label in matrix.columnLabels { html += "<th scope=\"col\">\(e(label))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for (row, id) in matrix.rows.enumerated() {
            let depth = row < matrix.rowDepths.count ? min(matrix.rowDepths[row], 4) : 0
            html += "<tr><th scope=\"row\" class=\"depth-\(depth)\">\(topicLink(TopicID(id)))</th>"
            let counts = row < matrix.counts.count ? matrix.counts[row] : []
            for column in matrix.columns.indices {
                let count = column < counts.count ? counts[column] : 0
                // Five heat levels as classes: no inline style, so the CSP stays strict.
                let level = count == 0 ? 0 : 1 + min(3, count * 4 / (maximum + 1))
                html += count == 0 ? "<td class=\"gap\">0</td>" : "<td class=\"heat-\(level)\">\(count)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }
}
