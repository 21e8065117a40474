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
        courseIndex = Self.firstIndex(of: courses) { $0.id }
        topicIndex = Self.firstIndex(of: topics) { $0.id }
        personIndex = Self.firstIndex(of: people) { $0.id }
        pathIndex = Self.firstIndex(of: paths) { $0.id }
        // The two lesson lookups are independent, and large catalogs have many lessons.
        if lessons.count >= 10_000 {
            (lessonIndex, lessonsOfCourse) = Parallel.both(
                { Self.firstIndex(of: lessons) { $0.id } },
                { Self.positionsInOrder(of: lessons, groupedBy: { $0.course }, order: { $0.order }) }
            )
        } else {
            lessonIndex = Self.firstIndex(of: lessons) { $0.id }
            lessonsOfCourse = Self.positionsInOrder(of: lessons, groupedBy: { $0.course }, order: { $0.order })
        }
        stepsOfPath = Self.positionsInOrder(of: steps, groupedBy: { $0.path }, order: { $0.order })
    }

    package func course(_ id: CourseID) -> Course? { courseIndex[id].map { courses[$0] } }
    package func lesson(_ id: LessonID) -> Lesson? { lessonIndex[id].map { lessons[$0] } }
    package func topic(_ id: TopicID) -> Topic? { topicIndex[id].map { topics[$0] } }
    package func person(_ id: PersonID) -> Person? { personIndex[id].map { people[$0] } }
    package func path(_ id: PathID) -> LearningPath? { pathIndex[id].map { paths[$0] } }

    /// Whether a row has the id (cheaper than fetching the row when only membership matters).
    package func contains(_ id: CourseID) -> Bool { courseIndex[id] != nil }
    package func contains(_ id: LessonID) -> Bool { lessonIndex[id] != nil }
    package func contains(_ id: TopicID) -> Bool { topicIndex[id] != nil }
    package func contains(_ id: PersonID) -> Bool { personIndex[id] != nil }
    package func contains(_ id: PathID) -> Bool { pathIndex[id] != nil }

    /// The position in `lessons` of the first lesson with the id.
    package func position(of id: LessonID) -> Int? { lessonIndex[id] }
    /// The position in `courses` of the first course with the id.
    package func position(of id: CourseID) -> Int? { courseIndex[id] }
    /// The position in `topics` of the first topic with the id.
    package func position(of id: TopicID) -> Int? { topicIndex[id] }
    /// The position in `people` of the first person with the id.
    package func position(of id: PersonID) -> Int? { personIndex[id] }
    /// The position in `paths` of the first path with the id.
    package func position(of id: PathID) -> Int? { pathIndex[id] }

    /// How many different ids a table's rows have: fewer than its rows means a duplicate.
    package func distinctIDCount(in table: TableKind) -> Int {
        switch table {
        case .courses: courseIndex.count
        case .lessons: lessonIndex.count
        case .topics: topicIndex.count
        case .people: personIndex.count
        case .paths: pathIndex.count
        case .steps: steps.count
        }
    }

    /// The positions in `lessons` of each course's lessons (every course a lesson names, known
    /// or not), in learning order: by `order` (rows with a bad order last), then file order.
    package var lessonPositionsByCourse: [CourseID: [Int]] { lessonsOfCourse }

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

    /// The positions of the rows of each group in order: by `order`, then file position; rows with a
    /// bad order sort last, so the order is total and stable.
    private static func positionsInOrder<Row, Key: Hashable>(
        of rows: [Row],
        groupedBy group: (Row) -> Key,
        order: (Row) -> WholeNumber
    ) -> [Key: [Int]] {
        var groups: [Key: [Int]] = [:]
        var orders = [Int](repeating: Int.max, count: rows.count)
        // Rows of a group usually stand together: look the group up once per run of rows.
        var runKey: Key?
        var run: [Int] = []
        for (index, row) in rows.enumerated() {
            orders[index] = order(row).value ?? Int.max
            let key = group(row)
            if key != runKey {
                if let runKey { groups[runKey, default: []].append(contentsOf: run) }
                runKey = key
                run.removeAll(keepingCapacity: true)
            }
            run.append(index)
        }
        if let runKey { groups[runKey, default: []].append(contentsOf: run) }
        for (key, indices) in groups {
            let isSorted = zip(indices, indices.dropFirst()).allSatisfy { (orders[$0], $0) < (orders[$1], $1) }
            if isSorted { continue }
            groups[key] = indices.sorted { (orders[$0], $0) < (orders[$1], $1) }
        }
        return groups
    }

    private static func firstIndex<Row, Key: Hashable>(of rows: [Row], by key: (Row) -> Key) -> [Key: Int] {
        var index: [Key: Int] = [:]
        index.reserveCapacity(rows.count)
        for (position, row) in rows.enumerated() {
            // Through `default:` the position is stored only when the id is new, with one hash.
            index[key(row), default: position] += 0
        }
        return index
    }
}
