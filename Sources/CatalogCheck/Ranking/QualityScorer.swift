import CatalogModel

/// Scores lessons and courses by the five quality principles, each component with its reason.
///
/// Pure and deterministic: the same catalog, weights and link health give the same scores.
/// Topics count with their broader topics (a lesson on `llm-as-judge` covers `evaluation`).
package struct QualityScorer: Sendable {
    package let catalog: Catalog
    package let weights: QualityWeights
    /// Link checker results keyed by the address as written in the catalog.
    package let linkHealth: [String: LinkHealth]
    private let topicClosure: [TopicID: [TopicID]]
    private let versioningTopics: Set<TopicID>
    /// The versioning words as written, and a search for them without copies.
    private let versioningWords: [String]
    private let versioningSearch: ASCIISearch
    /// The site key of each course's address, parsed once.
    private let courseSites: [CourseID: String]

    /// - Parameters:
    ///   - catalog: the catalog whose courses give lessons their kind and provider.
    ///   - weights: the points of each principle.
    ///   - linkHealth: optional link checker results; absent addresses count as healthy.
    package init(catalog: Catalog, weights: QualityWeights = .standard, linkHealth: [String: LinkHealth] = [:]) {
        self.catalog = catalog
        self.weights = weights
        self.linkHealth = linkHealth
        let context = CheckContext(catalog: catalog)
        topicClosure = context.topicClosure
        versioningTopics = Set(weights.versioningTopics)
        versioningWords = Array(weights.versioningWords.prefix(64))
        versioningSearch = ASCIISearch(words: versioningWords)
        var courseSites: [CourseID: String] = [:]
        for course in catalog.courses where courseSites[course.id] == nil {
            courseSites[course.id] = SiteKey.key(of: course.url)
        }
        self.courseSites = courseSites
    }

    /// The topics with every broader topic above them.
    package func closedTopics(_ topics: [TopicID]) -> Set<TopicID> {
        var result: Set<TopicID> = []
        for topic in topics {
            if let chain = topicClosure[topic] { result.formUnion(chain) } else { result.insert(topic) }
        }
        return result
    }

    /// A topic followed by its broader topics (just the topic when it is unknown).
    private func chain(of topic: TopicID) -> [TopicID] { topicClosure[topic] ?? [topic] }

    // MARK: - Lessons

    /// The score of one lesson with a reason per principle.
    package func score(_ lesson: Lesson) -> QualityScore {
        QualityScore(components: components(of: lesson, explain: true))
    }

    /// The total of a lesson's score without making its reasons: the same rules as `score(_:)`,
    /// cheap enough to rank 100,000 lessons.
    package func total(_ lesson: Lesson) -> Int {
        components(of: lesson, explain: false).reduce(0) { $0 + $1.points }
    }

    private func components(of lesson: Lesson, explain: Bool) -> [ScoreComponent] {
        let course = catalog.course(lesson.course)
        var components = [
            primarySource(lesson, course: course, explain),
            runnable(lesson, explain),
            covers(.evaluation, lesson: lesson, explain),
            covers(.observability, lesson: lesson, explain),
            vendorNeutral(course, explain),
            versioning(lesson, explain),
        ]
        if let health = linkComponent(for: lesson.url, explain) { components.append(health) }
        return components
    }

    /// A component whose detail text is only made when explaining.
    private func component(
        _ principle: QualityPrinciple,
        _ points: Int,
        _ detail: @autoclosure () -> String,
        _ explain: Bool
    ) -> ScoreComponent {
        ScoreComponent(principle, points, explain ? detail() : "")
    }

    /// Lessons best first: higher total, then lesson id, so equal scores keep one fixed order.
    package func ranked(_ lessons: [Lesson]) -> [(lesson: Lesson, score: QualityScore)] {
        lessons.map { ($0, score($0)) }.sorted { left, right in
            left.1.total != right.1.total ? left.1.total > right.1.total : left.0.id < right.0.id
        }
    }

    private func primarySource(_ lesson: Lesson, course: Course?, _ explain: Bool) -> ScoreComponent {
        let (host, site) = SiteKey.parse(lesson.url)
        guard let course else { return component(.primarySource, 0, "course \"\(lesson.course)\" is unknown", explain) }
        let publisher = course.kind == .cloud || course.kind == .oss
        if !host.isEmpty && site == (courseSites[course.id] ?? SiteKey.key(of: course.url)) {
            let shown = SiteKey.isCodeHost(host) ? site : host
            return component(.primarySource, weights.primarySource, "on the course's own site \(shown)", explain)
        }
        if publisher && (lesson.format == .repo || SiteKey.isCodeHost(host)) {
            return component(
                .primarySource,
                weights.primarySource,
                "canonical repository on \(host) of \(course.provider)",
                explain
            )
        }
        if publisher {
            return component(
                .primarySource,
                weights.linkedSource,
                "linked by \(course.provider), hosted on \(host)",
                explain
            )
        }
        return component(.primarySource, 0, "independent material off the course's site, on \(host)", explain)
    }

    private func runnable(_ lesson: Lesson, _ explain: Bool) -> ScoreComponent {
        guard let format = lesson.format else { return component(.runnable, 0, "format not given", explain) }
        if format.isRunnable { return component(.runnable, weights.runnable, "format \(format)", explain) }
        if format == .slides { return component(.runnable, weights.slideOnly, "format slides (slide-only)", explain) }
        return component(.runnable, 0, "format \(format) (read or watched)", explain)
    }

    private func covers(_ principle: QualityPrinciple, lesson: Lesson, _ explain: Bool) -> ScoreComponent {
        let root = TopicID(principle == .evaluation ? "evaluation" : "observability")
        guard let named = lesson.topics.first(where: { chain(of: $0).contains(root) }) else {
            return component(principle, 0, "not covered", explain)
        }
        let points = principle == .evaluation ? weights.evaluation : weights.observability
        return component(principle, points, "topic \(named)", explain)
    }

    private func vendorNeutral(_ course: Course?, _ explain: Bool) -> ScoreComponent {
        guard let course, let kind = course.kind else {
            return component(.vendorNeutral, 0, "course kind unknown", explain)
        }
        if kind == .oss || kind == .independent {
            return component(.vendorNeutral, weights.vendorNeutral, "\(kind) course", explain)
        }
        return component(.vendorNeutral, 0, "vendor-specific \(kind) course by \(course.provider)", explain)
    }

    private func versioning(_ lesson: Lesson, _ explain: Bool) -> ScoreComponent {
        if let topic = lesson.topics.first(where: { chain(of: $0).contains(where: versioningTopics.contains) }) {
            return component(.versioning, weights.versioning, "topic \(topic)", explain)
        }
        let search = versioningSearch
        var found = search.matches(in: lesson.title) | search.matches(in: lesson.description)
        for text in lesson.objectives { found |= search.matches(in: text) }
        for text in lesson.terms { found |= search.matches(in: text) }
        if found != 0 {
            let word = versioningWords[found.trailingZeroBitCount]
            return component(.versioning, weights.versioning, "mentions \"\(word)\"", explain)
        }
        return component(.versioning, 0, "no versioning or experiments shown", explain)
    }

    /// The link-health component of an address, only when the checker knows it is failing.
    private func linkComponent(for url: String, _ explain: Bool) -> ScoreComponent? {
        guard let health = linkHealth[url], health.consecutiveFailures > 0 else { return nil }
        let failure = health.lastError.map { ", last error \($0)" } ?? ""
        if health.failingDays >= weights.longFailureDays {
            return component(
                .linkHealth,
                weights.longFailingLink,
                "failing for \(health.failingDays) days (\(health.consecutiveFailures) checks\(failure))",
                explain
            )
        }
        if health.consecutiveFailures >= weights.failuresBeforePenalty {
            return component(
                .linkHealth,
                weights.failingLink,
                "failed \(health.consecutiveFailures) checks in a row\(failure)",
                explain
            )
        }
        return component(.linkHealth, 0, "failed the last check once\(failure)", explain)
    }

    // MARK: - Courses

    /// The score of one course from its own row and its lessons, with a reason per principle.
    package func score(_ course: Course) -> QualityScore {
        score(course, lessons: catalog.lessons(of: course.id))
    }

    /// The score of a course given its lessons (for callers that already grouped them).
    package func score(_ course: Course, lessons: [Lesson]) -> QualityScore {
        var components: [ScoreComponent] = []
        if course.kind == .cloud || course.kind == .oss {
            components.append(ScoreComponent(.primarySource, weights.primarySource, "published by \(course.provider)"))
        } else {
            components.append(ScoreComponent(.primarySource, 0, "independent curriculum by \(course.provider)"))
        }

        let runnableCount = lessons.filter { $0.format?.isRunnable ?? false }.count
        let share = lessons.isEmpty ? 0 : runnableCount * 100 / lessons.count
        let runnableDetail = "\(runnableCount) of \(lessons.count) lessons runnable"
        if !lessons.isEmpty && share >= weights.runnableShare && runnableCount > 0 {
            components.append(ScoreComponent(.runnable, weights.runnable, runnableDetail))
        } else if runnableCount > 0 {
            components.append(ScoreComponent(.runnable, weights.partlyRunnable, runnableDetail))
        } else {
            components.append(ScoreComponent(.runnable, 0, runnableDetail))
        }

        var evaluationCount = 0
        var observabilityCount = 0
        var versioningCount = 0
        for lesson in lessons {
            if lesson.topics.contains(where: { chain(of: $0).contains("evaluation") }) { evaluationCount += 1 }
            if lesson.topics.contains(where: { chain(of: $0).contains("observability") }) { observabilityCount += 1 }
            if versioning(lesson, false).points > 0 { versioningCount += 1 }
        }
        for (principle, count, points) in [
            (QualityPrinciple.evaluation, evaluationCount, weights.evaluation),
            (.observability, observabilityCount, weights.observability),
        ] {
            if count > 0 {
                components.append(ScoreComponent(principle, points, "\(count) \(count == 1 ? "lesson" : "lessons")"))
            } else {
                components.append(ScoreComponent(principle, weights.missingCoverage, "no lesson (required)"))
            }
        }
        components.append(vendorNeutral(course, true))
        components.append(
            ScoreComponent(
                .versioning,
                versioningCount > 0 ? weights.versioning : 0,
                "\(versioningCount) \(versioningCount == 1 ? "lesson shows" : "lessons show") versioning or experiments"
            )
        )
        if let health = linkComponent(for: course.url, true) { components.append(health) }
        return QualityScore(components: components)
    }
}
