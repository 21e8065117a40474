import CatalogModel

extension Site {
    /// A lesson page: link, course, topics, format, objectives, related and next lessons.
    ///
    /// - Returns: `nil` when the catalog has no such lesson.
    package func lessonPage(_ id: LessonID) -> HTMLPage? {
        guard let lesson = catalog.lesson(id) else { return nil }
        let e = HTML.escape
        let course = catalog.course(lesson.course)
        var main = "<nav aria-label=\"Breadcrumb\" class=\"crumbs\"><a href=\"\(e(link(SitePath.home)))\">Home</a>"
        if let course {
            main += " › <a href=\"\(e(link(SitePath.course(course.id))))\">\(e(course.title))</a>"
        }
        main += "</nav>\n<article class=\"lesson\" data-lesson=\"\(e(id.rawValue))\">\n<header>\n"
        main += "<h1>\(e(lesson.title))</h1>\n<p class=\"facts\">"
        if let course { main += kindBadge(course.kind) + " <span>\(e(course.provider))</span>" }
        if let format = lesson.format { main += " <span class=\"badge\">\(e(format.rawValue))</span>" }
        if let level = lesson.level ?? course?.level { main += " <span class=\"badge\">\(e(level.rawValue))</span>" }
        if let access = lesson.access ?? course?.access {
            main += " <span class=\"badge\">\(e(access.rawValue))</span>"
        }
        if let minutes = lesson.minutes.positive { main += " <span>\(minutes) min</span>" }
        main += "</p>\n"
        if !lesson.module.isEmpty { main += "<p class=\"muted\">\(e(lesson.module))</p>\n" }
        main += "</header>\n"
        if !lesson.description.isEmpty { main += "<p class=\"lead\">\(e(lesson.description))</p>\n" }
        main +=
            "<p class=\"actions\"><a class=\"button\" href=\"\(e(lesson.url))\" rel=\"noopener\">Open the lesson</a> "
        main += "<label class=\"done done-big\" hidden><input type=\"checkbox\" data-done=\"\(e(id.rawValue))\" "
        main += "data-topics=\"\(e(lesson.topics.map(\.rawValue).joined(separator: " ")))\" "
        main += "data-title=\"\(e(lesson.title))\"> I have done this lesson</label></p>\n"
        main += linkHealthNote(lesson.url)
        main += "<h2>Topics</h2>\n" + topicLinks(lesson.topics) + "\n"
        if !lesson.objectives.isEmpty {
            main +=
                "<h2>You will be able to</h2>\n<ul>"
                + lesson.objectives.map { "<li>\(e(Self.objectiveText($0)))</li>" }.joined()
                + "</ul>\n"
        }
        if !lesson.terms.isEmpty {
            main += "<h2>Terms</h2>\n<ul class=\"tags\">"
            main += lesson.terms.map {
                "<li><a class=\"tag\" href=\"\(e(link(SitePath.search(text: $0))))\">\(e($0))</a></li>"
            }
            .joined()
            main += "</ul>\n"
        }
        if !lesson.people.isEmpty {
            main += "<p>People: " + lesson.people.map(personLink).joined(separator: ", ") + "</p>\n"
        }
        main += lessonInsights(id)
        main += "</article>\n"
        return HTMLPage(
            html: document(
                title: lesson.title,
                summary: lesson.description.isEmpty ? lesson.title : lesson.description,
                path: SitePath.lesson(id),
                main: main,
                jsonLD: lessonJSONLD(lesson, course: course)
            )
        )
    }

    private func lessonJSONLD(_ lesson: Lesson, course: Course?) -> String {
        var object: [String: JSONLD.Value] = [
            "@context": .string("https://schema.org"), "@type": .string("LearningResource"),
            "name": .string(lesson.title), "url": .string(absolute(SitePath.lesson(lesson.id))),
            "sameAs": .string(lesson.url),
        ]
        if !lesson.description.isEmpty { object["description"] = .string(lesson.description) }
        if let format = lesson.format { object["learningResourceType"] = .string(format.rawValue) }
        if let course {
            object["isPartOf"] = .object([
                "@type": .string("Course"), "name": .string(course.title),
                "url": .string(absolute(SitePath.course(course.id))),
            ])
        }
        if !lesson.terms.isEmpty { object["teaches"] = .array(lesson.terms.map { .string($0) }) }
        return JSONLD.encode(object)
    }
}
