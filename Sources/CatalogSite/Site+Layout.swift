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
        var html = ""
        html.reserveCapacity(chrome.size + main.utf8.count + (jsonLD?.utf8.count ?? 0) + 1024)
        html += chrome.start
        HTML.append(title, to: &html)
        html += " · \(Self.name)</title>\n<meta name=\"description\" content=\""
        // A character prefix walks graphemes; text of 300 bytes or less has at most 300 characters.
        HTML.append(summary.utf8.count <= 300 ? summary : String(summary.prefix(300)), to: &html)
        html += "\">\n"
        if !baseURL.isEmpty {
            html += "<link rel=\"canonical\" href=\""
            HTML.append(absolute(path), to: &html)
            html += "\">\n"
        }
        html += chrome.assets
        if let jsonLD {
            html += "<script type=\"application/ld+json\">"
            html += jsonLD
            html += "</script>\n"
        }
        html += chrome.bodyStart
        for item in chrome.navigation { html += path == item.target ? item.current : item.plain }
        html += chrome.afterNavigation
        html += main
        html += chrome.end
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

    /// One lesson as a list item: title link, course and format; the script adds a "done" checkbox.
    ///
    /// - Parameter note: HTML (already escaped) shown under the item.
    /// - Parameter linkBadge: whether to mark a lesson whose link is broken or failing.
    func lessonItem(_ lesson: Lesson, showCourse: Bool = true, note: String = "", linkBadge: Bool = false) -> String {
        var html = lessonItemStart(lesson, showCourse: showCourse, linkBadge: linkBadge)
        Self.finishLessonItem(&html, note: note)
        return html
    }

    /// Appends a suggested lesson (related, next) as a list item, from the cache when it holds it.
    func appendSuggestion(_ lesson: Lesson, note: String, to html: inout String) {
        html += suggestionItems[lesson.id] ?? lessonItemStart(lesson, showCourse: true)
        Self.finishLessonItem(&html, note: note)
    }

    /// A lesson item up to its note: the part that depends on the lesson only.
    func lessonItemStart(_ lesson: Lesson, showCourse: Bool, linkBadge: Bool = false) -> String {
        let id = HTML.escape(lesson.id.rawValue)
        let title = HTML.escape(lesson.title)
        var html = ""
        html.reserveCapacity(384 + title.utf8.count)
        // The script adds the "done" checkbox from these attributes: without script it could
        // not work, so it is not sent (most of a lesson page is such items).
        html += "<li class=\"lesson-item\" data-lesson=\"\(id)\" data-topics=\""
        for (position, topic) in lesson.topics.enumerated() {
            if position > 0 { html += " " }
            HTML.append(topic.rawValue, to: &html)
        }
        html += "\"><a href=\""
        HTML.append(link(SitePath.lesson(lesson.id)), to: &html)
        html += "\">\(title)</a>"
        var facts = 0
        func fact(_ text: String) {
            html += facts == 0 ? " <span class=\"facts\">" : " "
            html += text
            facts += 1
        }
        if showCourse, let course = catalog.course(lesson.course) {
            fact(
                "<a class=\"muted\" href=\"\(HTML.escape(link(SitePath.course(course.id))))\">\(HTML.escape(course.title))</a>"
            )
        }
        if let format = lesson.format { fact("<span class=\"badge\">\(HTML.escape(format.rawValue))</span>") }
        if let minutes = lesson.minutes.positive { fact("<span class=\"muted\">\(minutes) min</span>") }
        if linkBadge, let badge = self.linkBadge(lesson.url) { fact(badge) }
        if facts > 0 { html += "</span>" }
        return html
    }

    /// Ends a lesson item started by ``lessonItemStart(_:showCourse:)``.
    static func finishLessonItem(_ html: inout String, note: String) {
        if !note.isEmpty { html += "<div class=\"note\">\(note)</div>" }
        html += "</li>\n"
    }

    /// The kind of a course as a badge.
    func kindBadge(_ kind: CourseKind?) -> String {
        guard let kind else { return "" }
        return "<span class=\"badge kind-\(HTML.escape(kind.rawValue))\">\(HTML.escape(kind.label))</span>"
    }
}
