import CatalogModel

extension Site {
    /// The home page: the top-level topics as a map of the field, with counts and entry points.
    package func homePage() -> HTMLPage {
        let e = HTML.escape
        var main = "<section class=\"hero\">\n<h1>Learn LLMOps, topic by topic</h1>\n"
        main += "<p class=\"lead\">\(catalog.courses.count) courses and \(catalog.lessons.count) lessons from cloud "
        main += "vendors, open-source communities and independent authors, mapped onto the field.</p>\n</section>\n"
        main += "<section aria-labelledby=\"map-title\">\n<h2 id=\"map-title\">The map of the field</h2>\n"
        main += "<ol class=\"topic-map\">\n"
        for id in index.roots {
            guard let topic = catalog.topic(id) else { continue }
            let lessons = index.lessonsByTopic[id] ?? []
            let courses = index.coursesByTopic[id] ?? []
            main +=
                "<li class=\"topic-card\">\n<h3><a href=\"\(e(link(SitePath.topic(id))))\">\(e(topic.name))</a></h3>\n"
            main += "<p class=\"counts\">\(courses.count) courses · \(lessons.count) lessons</p>\n"
            if !topic.description.isEmpty { main += "<p>\(e(topic.description))</p>\n" }
            let children = index.children[id] ?? []
            if !children.isEmpty { main += "<p class=\"muted\">Includes</p>" + topicLinks(children) + "\n" }
            if let lesson = entryLesson(of: id) {
                main += "<p class=\"entry\">Start with <a href=\"\(e(link(SitePath.lesson(lesson.id))))\">"
                main += "\(e(lesson.title))</a>"
                // Titles such as "Quickstart Guide" need their course to say what they start.
                if let course = catalog.course(lesson.course) {
                    main += " <span class=\"muted\">in \(e(course.title))</span>"
                }
                main += "</p>\n"
            }
            main += "</li>\n"
        }
        main += "</ol>\n</section>\n"
        if !catalog.paths.isEmpty {
            main +=
                "<section aria-labelledby=\"paths-title\">\n<h2 id=\"paths-title\">Learning paths</h2>\n<ul class=\"cards\">\n"
            for path in catalog.paths {
                main += "<li><a href=\"\(e(link(SitePath.path(path.id))))\">\(e(path.title))</a>"
                if !path.description.isEmpty { main += "<p class=\"muted\">\(e(path.description))</p>" }
                main += "</li>\n"
            }
            main += "</ul>\n</section>\n"
        }
        let jsonLD = JSONLD.encode([
            "@context": .string("https://schema.org"), "@type": .string("WebSite"), "name": .string(Self.name),
            "url": .string(absolute(SitePath.home)),
        ])
        return HTMLPage(
            html: document(
                title: "LLMOps learning map",
                summary: "Courses and lessons about LLMOps, mapped by topic.",
                path: SitePath.home,
                main: main,
                jsonLD: jsonLD
            )
        )
    }

    /// The not-found page (status 404).
    package func notFoundPage() -> HTMLPage {
        var main = "<h1>Page not found</h1>\n<p>There is no page at this address. Try the "
        main += "<a href=\"\(HTML.escape(link(SitePath.home)))\">map of topics</a> or a search.</p>\n"
        return HTMLPage(
            status: 404,
            html: document(title: "Not found", summary: "Page not found.", path: "/404.html", main: main)
        )
    }
}
