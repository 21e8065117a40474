import CatalogModel
import LearningGraph

/// Lookups the pages need, computed once per catalog.
struct SiteIndex: Sendable {
    /// Finer topics of each topic, in display order.
    var children: [TopicID: [TopicID]] = [:]
    /// Top-level topics (no broader), in display order.
    var roots: [TopicID] = []
    /// Broader topics of each topic, nearest first.
    var ancestors: [TopicID: [TopicID]] = [:]
    /// Lessons that cover a topic or one of its finer topics: those mainly about it first
    /// (`TopicGraph.isMainly(about:tags:)`), then the others; best first within each.
    var lessonsByTopic: [TopicID: [LessonID]] = [:]
    /// How many of `lessonsByTopic`'s first lessons are mainly about the topic.
    var mainlyAboutCount: [TopicID: Int] = [:]
    /// Courses that name a topic or whose lessons cover it.
    var coursesByTopic: [TopicID: [CourseID]] = [:]
    var coursesByPerson: [PersonID: [CourseID]] = [:]
    var lessonsByPerson: [PersonID: [LessonID]] = [:]
    var pathsByPerson: [PersonID: [PathID]] = [:]
    /// Lesson ids in catalog order, without repeats.
    var lessonOrder: [LessonID] = []
    /// Each lesson's row, course and the course's kind, for suggestions that must not copy lessons.
    var lessonFacts: [LessonID: LessonFacts] = [:]
    /// The lesson after each lesson in its course's order.
    var nextInCourse: [LessonID: LessonID] = [:]
    /// Topics that require each topic.
    var opens: [TopicID: [TopicID]] = [:]
    /// The first lessons of `lessonsByTopic` with their facts, the candidates for related lessons.
    var relatedByTopic: [TopicID: [(id: LessonID, facts: LessonFacts)]] = [:]

    /// How many of a topic's best lessons are candidates for related lessons.
    static let relatedCandidatesPerTopic = 12

    /// What choosing suggestions needs to know about a lesson, with numbers that compare cheaply.
    struct LessonFacts: Sendable {
        /// The lesson's row in `catalog.lessons` (the first row of its id): its identity.
        let row: Int
        let course: CourseID
        /// The course's row in `catalog.courses`.
        let courseRow: Int
        let kind: CourseKind?
    }

    /// One topic's lessons (with their rows) and courses while the index is built.
    private struct TopicBucket {
        var lessons: [(id: LessonID, row: Int)] = []
        var courses: Set<CourseID> = []
        /// Lessons of a course are usually consecutive: the set is only asked when this changes.
        var lastCourse: CourseID?

        mutating func add(_ lesson: Lesson, row: Int) {
            lessons.append((lesson.id, row))
            if lastCourse != lesson.course {
                courses.insert(lesson.course)
                lastCourse = lesson.course
            }
        }
    }

    init(catalog: Catalog, topicGraph: TopicGraph, quality: [LessonID: Double]) {
        let known = Set(catalog.topics.map(\.id))
        var seenTopics = Set<TopicID>()
        let ordered = catalog.topics.enumerated()
            .filter { seenTopics.insert($0.element.id).inserted }
            .sorted { ($0.element.order.value ?? Int.max, $0.offset) < ($1.element.order.value ?? Int.max, $1.offset) }
            .map(\.element)
        for topic in ordered {
            if let broader = topic.broader, known.contains(broader), broader != topic.id {
                children[broader, default: []].append(topic.id)
            } else {
                roots.append(topic.id)
            }
            var chain: [TopicID] = []
            var current = topic.broader
            while let id = current, id != topic.id, !chain.contains(id), known.contains(id) {
                chain.append(id)
                current = catalog.topic(id)?.broader
            }
            ancestors[topic.id] = chain
        }

        var firstRow: [LessonID: Int] = [:]
        firstRow.reserveCapacity(catalog.lessons.count)
        lessonOrder.reserveCapacity(catalog.lessons.count)
        var buckets: [TopicID: TopicBucket] = [:]
        for (row, lesson) in catalog.lessons.enumerated() where firstRow[lesson.id] == nil {
            firstRow[lesson.id] = row
            lessonOrder.append(lesson.id)
            var covered: [TopicID] = []
            for topic in lesson.topics {
                if !covered.contains(topic) { covered.append(topic) }
                for id in ancestors[topic] ?? [] where !covered.contains(id) { covered.append(id) }
            }
            for topic in covered {
                buckets[topic, default: TopicBucket()].add(lesson, row: row)
            }
            for credit in lesson.people where !(lessonsByPerson[credit.person] ?? []).contains(lesson.id) {
                lessonsByPerson[credit.person, default: []].append(lesson.id)
            }
        }
        var courseTopics: [TopicID: Set<CourseID>] = [:]
        for (topic, bucket) in buckets {
            // Relevance and quality looked up once per lesson, not once per comparison.
            let keyed: [(id: LessonID, isMain: Bool, quality: Double, row: Int)] = bucket.lessons.map { id, row in
                (id, topicGraph.isMainly(about: topic, tags: catalog.lessons[row].topics), quality[id] ?? 0, row)
            }
            let sorted = keyed.sorted { left, right in
                if left.isMain != right.isMain { return left.isMain }
                return left.quality != right.quality ? left.quality > right.quality : left.row < right.row
            }
            lessonsByTopic[topic] = sorted.map(\.id)
            mainlyAboutCount[topic] = sorted.prefix { $0.isMain }.count
            courseTopics[topic] = bucket.courses
        }
        var seenCourses = Set<CourseID>()
        lessonFacts.reserveCapacity(catalog.lessons.count)
        nextInCourse.reserveCapacity(catalog.lessons.count)
        for (courseRow, course) in catalog.courses.enumerated() where seenCourses.insert(course.id).inserted {
            let lessons = catalog.lessons(of: course.id)
            for (position, lesson) in lessons.enumerated() {
                lessonFacts[lesson.id] = LessonFacts(
                    row: firstRow[lesson.id] ?? -1,
                    course: course.id,
                    courseRow: courseRow,
                    kind: course.kind
                )
                if position + 1 < lessons.count { nextInCourse[lesson.id] = lessons[position + 1].id }
            }
            for topic in course.topics {
                for id in [topic] + (ancestors[topic] ?? []) { courseTopics[id, default: []].insert(course.id) }
            }
            for credit in course.people where !(coursesByPerson[credit.person] ?? []).contains(course.id) {
                coursesByPerson[credit.person, default: []].append(course.id)
            }
        }
        let courseOrder = Dictionary(catalog.courses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (topic, courses) in courseTopics {
            coursesByTopic[topic] = courses.sorted { (courseOrder[$0] ?? Int.max) < (courseOrder[$1] ?? Int.max) }
        }
        for (topic, lessons) in lessonsByTopic {
            relatedByTopic[topic] = lessons.prefix(Self.relatedCandidatesPerTopic).compactMap { id in
                lessonFacts[id].map { (id, $0) }
            }
        }
        for topic in ordered {
            for required in topic.requires where !(opens[required] ?? []).contains(topic.id) {
                opens[required, default: []].append(topic.id)
            }
        }
        for path in catalog.paths {
            for credit in path.people where !(pathsByPerson[credit.person] ?? []).contains(path.id) {
                pathsByPerson[credit.person, default: []].append(path.id)
            }
        }
    }
}
