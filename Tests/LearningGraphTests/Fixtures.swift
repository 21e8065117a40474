import CatalogModel

/// Builds small catalogs in code for the graph tests.
enum Fixture {
    /// A topic with `broader` and `requires` given as ids.
    static func topic(_ id: String, broader: String? = nil, requires: [String] = [], order: Int? = nil) -> Topic {
        Topic(
            id: TopicID(id),
            name: "Topic \(id)",
            broader: broader.map { TopicID($0) },
            requires: requires.map { TopicID($0) },
            order: order.map { .value($0) } ?? .absent
        )
    }

    /// A course of a kind.
    static func course(_ id: String, kind: CourseKind = .oss, provider: String? = nil) -> Course {
        Course(
            id: CourseID(id),
            title: "Course \(id)",
            provider: provider ?? "Provider \(id)",
            kind: kind,
            url: "https://\(id).example.org/"
        )
    }

    /// A lesson on some topics.
    static func lesson(
        _ id: String,
        course: String,
        order: Int,
        topics: [String],
        format: LessonFormat? = .docs,
        terms: [String] = []
    ) -> Lesson {
        Lesson(
            id: LessonID(id),
            course: CourseID(course),
            order: .value(order),
            title: "Lesson \(id)",
            url: "https://\(course).example.org/\(id)",
            topics: topics.map { TopicID($0) },
            format: format,
            terms: terms
        )
    }
}
