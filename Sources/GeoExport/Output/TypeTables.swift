import CatalogModel

/// One table per Geo type with Geo property names as headers, for the Geo browser's CSV import.
///
/// Relation cells hold the target names joined by `; `, since the browser matches relation
/// cells to existing entities by name. Rows follow the catalog's order.
package enum TypeTables {
    /// File name (e.g. `Course.csv`) to rows, the header first.
    package static func make(_ catalog: Catalog) -> [String: [[String]]] {
        func name(_ text: String) -> String {
            var name = text.trimmingSpaces()
            while name.hasSuffix(".") { name.removeLast() }
            return name
        }
        func description(_ text: String) -> String {
            let text = text.trimmingSpaces()
            return text.isEmpty || text.hasSuffix(".") ? text : text + "."
        }
        func topics(_ ids: [TopicID]) -> String {
            ids.map { name(catalog.topic($0)?.name ?? $0.rawValue) }.joined(separator: "; ")
        }
        func people(_ credits: [Credit], _ role: Role) -> String {
            credits.filter { $0.role == role || (role == .author && !$0.role.isKnown) }
                .map { name(catalog.person($0.person)?.name ?? $0.person.rawValue) }.joined(separator: "; ")
        }
        let peopleHeaders = ["Authors", "Instructors", "Maintainers"]
        func credits(_ list: [Credit]) -> [String] {
            [people(list, .author), people(list, .instructor), people(list, .maintainer)]
        }

        var tables: [String: [[String]]] = [:]
        tables["Topic.csv"] =
            [["Name", "Description", "Broader topics", "Prerequisites"]]
            + catalog.topics.map { topic in
                [
                    name(topic.name), description(topic.description), topic.broader.map { topics([$0]) } ?? "",
                    topics(topic.requires),
                ]
            }
        tables["Person.csv"] =
            [["Name", "Web URL"]] + catalog.people.map { [name($0.name), $0.url.trimmingSpaces()] }
        tables["Course.csv"] =
            [
                ["Name", "Description", "Web URL", "Provider", "Kind", "Level", "Access", "Topics"] + peopleHeaders + [
                    "Lessons"
                ]
            ]
            + catalog.courses.map { course in
                [
                    name(course.title), description(course.description), course.url.trimmingSpaces(),
                    course.provider.trimmingSpaces(), course.kind?.rawValue ?? "", course.level?.rawValue ?? "",
                    course.access?.rawValue ?? "", topics(course.topics),
                ] + credits(course.people) + [
                    catalog.lessons(of: course.id).map { name($0.title) }.joined(separator: "; ")
                ]
            }
        tables["Lesson.csv"] =
            [
                ["Name", "Description", "Web URL", "Format", "Module", "Learning objectives", "Key terms"]
                    + ["Duration (minutes)", "Level", "Access", "Topics"] + peopleHeaders
            ]
            + catalog.lessons.map { lesson in
                [
                    name(lesson.title), description(lesson.description), lesson.url.trimmingSpaces(),
                    lesson.format?.rawValue ?? "", lesson.module.trimmingSpaces(),
                    lesson.objectives.joined(separator: "\n"),
                    lesson.terms.joined(separator: "\n"), lesson.minutes.positive.map(String.init) ?? "",
                    lesson.level?.rawValue ?? "", lesson.access?.rawValue ?? "", topics(lesson.topics),
                ] + credits(lesson.people)
            }
        if !catalog.paths.isEmpty {
            tables["Learning path.csv"] =
                [["Name", "Description", "Web URL", "Steps"] + peopleHeaders]
                + catalog.paths.map { path in
                    [
                        name(path.title), description(path.description), path.sourceURL.trimmingSpaces(),
                        catalog.steps(of: path.id).map { name($0.title) }.joined(separator: "; "),
                    ] + credits(path.people)
                }
        }
        return tables
    }
}
