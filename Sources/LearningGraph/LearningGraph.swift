import CatalogCheck
import CatalogModel

/// The catalog as a learning graph: topics closed upward, prerequisites, quality, and indexes
/// for "what next", related lessons, path steps and coverage.
///
/// Pure and immutable: build it once per catalog (the server swaps it with the catalog). Every
/// answer is deterministic: ties are broken by learning order and then by id.
package struct LearningGraph: Sendable {
    package let catalog: Catalog
    package let topics: TopicGraph
    package let scorer: QualityScorer
    /// Catalog lesson row indices by lesson id (first row per id).
    let lessonIndex: [LessonID: Int]
    /// Per lesson row: its topics closed upward.
    let closedTopics: [Set<TopicID>]
    /// Per lesson row: its quality total.
    let qualityTotals: [Int]
    /// Per lesson row: the kind of its course.
    let kinds: [CourseKind?]
    /// Lesson rows whose own topics include the topic.
    let lessonsByTopic: [TopicID: [Int]]
    /// Lesson rows whose closed topics include the topic (the topic or a finer one).
    let lessonsCovering: [TopicID: [Int]]
    /// Lesson rows by lower-cased term.
    let lessonsByTerm: [String: [Int]]

    /// Builds the graph of a catalog.
    /// - Parameters:
    ///   - catalog: a catalog, ideally one without errors (bad references are ignored).
    ///   - weights: the ranking weights.
    ///   - linkHealth: optional link checker results keyed by address; failing links rank lower.
    /// - Complexity: O(L · T) for L lessons with T topics each, plus the topic graph.
    package init(catalog: Catalog, weights: QualityWeights = .standard, linkHealth: [String: LinkHealth] = [:]) {
        self.catalog = catalog
        let topics = TopicGraph(topics: catalog.topics)
        self.topics = topics
        let scorer = QualityScorer(catalog: catalog, weights: weights, linkHealth: linkHealth)
        self.scorer = scorer

        var lessonIndex: [LessonID: Int] = [:]
        lessonIndex.reserveCapacity(catalog.lessons.count)
        var closedTopics: [Set<TopicID>] = []
        closedTopics.reserveCapacity(catalog.lessons.count)
        let qualityTotals = Self.qualityTotals(of: catalog.lessons, scorer: scorer)
        var kinds: [CourseKind?] = []
        kinds.reserveCapacity(catalog.lessons.count)
        var lessonsByTopic: [TopicID: [Int]] = [:]
        var lessonsCovering: [TopicID: [Int]] = [:]
        var lessonsByTerm: [String: [Int]] = [:]
        let lessons = catalog.lessons
        var courseKinds: [CourseID: CourseKind] = [:]
        for course in catalog.courses where courseKinds[course.id] == nil { courseKinds[course.id] = course.kind }
        for index in lessons.indices {
            if lessonIndex[lessons[index].id] == nil { lessonIndex[lessons[index].id] = index }
            let closed = topics.closed(lessons[index].topics)
            closedTopics.append(closed)
            kinds.append(courseKinds[lessons[index].course])
            for topic in Set(lessons[index].topics) { lessonsByTopic[topic, default: []].append(index) }
            for topic in closed { lessonsCovering[topic, default: []].append(index) }
            for term in lessons[index].terms where !term.isEmpty {
                let lower = term.lowercased()
                if lessonsByTerm[lower]?.last != index { lessonsByTerm[lower, default: []].append(index) }
            }
        }
        self.lessonIndex = lessonIndex
        self.closedTopics = closedTopics
        self.qualityTotals = qualityTotals
        self.kinds = kinds
        self.lessonsByTopic = lessonsByTopic
        self.lessonsCovering = lessonsCovering
        self.lessonsByTerm = lessonsByTerm
    }

    /// The lesson with an id.
    package func lesson(_ id: LessonID) -> Lesson? { lessonIndex[id].map { catalog.lessons[$0] } }

    /// The quality score of a lesson with its reasons.
    package func quality(of id: LessonID) -> QualityScore? { lesson(id).map { scorer.score($0) } }

    /// The quality total of a lesson (first row per id), without building its reasons.
    package func qualityTotal(of id: LessonID) -> Int? { lessonIndex[id].map { qualityTotals[$0] } }

    /// Each lesson's quality total by id (first row per id), computed when the graph was built.
    package func qualityTotalsByLesson() -> [LessonID: Int] {
        var totals: [LessonID: Int] = [:]
        totals.reserveCapacity(lessonIndex.count)
        for (id, row) in lessonIndex { totals[id] = qualityTotals[row] }
        return totals
    }

    /// The quality score of a course with its reasons.
    package func quality(ofCourse id: CourseID) -> QualityScore? { catalog.course(id).map { scorer.score($0) } }

    /// The lesson's topics with every broader topic (empty for an unknown lesson).
    package func closedTopics(of id: LessonID) -> Set<TopicID> { lessonIndex[id].map { closedTopics[$0] } ?? [] }

    /// The course's topics closed upward: its own topics cell and those of its lessons.
    package func closedTopics(ofCourse id: CourseID) -> Set<TopicID> {
        var result = topics.closed(catalog.course(id)?.topics ?? [])
        for lesson in catalog.lessons(of: id) { result.formUnion(topics.closed(lesson.topics)) }
        return result
    }

    /// The topics a learner must know before a lesson: the prerequisites of each of its topics
    /// (closed upward), minus the topics the lesson teaches itself.
    package func prerequisites(ofLesson id: LessonID) -> Set<TopicID> {
        guard let index = lessonIndex[id] else { return [] }
        return prerequisites(ofRow: index)
    }

    func prerequisites(ofRow index: Int) -> Set<TopicID> {
        let own = closedTopics[index]
        var result: Set<TopicID> = []
        for topic in own {
            for prerequisite in topics.prerequisites(of: topic) where !own.contains(prerequisite) {
                result.insert(prerequisite)
            }
        }
        return result
    }

    /// Whether every prerequisite of lesson row `index` is known or taught by the lesson itself;
    /// the same rule as `prerequisites(ofRow:)` without building the set.
    func prerequisitesKnown(ofRow index: Int, _ known: Set<TopicID>) -> Bool {
        let own = closedTopics[index]
        for topic in own {
            for prerequisite in topics.prerequisites(of: topic)
            where !own.contains(prerequisite) && !known.contains(prerequisite) {
                return false
            }
        }
        return true
    }

    /// Lessons best first by quality (higher total, then id), each with its score.
    package func rankedLessons(limit: Int? = nil) -> [RankedLesson] {
        let order = catalog.lessons.indices.filter { lessonIndex[catalog.lessons[$0].id] == $0 }.sorted(by: better)
        return order.prefix(limit ?? order.count).map {
            RankedLesson(lesson: catalog.lessons[$0], score: scorer.score(catalog.lessons[$0]))
        }
    }

    /// The lessons covering a topic (the topic or a finer one), best first, each with its score.
    package func rankedLessons(on topic: TopicID, limit: Int) -> [RankedLesson] {
        let rows = lessonsCovering[topic] ?? []
        return Self.best(rows, limit: limit, by: better).map {
            RankedLesson(lesson: catalog.lessons[$0], score: scorer.score(catalog.lessons[$0]))
        }
    }

    /// Courses best first by quality (higher total, then id), each with its score.
    package func rankedCourses() -> [RankedCourse] {
        var seen: Set<CourseID> = []
        let courses = catalog.courses.filter { seen.insert($0.id).inserted }
        return courses.map { RankedCourse(course: $0, score: scorer.score($0)) }.sorted { left, right in
            left.score.total != right.score.total
                ? left.score.total > right.score.total : left.course.id < right.course.id
        }
    }

    /// Whether lesson row `left` ranks before row `right` by quality.
    func better(_ left: Int, _ right: Int) -> Bool {
        if qualityTotals[left] != qualityTotals[right] { return qualityTotals[left] > qualityTotals[right] }
        return catalog.lessons[left].id < catalog.lessons[right].id
    }

    /// The `limit` first elements by an order without sorting everything.
    /// - Complexity: O(n · limit) worst case, O(n) when few elements beat the kept ones.
    static func best(_ rows: [Int], limit: Int, by precedes: (Int, Int) -> Bool) -> [Int] {
        guard limit > 0 else { return [] }
        var kept: [Int] = []
        kept.reserveCapacity(limit + 1)
        for row in rows {
            if kept.count == limit, let last = kept.last, !precedes(row, last) { continue }
            var position = kept.count
            while position > 0 && precedes(row, kept[position - 1]) { position -= 1 }
            kept.insert(row, at: position)
            if kept.count > limit { kept.removeLast() }
        }
        return kept
    }
}

extension LearningGraph {
    /// The quality total of every lesson, in catalog order.
    ///
    /// Scoring is pure and per lesson, so a large catalog is scored in parallel chunks.
    static func qualityTotals(of lessons: [Lesson], scorer: QualityScorer) -> [Int] {
        let chunkCount = 4
        guard lessons.count >= 10_000 else { return lessons.map { scorer.total($0) } }
        let ranges = Parallel.ranges(lessons.count, size: (lessons.count + chunkCount - 1) / chunkCount)
        return Parallel.map(count: ranges.count) { lessons[ranges[$0]].map { scorer.total($0) } }.flatMap { $0 }
    }
}
