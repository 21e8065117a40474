/// The whole catalog as read from its tables: an immutable value with lookups.
///
/// Rows are kept in file order, including rows with problems (checks report them; readers of
/// a valid catalog see only good rows). Lookups answer the first row with an id.
package struct Catalog: Sendable {
    package let courses: [Course]
    package let lessons: [Lesson]
    package let topics: [Topic]
    package let people: [Person]
    package let paths: [LearningPath]
    package let steps: [PathStep]
    /// The tables that were read, with their headers; a missing optional table has no entry.
    package let layouts: [TableKind: TableLayout]

    private let courseIndex: [CourseID: Int]
    private let lessonIndex: [LessonID: Int]
    private let topicIndex: [TopicID: Int]
    private let personIndex: [PersonID: Int]
    private let pathIndex: [PathID: Int]
    private let lessonsOfCourse: [CourseID: [Int]]
    private let stepsOfPath: [PathID: [Int]]

    package init(
        courses: [Course] = [],
        lessons: [Lesson] = [],
        topics: [Topic] = [],
        people: [Person] = [],
        paths: [LearningPath] = [],
        steps: [PathStep] = [],
        layouts: [TableKind: TableLayout] = [:]
    ) {
        self.courses = courses
        self.lessons = lessons
        self.topics = topics
        self.people = people
        self.paths = paths
        self.steps = steps
        self.layouts = layouts
        courseIndex = Self.firstIndex(of: courses, by: \.id)
        lessonIndex = Self.firstIndex(of: lessons, by: \.id)
        topicIndex = Self.firstIndex(of: topics, by: \.id)
        personIndex = Self.firstIndex(of: people, by: \.id)
        pathIndex = Self.firstIndex(of: paths, by: \.id)

        var lessonsOfCourse: [CourseID: [Int]] = [:]
        for (index, lesson) in lessons.enumerated() { lessonsOfCourse[lesson.course, default: []].append(index) }
        for (course, indices) in lessonsOfCourse {
            lessonsOfCourse[course] = indices.sorted {
                Self.orderKey(lessons[$0].order, $0) < Self.orderKey(lessons[$1].order, $1)
            }
        }
        self.lessonsOfCourse = lessonsOfCourse

        var stepsOfPath: [PathID: [Int]] = [:]
        for (index, step) in steps.enumerated() { stepsOfPath[step.path, default: []].append(index) }
        for (path, indices) in stepsOfPath {
            stepsOfPath[path] = indices.sorted {
                Self.orderKey(steps[$0].order, $0) < Self.orderKey(steps[$1].order, $1)
            }
        }
        self.stepsOfPath = stepsOfPath
    }

    package func course(_ id: CourseID) -> Course? { courseIndex[id].map { courses[$0] } }
    package func lesson(_ id: LessonID) -> Lesson? { lessonIndex[id].map { lessons[$0] } }
    package func topic(_ id: TopicID) -> Topic? { topicIndex[id].map { topics[$0] } }
    package func person(_ id: PersonID) -> Person? { personIndex[id].map { people[$0] } }
    package func path(_ id: PathID) -> LearningPath? { pathIndex[id].map { paths[$0] } }

    /// The lessons of a course in learning order (by `order`, then file order).
    package func lessons(of course: CourseID) -> [Lesson] {
        (lessonsOfCourse[course] ?? []).map { lessons[$0] }
    }

    /// The steps of a path in order.
    package func steps(of path: PathID) -> [PathStep] {
        (stepsOfPath[path] ?? []).map { steps[$0] }
    }

    /// The topic that an alias or id names, if any (ids win over aliases; case is ignored for aliases).
    package func topic(named text: String) -> Topic? {
        if let topic = topic(TopicID(text)) { return topic }
        let wanted = text.lowercased()
        return topics.first { topic in topic.aliases.contains { $0.lowercased() == wanted } }
    }

    // Rows with a bad order sort last, then by file position, so the order is total and stable.
    private static func orderKey(_ order: WholeNumber, _ index: Int) -> (Int, Int) {
        (order.value ?? Int.max, index)
    }

    private static func firstIndex<Row, Key: Hashable>(of rows: [Row], by key: KeyPath<Row, Key>) -> [Key: Int] {
        var index: [Key: Int] = [:]
        index.reserveCapacity(rows.count)
        for (position, row) in rows.enumerated() where index[row[keyPath: key]] == nil {
            index[row[keyPath: key]] = position
        }
        return index
    }
}
