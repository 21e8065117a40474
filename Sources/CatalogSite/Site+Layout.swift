import CatalogModel

extension Site {
    /// The product's name, shown in titles and the header.
    package static let name = "coursemap"

    /// Wraps a page's main content in the shared document: head, header, search, footer.
    ///
    /// - Parameters:
    ///   - title: the page title (plain text; escaped here).
    ///   - summary: the meta description (plain text).
    ///   - path: the page's own path, for the canonical link and the current navigation item.
    ///   - main: the HTML inside `<main>`.
    ///   - jsonLD: structured data, already encoded as JSON (see ``JSONLD``).
    func document(title: String, summary: String, path: String, main: String, jsonLD: String? = nil) -> String {
        let e = HTML.escape
        var html = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(e(title)) · \(Self.name)</title>\n"
        html += "<meta name=\"description\" content=\"\(e(String(summary.prefix(300))))\">\n"
        if !baseURL.isEmpty { html += "<link rel=\"canonical\" href=\"\(e(absolute(path)))\">\n" }
        html += "<link rel=\"icon\" href=\"data:,\">\n"
        html += "<link rel=\"stylesheet\" href=\"\(e(link(SitePath.stylesheet)))\">\n"
        html += "<script src=\"\(e(link(SitePath.script)))\" defer></script>\n"
        if let jsonLD { html += "<script type=\"application/ld+json\">\(jsonLD)</script>\n" }
        html += "</head>\n<body data-base=\"\(e(pathPrefix))\">\n"
        html += "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
        html += "<header class=\"site-header\">\n<nav aria-label=\"Site\">\n"
        html += "<a class=\"brand\" href=\"\(e(link(SitePath.home)))\">\(Self.name)</a>\n<ul>\n"
        for (label, target) in [
            ("Topics", SitePath.topics), ("Paths", SitePath.paths), ("Coverage", SitePath.coverage),
        ] {
            let current = path == target ? " aria-current=\"page\"" : ""
            html += "<li><a href=\"\(e(link(target)))\"\(current)>\(label)</a></li>\n"
        }
        html += "</ul>\n</nav>\n"
        html += "<form class=\"site-search\" role=\"search\" action=\"\(e(link(SitePath.search)))\" method=\"get\">\n"
        html += "<label for=\"site-q\" class=\"visually-hidden\">Search lessons</label>\n"
        html += "<input id=\"site-q\" name=\"q\" type=\"search\" placeholder=\"Search lessons\" maxlength=\"200\">\n"
        html += "<button type=\"submit\">Search</button>\n</form>\n</header>\n"
        html += "<main id=\"main\" tabindex=\"-1\">\n\(main)</main>\n"
        html += "<aside id=\"next-panel\" class=\"next-panel\" aria-labelledby=\"next-title\" hidden>\n"
        html += "<h2 id=\"next-title\">What next</h2>\n<p class=\"muted\">Based on the lessons you marked done "
        html += "in this browser.</p>\n<ol id=\"next-list\"></ol>\n"
        html += "<p><button type=\"button\" id=\"next-reset\" class=\"link-button\">Forget my progress</button></p>\n"
        html += "</aside>\n"
        html +=
            "<footer class=\"site-footer\">\n<p>\(catalog.courses.count) courses · \(catalog.lessons.count) lessons · "
        html += "\(catalog.topics.count) topics. Built from CSV tables by \(Self.name).</p>\n</footer>\n"
        html += "</body>\n</html>\n"
        return html
    }

    /// A link to a topic, by name.
    func topicLink(_ id: TopicID) -> String {
        let name = catalog.topic(id)?.name ?? id.rawValue
        return "<a class=\"tag\" href=\"\(HTML.escape(link(SitePath.topic(id))))\">\(HTML.escape(name))</a>"
    }

    /// A list of topic links.
    func topicLinks(_ ids: [TopicID]) -> String {
        guard !ids.isEmpty else { return "" }
        return "<ul class=\"tags\">" + ids.map { "<li>\(topicLink($0))</li>" }.joined() + "</ul>"
    }

    /// A link to a person, by name, with their role when given.
    func personLink(_ credit: Credit) -> String {
        let name = catalog.person(credit.person)?.name ?? credit.person.rawValue
        let href = HTML.escape(link(SitePath.person(credit.person)))
        return
            "<a href=\"\(href)\">\(HTML.escape(name))</a> <span class=\"muted\">(\(HTML.escape(credit.role.rawValue)))</span>"
    }

    /// One lesson as a list item: title link, course, format, and the "done" checkbox.
    func lessonItem(_ lesson: Lesson, showCourse: Bool = true, note: String = "") -> String {
        let e = HTML.escape
        var html = "<li class=\"lesson-item\" data-lesson=\"\(e(lesson.id.rawValue))\">"
        html += "<label class=\"done\" hidden><input type=\"checkbox\" data-done=\"\(e(lesson.id.rawValue))\" "
        html += "data-topics=\"\(e(lesson.topics.map(\.rawValue).joined(separator: " ")))\" "
        html +=
            "data-title=\"\(e(lesson.title))\"><span class=\"visually-hidden\">Done: \(e(lesson.title))</span></label>"
        html += "<a href=\"\(e(link(SitePath.lesson(lesson.id))))\">\(e(lesson.title))</a>"
        var facts: [String] = []
        if showCourse, let course = catalog.course(lesson.course) {
            facts.append("<a class=\"muted\" href=\"\(e(link(SitePath.course(course.id))))\">\(e(course.title))</a>")
        }
        if let format = lesson.format { facts.append("<span class=\"badge\">\(e(format.rawValue))</span>") }
        if let minutes = lesson.minutes.positive { facts.append("<span class=\"muted\">\(minutes) min</span>") }
        if !facts.isEmpty { html += " <span class=\"facts\">" + facts.joined(separator: " ") + "</span>" }
        if !note.isEmpty { html += "<div class=\"note\">\(note)</div>" }
        html += "</li>\n"
        return html
    }

    /// The kind of a course as a badge.
    func kindBadge(_ kind: CourseKind?) -> String {
        guard let kind else { return "" }
        return "<span class=\"badge kind-\(HTML.escape(kind.rawValue))\">\(HTML.escape(kind.label))</span>"
    }
}
