import CatalogModel
import CatalogSearch

extension Site {
    /// The most values a facet lists.
    static let facetValueLimit = 12

    /// The search page for results computed by the index.
    ///
    /// The static export renders it with `results == nil`: the form only, the browser script fills it.
    package func searchPage(_ results: SearchResults?) -> HTMLPage {
        let e = HTML.escape
        let query = results?.query ?? SearchQuery()
        var main = "<h1>Search lessons</h1>\n"
        main += "<form class=\"search-form\" role=\"search\" action=\"\(e(link(SitePath.search)))\" method=\"get\">\n"
        main += "<label for=\"q\">Words</label>\n"
        main += "<input id=\"q\" name=\"q\" type=\"search\" value=\"\(e(query.text))\" maxlength=\"200\">\n"
        for facet in SearchFacet.allCases {
            if let value = query.filters[facet] {
                main += "<input type=\"hidden\" name=\"\(facet.rawValue)\" value=\"\(e(value))\">\n"
            }
        }
        main += "<button type=\"submit\">Search</button>\n</form>\n"
        guard let results else {
            main += "<div id=\"static-search\" data-index=\"\(e(link(SitePath.searchData)))\">"
            main += "<noscript><p>Searching this copy of the site needs JavaScript; browse by "
            main += "<a href=\"\(e(link(SitePath.topics)))\">topic</a> instead.</p></noscript></div>\n"
            return HTMLPage(
                html: document(title: "Search", summary: "Search lessons.", path: SitePath.search, main: main)
            )
        }
        let filters = query.filters.map { ($0.key.rawValue, $0.value) }
        main += "<div class=\"search-layout\">\n"
        // The navigation depends on the words, the filters and their facet counts only: every
        // page of a search shows the same.
        let key = ([query.text] + filters.sorted { $0.0 < $1.0 }.map { "\($0.0)=\($0.1)" }).joined(separator: "\u{0}")
        main += facetNavigation.markup(for: key) {
            facetNavigationMarkup(query: query, filters: filters, results: results)
        }
        main += "<section class=\"results\" aria-labelledby=\"results-title\">\n"
        main +=
            "<h2 id=\"results-title\" role=\"status\">\(Self.counted(results.total, "lesson"))</h2>\n"
        if let partial = results.partial, results.total > 0 {
            main += "<p class=\"partial\">No lesson has all \(partial.words) words; "
            main += "\(results.total == 1 ? "this one has" : "these have") \(partial.matched) of them.</p>\n"
        }
        if results.hits.isEmpty {
            main += "<p>No lesson matches. Try fewer words or remove a filter.</p>\n"
        } else {
            main += "<ol class=\"lessons\" start=\"\((query.page - 1) * query.pageSize + 1)\">\n"
            for hit in results.hits {
                guard let lesson = catalog.lesson(hit.lesson) else { continue }
                main += lessonItem(
                    lesson,
                    note: lesson.description.isEmpty ? "" : e(Self.excerpt(lesson.description, limit: 200))
                )
            }
            main += "</ol>\n"
        }
        if results.pageCount > 1 {
            main += "<nav class=\"pager\" aria-label=\"Pages\">"
            if query.page > 1 {
                main +=
                    "<a rel=\"prev\" href=\"\(e(link(SitePath.search(text: query.text, filters: filters, page: query.page - 1))))\">Previous</a> "
            }
            main += "<span>Page \(query.page) of \(results.pageCount)</span>"
            if query.page < results.pageCount {
                main +=
                    " <a rel=\"next\" href=\"\(e(link(SitePath.search(text: query.text, filters: filters, page: query.page + 1))))\">Next</a>"
            }
            main += "</nav>\n"
        }
        main += "</section>\n</div>\n"
        let title = query.text.isEmpty ? "Search" : "Search: \(query.text)"
        return HTMLPage(html: document(title: title, summary: "Search lessons.", path: SitePath.search, main: main))
    }

    /// The facet links of a search: each value with its count, the selected ones to remove.
    private func facetNavigationMarkup(
        query: SearchQuery,
        filters: [(String, String)],
        results: SearchResults
    ) -> String {
        let e = HTML.escape
        var nav = "<nav class=\"facets\" aria-label=\"Narrow the results\">\n"
        for facet in SearchFacet.allCases {
            let counts = results.facets[facet] ?? []
            guard !counts.isEmpty else { continue }
            nav += "<section class=\"facet\" aria-labelledby=\"facet-\(facet.rawValue)\">\n"
            nav += "<h2 id=\"facet-\(facet.rawValue)\">\(facet.label)</h2>\n<ul>\n"
            if let selected = query.filters[facet] {
                let others = filters.filter { $0.0 != facet.rawValue }
                nav +=
                    "<li><a class=\"selected\" aria-current=\"true\" href=\"\(e(link(SitePath.search(text: query.text, filters: others))))\">"
                nav += "✕ \(e(facetLabel(facet, selected)))</a></li>\n"
            }
            for count in counts.prefix(Self.facetValueLimit) where query.filters[facet] != count.value {
                let narrowed = filters.filter { $0.0 != facet.rawValue } + [(facet.rawValue, count.value)]
                nav += "<li><a href=\"\(e(link(SitePath.search(text: query.text, filters: narrowed))))\">"
                nav += "\(e(facetLabel(facet, count.value))) <span class=\"count\">\(count.count)</span></a></li>\n"
            }
            nav += "</ul>\n</section>\n"
        }
        nav += "</nav>\n"
        return nav
    }

    /// A facet value as people read it: topic names and vocabulary labels.
    func facetLabel(_ facet: SearchFacet, _ value: String) -> String {
        switch facet {
        case .topic: catalog.topic(TopicID(value))?.name ?? value
        case .kind: CourseKind(rawValue: value).label
        default: value
        }
    }
}
