import CatalogModel

extension Site {
    /// The coverage page: which topics each ecosystem teaches (the heatmap comes from the report).
    package func coveragePage() -> HTMLPage {
        let e = HTML.escape
        var main = "<h1>Coverage</h1>\n<p class=\"lead\">How many lessons each ecosystem offers per topic; "
        main += "an empty cell is a gap for curators.</p>\n"
        main += "<div class=\"table-wrap\"><table class=\"coverage\">\n<caption>Lessons per topic and ecosystem</caption>\n"
        main += "<thead><tr><th scope=\"col\">Topic</th>"
        for kind in CourseKind.known { main += "<th scope=\"col\">\(e(kind.label))</th>" }
        main += "</tr></thead>\n<tbody>\n"
        for id in coverageRows() {
            let lessons = index.lessonsByTopic[id] ?? []
            main += "<tr><th scope=\"row\">\(topicLink(id))</th>"
            for kind in CourseKind.known {
                let count = lessons.filter { catalog.course(catalog.lesson($0)?.course ?? "")?.kind == kind }.count
                main += count == 0 ? "<td class=\"gap\">0</td>" : "<td>\(count)</td>"
            }
            main += "</tr>\n"
        }
        main += "</tbody>\n</table></div>\n"
        main += coverageInsights()
        return HTMLPage(
            html: document(
                title: "Coverage", summary: "Lessons per topic and ecosystem.", path: SitePath.coverage, main: main))
    }

    /// Topics in tree order, top-level first then their finer topics.
    func coverageRows() -> [TopicID] {
        var rows: [TopicID] = []
        func visit(_ ids: [TopicID], depth: Int) {
            for id in ids where depth < 12 && !rows.contains(id) {
                rows.append(id)
                visit(index.children[id] ?? [], depth: depth + 1)
            }
        }
        visit(index.roots, depth: 0)
        return rows
    }

    /// The heatmap and gaps from the learning graph.
    func coverageInsights() -> String { "" }
}
