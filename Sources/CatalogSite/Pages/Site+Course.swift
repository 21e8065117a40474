import CatalogModel
import LearningGraph

extension Site {
    /// How much of a lesson's description a course page shows under its title.
    static let courseNoteLength = 160

    /// A course page: its lessons in order, grouped by module, its people and structured data.
    ///
    /// - Returns: `nil` when the catalog has no such course.
    package func coursePage(_ id: CourseID) -> HTMLPage? {
        guard let course = catalog.course(id) else { return nil }
        let e = HTML.escape
        let lessons = catalog.lessons(of: id)
        var main = "<nav aria-label=\"Breadcrumb\" class=\"crumbs\"><a href=\"\(e(link(SitePath.home)))\">Home</a> › "
        main += "<a href=\"\(e(link(SitePath.courses)))\">Courses</a> › "
        main += "<span>\(e(course.provider))</span></nav>\n"
        main += "<article class=\"course\">\n<header>\n<h1>\(e(course.title))</h1>\n"
        main += "<p class=\"facts\">\(kindBadge(course.kind)) <span>\(e(course.provider))</span>"
        if let level = course.level { main += " <span class=\"badge\">\(e(level.rawValue))</span>" }
        if let access = course.access { main += " <span class=\"badge\">\(e(access.rawValue))</span>" }
        main += "</p>\n"
        if !course.description.isEmpty { main += "<p class=\"lead\">\(e(course.description))</p>\n" }
        main += "<p><a class=\"button\" href=\"\(e(course.url))\" rel=\"noopener\">Open the course</a></p>\n"
        main += topicLinks(course.topics) + "\n"
        if !course.people.isEmpty {
            main += "<p>People: " + course.people.map(personLink).joined(separator: ", ") + "</p>\n"
        }
        main += "</header>\n"
        main += courseInsights(id)
        main +=
            "<section aria-labelledby=\"lessons-title\">\n<h2 id=\"lessons-title\">Lessons (\(lessons.count))</h2>\n"
        for group in Self.modules(of: lessons) {
            if !group.name.isEmpty { main += "<h3 class=\"module\">\(e(group.name))</h3>\n" }
            main += "<ol class=\"lessons\">\n"
            // Titles such as "FP8 W8A8" say little alone: each lesson shows the start of its description.
            for lesson in group.lessons {
                let note = e(Self.excerpt(lesson.description, limit: Self.courseNoteLength))
                main += lessonItem(lesson, showCourse: false, note: note, linkBadge: true)
            }
            main += "</ol>\n"
        }
        main += "</section>\n</article>\n"
        return HTMLPage(
            html: document(
                title: course.title,
                summary: course.description.isEmpty ? course.title : course.description,
                path: SitePath.course(id),
                main: main,
                jsonLD: courseJSONLD(course, lessons: lessons)
            )
        )
    }

    /// Consecutive lessons of one module; a lesson without module forms a group with an empty name.
    static func modules(of lessons: [Lesson]) -> [(name: String, lessons: [Lesson])] {
        var groups: [(name: String, lessons: [Lesson])] = []
        for lesson in lessons {
            if let last = groups.last, last.name == lesson.module {
                groups[groups.count - 1].lessons.append(lesson)
            } else {
                groups.append((lesson.module, [lesson]))
            }
        }
        return groups
    }

    /// schema.org `Course` with its lessons as `hasPart` and its modules as `syllabusSections`.
    func courseJSONLD(_ course: Course, lessons: [Lesson]) -> String {
        var object: [String: JSONLD.Value] = [
            "@context": .string("https://schema.org"), "@type": .string("Course"), "name": .string(course.title),
            "url": .string(absolute(SitePath.course(course.id))), "sameAs": .string(course.url),
            "provider": .object(["@type": .string("Organization"), "name": .string(course.provider)]),
            "courseCode": .string(course.id.rawValue),
        ]
        if !course.description.isEmpty { object["description"] = .string(course.description) }
        if let level = course.level { object["educationalLevel"] = .string(level.rawValue) }
        object["isAccessibleForFree"] = .string(course.access == .paid ? "false" : "true")
        let topicNames = course.topics.map { JSONLD.Value.string(catalog.topic($0)?.name ?? $0.rawValue) }
        if !topicNames.isEmpty { object["about"] = .array(topicNames) }
        object["hasPart"] = .array(
            lessons.map { lesson in
                var part: [String: JSONLD.Value] = [
                    "@type": .string("LearningResource"), "name": .string(lesson.title), "url": .string(lesson.url),
                ]
                if let format = lesson.format { part["learningResourceType"] = .string(format.rawValue) }
                if let minutes = lesson.minutes.positive { part["timeRequired"] = .string("PT\(minutes)M") }
                return .object(part)
            }
        )
        let sections = Self.modules(of: lessons).filter { !$0.name.isEmpty }
        if !sections.isEmpty {
            object["syllabusSections"] = .array(
                sections.map { group in
                    .object([
                        "@type": .string("Syllabus"), "name": .string(group.name),
                        "description": .string(group.lessons.map(\.title).joined(separator: "; ")),
                    ])
                }
            )
        }
        return JSONLD.encode(object)
    }

    /// Every course, grouped by ecosystem (cloud, open source, independent), best first within
    /// each by the quality principles, with its provider, level, size and main topics.
    package func coursesPage() -> HTMLPage {
        let e = HTML.escape
        let ranked = graph.rankedCourses()
        var groups: [CourseKind?: [Course]] = [:]
        for entry in ranked { groups[entry.course.kind, default: []].append(entry.course) }
        var main = "<h1>Courses</h1>\n"
        main += "<p class=\"lead\">\(ranked.count) courses from cloud vendors and model APIs, "
        main += "open-source projects and independent teachers; within each group, primary, runnable and "
        main += "vendor-neutral material first.</p>\n"
        let kinds: [CourseKind?] =
            CourseKind.known.map { $0 }
            + groups.keys.filter { kind in
                kind.map { !CourseKind.known.contains($0) } ?? true
            }.sorted { ($0?.rawValue ?? "") < ($1?.rawValue ?? "") }
        if groups.isEmpty { main += "<p>The catalog has no course yet.</p>\n" }
        for kind in kinds {
            guard let courses = groups[kind], !courses.isEmpty else { continue }
            let label = kind?.label ?? "Other"
            let anchor = "kind-" + (kind?.rawValue ?? "other")
            main += "<section aria-labelledby=\"\(e(anchor))\">\n"
            main += "<h2 id=\"\(e(anchor))\">\(e(label)) <span class=\"muted\">(\(courses.count))</span></h2>\n"
            main += "<ul class=\"cards\">\n"
            for course in courses {
                let id = course.id
                let lessons = catalog.lessonPositionsByCourse[id]?.count ?? 0
                main += "<li><a href=\"\(e(link(SitePath.course(id))))\">\(e(course.title))</a> "
                main +=
                    "<span class=\"muted\">\(e(course.provider)) · \(Self.counted(lessons, "lesson"))"
                if let level = course.level { main += " · \(e(level.rawValue))" }
                main += "</span>"
                if !course.description.isEmpty {
                    main +=
                        "<p class=\"muted\">\(e(Self.excerpt(course.description, limit: Self.courseNoteLength)))</p>"
                }
                if !course.topics.isEmpty { main += topicLinks(Array(course.topics.prefix(4))) }
                main += "</li>\n"
            }
            main += "</ul>\n</section>\n"
        }
        return HTMLPage(
            html: document(
                title: "Courses",
                summary: "Every course of the catalog, by ecosystem.",
                path: SitePath.courses,
                main: main
            )
        )
    }
}
