import CatalogModel

/// Lookups the pages need, computed once per catalog.
struct SiteIndex: Sendable {
    /// Finer topics of each topic, in display order.
    var children: [TopicID: [TopicID]] = [:]
    /// Top-level topics (no broader), in display order.
    var roots: [TopicID] = []
    /// Broader topics of each topic, nearest first.
    var ancestors: [TopicID: [TopicID]] = [:]
    /// Lessons that cover a topic or one of its finer topics, best first.
    var lessonsByTopic: [TopicID: [LessonID]] = [:]
    /// Courses that name a topic or whose lessons cover it.
    var coursesByTopic: [TopicID: [CourseID]] = [:]
    var coursesByPerson: [PersonID: [CourseID]] = [:]
    var lessonsByPerson: [PersonID: [LessonID]] = [:]
    var pathsByPerson: [PersonID: [PathID]] = [:]
    /// Lesson ids in catalog order, without repeats.
    var lessonOrder: [LessonID] = []
    /// Each lesson's course and the course's kind, for suggestions that must not copy lessons.
    var lessonCourse: [LessonID: (course: CourseID, kind: CourseKind?)] = [:]
    /// The lesson after each lesson in its course's order.
    var nextInCourse: [LessonID: LessonID] = [:]
    /// Topics that require each topic.
    var opens: [TopicID: [TopicID]] = [:]

    init(catalog: Catalog, quality: [LessonID: Double]) {
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

        var seenLessons = Set<LessonID>()
        var byTopic: [TopicID: [(LessonID, Int)]] = [:]
        var courseTopics: [TopicID: Set<CourseID>] = [:]
        for (position, lesson) in catalog.lessons.enumerated() where seenLessons.insert(lesson.id).inserted {
            lessonOrder.append(lesson.id)
            var covered: [TopicID] = []
            for topic in lesson.topics {
                for id in [topic] + (ancestors[topic] ?? []) where !covered.contains(id) { covered.append(id) }
            }
            for topic in covered {
                byTopic[topic, default: []].append((lesson.id, position))
                courseTopics[topic, default: []].insert(lesson.course)
            }
            for credit in lesson.people where !(lessonsByPerson[credit.person] ?? []).contains(lesson.id) {
                lessonsByPerson[credit.person, default: []].append(lesson.id)
            }
        }
        for (topic, lessons) in byTopic {
            lessonsByTopic[topic] = lessons.sorted { left, right in
                let (a, b) = (quality[left.0] ?? 0, quality[right.0] ?? 0)
                return a != b ? a > b : left.1 < right.1
            }.map(\.0)
        }
        var seenCourses = Set<CourseID>()
        for course in catalog.courses where seenCourses.insert(course.id).inserted {
            let lessons = catalog.lessons(of: course.id)
            for (position, lesson) in lessons.enumerated() {
                lessonCourse[lesson.id] = (course.id, course.kind)
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
