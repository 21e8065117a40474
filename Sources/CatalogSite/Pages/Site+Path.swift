import CatalogModel

extension Site {
    /// A learning path page: its steps in order, each with its best lessons.
    ///
    /// - Returns: `nil` when the catalog has no such path.
    package func pathPage(_ id: PathID) -> HTMLPage? {
        guard let path = catalog.path(id) else { return nil }
        let e = HTML.escape
        var main = "<h1>\(e(path.title))</h1>\n"
        if !path.description.isEmpty { main += "<p class=\"lead\">\(e(path.description))</p>\n" }
        if !path.people.isEmpty { main += "<p>By " + path.people.map(personLink).joined(separator: ", ") + "</p>\n" }
        if !path.sourceURL.isEmpty {
            main += "<p><a href=\"\(e(path.sourceURL))\" rel=\"noopener\">The outline this path follows</a></p>\n"
        }
        var module = ""
        main += "<ol class=\"steps\">\n"
        for (step, lessons) in stepLessons(of: id) {
            if step.module != module, !step.module.isEmpty {
                main += "<li class=\"module-heading\" aria-hidden=\"true\"><h2>\(e(step.module))</h2></li>\n"
            }
            module = step.module
            main += "<li class=\"step\">\n<h3>\(e(step.title))</h3>\n" + topicLinks(step.topics) + "\n"
            if !step.objectives.isEmpty {
                main += "<p class=\"objectives-label\">You will be able to:</p>\n<ul class=\"objectives\">"
                main += step.objectives.map { "<li>\(e(Self.objectiveText($0)))</li>" }.joined() + "</ul>\n"
            }
            if lessons.isEmpty {
                main += "<p class=\"gap\">No lesson of the catalog covers this step yet.</p>\n"
            } else {
                main += "<ol class=\"lessons\">\n"
                for (lesson, note) in lessons { main += lessonItem(lesson, note: e(note)) }
                main += "</ol>\n"
            }
            main += "</li>\n"
        }
        main += "</ol>\n"
        return HTMLPage(
            html: document(
                title: path.title,
                summary: path.description.isEmpty ? path.title : path.description,
                path: SitePath.path(id),
                main: main
            )
        )
    }

    /// Every learning path.
    package func pathsPage() -> HTMLPage {
        let e = HTML.escape
        var main = "<h1>Learning paths</h1>\n"
        if catalog.paths.isEmpty { main += "<p>The catalog has no learning path yet.</p>\n" }
        main += "<ul class=\"cards\">\n"
        for path in catalog.paths {
            main += "<li><a href=\"\(e(link(SitePath.path(path.id))))\">\(e(path.title))</a> "
            main += "<span class=\"muted\">\(catalog.steps(of: path.id).count) steps</span>"
            if !path.description.isEmpty { main += "<p class=\"muted\">\(e(path.description))</p>" }
            main += "</li>\n"
        }
        main += "</ul>\n"
        return HTMLPage(
            html: document(
                title: "Learning paths",
                summary: "Syllabi filled with lessons.",
                path: SitePath.paths,
                main: main
            )
        )
    }
}
