import CatalogModel

extension Site {
    /// How many best lessons per topic the browser gets for its "what next" suggestions.
    static let suggestionsPerTopic = 3

    /// Topics in learning order with their prerequisites and best lessons, for the browser's
    /// "what next" fringe (`/assets/graph.json`).
    ///
    /// A topic on the fringe is new to the learner, so its entry lesson (the home page's "Start
    /// with") comes first, then the topic page's first lessons.
    package func graphData() -> String {
        var topics: [JSONLD.Value] = []
        for id in learningOrder() {
            guard let topic = catalog.topic(id) else { continue }
            var ids: [LessonID] = entryLesson(of: id).map { [$0.id] } ?? []
            for lessonID in index.lessonsByTopic[id] ?? [] where ids.count < Self.suggestionsPerTopic {
                if !ids.contains(lessonID) { ids.append(lessonID) }
            }
            let best = ids.compactMap { lessonID in
                catalog.lesson(lessonID).map { lesson in
                    JSONLD.Value.array([
                        .string(lessonID.rawValue), .string(lesson.title), .string(link(SitePath.lesson(lessonID))),
                    ])
                }
            }
            topics.append(
                .object([
                    "id": .string(id.rawValue), "name": .string(topic.name),
                    "requires": .array(topic.requires.map { .string($0.rawValue) }),
                    "broader": .string(topic.broader?.rawValue ?? ""), "best": .array(best),
                ])
            )
        }
        return JSONLD.encode(["topics": .array(topics)])
    }

    /// The compact search index of the static site (`/assets/search.json`).
    ///
    /// Courses and topics are listed once and lessons refer to them by position, so the file
    /// stays small: `c` courses `[id, title, kind]`, `t` topics `[id, name]`, `l` lessons
    /// `[id, title, course, [topics], format, terms]`.
    package func searchData() -> String {
        var courseNumber: [CourseID: Int] = [:]
        var courses: [JSONLD.Value] = []
        for course in catalog.courses where courseNumber[course.id] == nil {
            courseNumber[course.id] = courses.count
            courses.append(
                .array([.string(course.id.rawValue), .string(course.title), .string(course.kind?.rawValue ?? "")])
            )
        }
        var topicNumber: [TopicID: Int] = [:]
        var topics: [JSONLD.Value] = []
        for topic in catalog.topics where topicNumber[topic.id] == nil {
            topicNumber[topic.id] = topics.count
            topics.append(.array([.string(topic.id.rawValue), .string(topic.name)]))
        }
        var lessons: [JSONLD.Value] = []
        var seen = Set<LessonID>()
        for id in index.lessonOrder where seen.insert(id).inserted {
            guard let lesson = catalog.lesson(id), let course = courseNumber[lesson.course] else { continue }
            var covered: [Int] = []
            for topic in lesson.topics {
                for ancestor in [topic] + (index.ancestors[topic] ?? []) {
                    if let number = topicNumber[ancestor], !covered.contains(number) { covered.append(number) }
                }
            }
            lessons.append(
                .array([
                    .string(id.rawValue), .string(lesson.title), .int(course), .array(covered.map { .int($0) }),
                    .string(lesson.format?.rawValue ?? ""), .string(lesson.terms.joined(separator: " ")),
                ])
            )
        }
        return JSONLD.encode(["c": .array(courses), "l": .array(lessons), "t": .array(topics)])
    }

    /// Topics so that every topic comes after those it requires and its broader topic; ties keep
    /// display order. Topics caught in a cycle come last, in display order.
    func learningOrder() -> [TopicID] {
        var display: [TopicID] = []
        func visit(_ ids: [TopicID], depth: Int) {
            for id in ids where depth < 12 && !display.contains(id) {
                display.append(id)
                visit(index.children[id] ?? [], depth: depth + 1)
            }
        }
        visit(index.roots, depth: 0)
        for topic in catalog.topics where !display.contains(topic.id) { display.append(topic.id) }
        var placed = Set<TopicID>()
        var order: [TopicID] = []
        var progress = true
        while progress {
            progress = false
            for id in display where !placed.contains(id) {
                let topic = catalog.topic(id)
                let needs = (topic?.requires ?? []) + (topic?.broader.map { [$0] } ?? [])
                if needs.allSatisfy({ placed.contains($0) || catalog.topic($0) == nil }) {
                    placed.insert(id)
                    order.append(id)
                    progress = true
                }
            }
        }
        return order + display.filter { !placed.contains($0) }
    }
}
