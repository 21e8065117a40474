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

/// A small deterministic random number generator (SplitMix64), so failures reproduce from the seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
