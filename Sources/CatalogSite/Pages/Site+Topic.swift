import CatalogModel

extension Site {
    /// The most lessons a topic page lists per ecosystem column.
    static let lessonsPerColumn = 12

    /// A topic page: the same topic side by side across ecosystems, subtopics and prerequisites.
    ///
    /// - Returns: `nil` when the catalog has no such topic.
    package func topicPage(_ id: TopicID) -> HTMLPage? {
        guard let topic = catalog.topic(id) else { return nil }
        let e = HTML.escape
        var main = "<nav aria-label=\"Breadcrumb\" class=\"crumbs\"><a href=\"\(e(link(SitePath.home)))\">Home</a>"
        for ancestor in (index.ancestors[id] ?? []).reversed() {
            main += " › <a href=\"\(e(link(SitePath.topic(ancestor))))\">\(e(catalog.topic(ancestor)?.name ?? ""))</a>"
        }
        main += "</nav>\n<h1>\(e(topic.name))</h1>\n"
        if !topic.description.isEmpty { main += "<p class=\"lead\">\(e(topic.description))</p>\n" }
        let lessons = index.lessonsByTopic[id] ?? []
        main += "<p class=\"counts\">\((index.coursesByTopic[id] ?? []).count) courses · \(lessons.count) lessons · "
        main +=
            "<a href=\"\(e(link(SitePath.search(text: "", filters: [("topic", id.rawValue)]))))\">search within</a></p>\n"
        main += "<section aria-labelledby=\"eco-title\">\n<h2 id=\"eco-title\">Across ecosystems</h2>\n"
        main +=
            "<p class=\"muted\">Lessons mainly about \(e(topic.name)) come first, then those touching on it; "
            + "within each, primary, runnable and vendor-neutral material first.</p>\n"
        main += "<div class=\"ecosystems\">\n"
        // One pass sorts the topic's lessons (thousands in a large catalog) into the columns.
        var columns: [CourseKind: [LessonID]] = [:]
        // How many of each column's first lessons are mainly about the topic (they come first).
        var mainCounts: [CourseKind: Int] = [:]
        let mainCount = index.mainlyAboutCount[id] ?? 0
        for (position, lessonID) in lessons.enumerated() {
            guard let kind = index.lessonFacts[lessonID]?.kind else { continue }
            columns[kind, default: []].append(lessonID)
            if position < mainCount { mainCounts[kind, default: 0] += 1 }
        }
        for kind in CourseKind.known {
            let column = columns[kind] ?? []
            main +=
                "<section class=\"ecosystem kind-\(e(kind.rawValue))\" aria-labelledby=\"eco-\(e(kind.rawValue))\">\n"
            main +=
                "<h3 id=\"eco-\(e(kind.rawValue))\">\(e(kind.label)) <span class=\"muted\">(\(column.count))</span></h3>\n"
            if column.isEmpty {
                main += "<p class=\"gap\">No \(e(kind.label.lowercased())) lesson on this topic yet.</p>\n"
            } else {
                let shown = column.prefix(Self.lessonsPerColumn)
                let mainShown = min(mainCounts[kind] ?? 0, shown.count)
                if mainShown > 0 {
                    main += "<ol class=\"lessons\">\n"
                    for lessonID in shown.prefix(mainShown) {
                        if let lesson = catalog.lesson(lessonID) { main += lessonItem(lesson) }
                    }
                    main += "</ol>\n"
                }
                if mainShown < shown.count {
                    // The list goes on numbering where the lessons mainly about the topic ended.
                    main += "<p class=\"touches\">Touching on \(e(topic.name))</p>\n"
                    main += "<ol class=\"lessons\"\(mainShown > 0 ? " start=\"\(mainShown + 1)\"" : "")>\n"
                    for lessonID in shown.dropFirst(mainShown) {
                        if let lesson = catalog.lesson(lessonID) { main += lessonItem(lesson) }
                    }
                    main += "</ol>\n"
                }
                if column.count > Self.lessonsPerColumn {
                    let more = SitePath.search(text: "", filters: [("kind", kind.rawValue), ("topic", id.rawValue)])
                    main += "<p><a href=\"\(e(link(more)))\">All \(column.count) lessons</a></p>\n"
                }
            }
            main += "</section>\n"
        }
        main += "</div>\n</section>\n"
        let children = index.children[id] ?? []
        let unlocks = catalog.topics.filter { $0.requires.contains(id) }.map(\.id)
        if !topic.requires.isEmpty || !children.isEmpty || !unlocks.isEmpty {
            main += "<section aria-labelledby=\"around-title\">\n<h2 id=\"around-title\">Around this topic</h2>\n"
            main += "<dl class=\"around\">\n"
            if !topic.requires.isEmpty { main += "<dt>Learn first</dt><dd>" + topicLinks(topic.requires) + "</dd>\n" }
            if !children.isEmpty { main += "<dt>Subtopics</dt><dd>" + topicLinks(children) + "</dd>\n" }
            if !unlocks.isEmpty { main += "<dt>Leads to</dt><dd>" + topicLinks(unlocks) + "</dd>\n" }
            main += "</dl>\n</section>\n"
        }
        return HTMLPage(
            html: document(
                title: topic.name,
                summary: topic.description.isEmpty ? topic.name : topic.description,
                path: SitePath.topic(id),
                main: main,
                jsonLD: JSONLD.encode([
                    "@context": .string("https://schema.org"), "@type": .string("DefinedTerm"),
                    "name": .string(topic.name), "termCode": .string(id.rawValue),
                    "url": .string(absolute(SitePath.topic(id))),
                ])
            )
        )
    }

    /// Every topic as a tree.
    package func topicsPage() -> HTMLPage {
        var main = "<h1>Topics</h1>\n"
        main += topicTree(index.roots, depth: 0)
        return HTMLPage(
            html: document(title: "Topics", summary: "Every topic of the map.", path: SitePath.topics, main: main)
        )
    }

    private func topicTree(_ ids: [TopicID], depth: Int) -> String {
        guard !ids.isEmpty, depth < 12 else { return "" }
        var html = "<ul class=\"tree\">\n"
        for id in ids {
            let count = (index.lessonsByTopic[id] ?? []).count
            html += "<li>\(topicLink(id)) <span class=\"muted\">\(count) lessons</span>"
            html += topicTree(index.children[id] ?? [], depth: depth + 1)
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }
}
