import CatalogModel

extension Site {
    /// A person page: their courses, lessons and paths.
    ///
    /// - Returns: `nil` when the catalog has no such person.
    package func personPage(_ id: PersonID) -> HTMLPage? {
        guard let person = catalog.person(id) else { return nil }
        let e = HTML.escape
        var main = "<h1>\(e(person.name))</h1>\n"
        if !person.affiliation.isEmpty { main += "<p class=\"lead\">\(e(person.affiliation))</p>\n" }
        if !person.url.isEmpty { main += "<p><a href=\"\(e(person.url))\" rel=\"noopener\">Home page</a></p>\n" }
        let courses = index.coursesByPerson[id] ?? []
        if !courses.isEmpty {
            main += "<h2>Courses</h2>\n<ul>\n"
            for courseID in courses {
                guard let course = catalog.course(courseID) else { continue }
                main +=
                    "<li><a href=\"\(e(link(SitePath.course(courseID))))\">\(e(course.title))</a> \(kindBadge(course.kind))</li>\n"
            }
            main += "</ul>\n"
        }
        let lessons = index.lessonsByPerson[id] ?? []
        if !lessons.isEmpty {
            main += "<h2>Lessons</h2>\n<ol class=\"lessons\">\n"
            for lessonID in lessons { if let lesson = catalog.lesson(lessonID) { main += lessonItem(lesson) } }
            main += "</ol>\n"
        }
        let paths = index.pathsByPerson[id] ?? []
        if !paths.isEmpty {
            main += "<h2>Learning paths</h2>\n<ul>\n"
            for pathID in paths {
                main +=
                    "<li><a href=\"\(e(link(SitePath.path(pathID))))\">\(e(catalog.path(pathID)?.title ?? ""))</a></li>\n"
            }
            main += "</ul>\n"
        }
        var object: [String: JSONLD.Value] = [
            "@context": .string("https://schema.org"), "@type": .string("Person"), "name": .string(person.name),
            "url": .string(absolute(SitePath.person(id))),
        ]
        if !person.url.isEmpty { object["sameAs"] = .string(person.url) }
        if !person.affiliation.isEmpty {
            object["affiliation"] = .object(["@type": .string("Organization"), "name": .string(person.affiliation)])
        }
        return HTMLPage(
            html: document(
                title: person.name,
                summary: "Courses and lessons by \(person.name).",
                path: SitePath.person(id),
                main: main,
                jsonLD: JSONLD.encode(object)
            )
        )
    }

    /// Every person, by name, with what they teach or wrote.
    package func peoplePage() -> HTMLPage {
        let e = HTML.escape
        var main = "<h1>People</h1>\n"
        main += "<p class=\"lead\">The instructors, authors and maintainers the catalog's sources name.</p>\n"
        var seen = Set<PersonID>()
        let people = catalog.people.filter { seen.insert($0.id).inserted }.sorted { left, right in
            left.name.lowercased() != right.name.lowercased()
                ? left.name.lowercased() < right.name.lowercased() : left.id < right.id
        }
        if people.isEmpty { main += "<p>The catalog names no person yet.</p>\n" }
        main += "<ul class=\"cards\">\n"
        for person in people {
            var counts: [String] = []
            let courses = (index.coursesByPerson[person.id] ?? []).count
            let lessons = (index.lessonsByPerson[person.id] ?? []).count
            let paths = (index.pathsByPerson[person.id] ?? []).count
            if courses > 0 { counts.append(Self.counted(courses, "course")) }
            if lessons > 0 { counts.append(Self.counted(lessons, "lesson")) }
            if paths > 0 { counts.append(Self.counted(paths, "path")) }
            main += "<li><a href=\"\(e(link(SitePath.person(person.id))))\">\(e(person.name))</a>"
            if !person.affiliation.isEmpty { main += " <span class=\"muted\">\(e(person.affiliation))</span>" }
            if !counts.isEmpty { main += "<p class=\"muted\">\(counts.joined(separator: " · "))</p>" }
            main += "</li>\n"
        }
        main += "</ul>\n"
        return HTMLPage(
            html: document(
                title: "People",
                summary: "Instructors, authors and maintainers.",
                path: SitePath.people,
                main: main
            )
        )
    }
}
