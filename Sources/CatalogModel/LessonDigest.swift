/// What a quick pass over the raw rows of `lessons.csv` learnt, for confirming that a large
/// catalog is clean without building 100,000 lesson values.
///
/// The pass is strict: it only vouches for rows that every lesson rule would pass on their
/// own (see `LessonScanner`); what depends on the other tables (does the course exist, does a
/// course teach evaluation) is left to `CatalogChecker.lessonsFit`, from these facts.
package struct LessonDigest: Sendable {
    /// Whether every row passed: well-formed CSV, the header's width, and no finding of any
    /// rule that looks at one lesson (or at lessons alone: duplicate ids and addresses, order
    /// runs). When false the other facts are incomplete and the catalog needs a full check.
    package var rowsPass: Bool
    /// How many lessons the rows hold.
    package var lessonCount: Int
    /// Every topic value of the lessons, each once.
    package var topics: [String]
    /// The topics of each course's lessons (indexes into `topics`), by the course value as written.
    package var topicsByCourse: [String: [Int]]
    /// Every person named in a people cell.
    package var people: Set<String>
    /// Whether a lesson has this id (exact, byte for byte).
    package var containsLesson: @Sendable (String) -> Bool

    package init(
        rowsPass: Bool,
        lessonCount: Int = 0,
        topics: [String] = [],
        topicsByCourse: [String: [Int]] = [:],
        people: Set<String> = [],
        containsLesson: @escaping @Sendable (String) -> Bool = { _ in false }
    ) {
        self.rowsPass = rowsPass
        self.lessonCount = lessonCount
        self.topics = topics
        self.topicsByCourse = topicsByCourse
        self.people = people
        self.containsLesson = containsLesson
    }

    /// The topics of one course's lessons.
    package func topics(of course: String) -> Set<String> {
        Set((topicsByCourse[course] ?? []).map { topics[$0] })
    }

    /// A digest that vouches for nothing.
    package static let failed = LessonDigest(rowsPass: false)
}
