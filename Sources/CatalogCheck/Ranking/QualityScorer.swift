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
    }

    /// The topics with every broader topic above them.
    package func closedTopics(_ topics: [TopicID]) -> Set<TopicID> {
        var result: Set<TopicID> = []
        for topic in topics {
            if let chain = topicClosure[topic] { result.formUnion(chain) } else { result.insert(topic) }
        }
        return result
    }

    // MARK: - Lessons

    /// The score of one lesson with a reason per principle.
    package func score(_ lesson: Lesson) -> QualityScore {
        let course = catalog.course(lesson.course)
        let topics = closedTopics(lesson.topics)
        var components = [
            primarySource(lesson, course: course),
            runnable(lesson),
            covers(.evaluation, topics: topics, lesson: lesson),
            covers(.observability, topics: topics, lesson: lesson),
            vendorNeutral(course),
            versioning(lesson, topics: topics),
        ]
        if let health = linkComponent(for: lesson.url) { components.append(health) }
        return QualityScore(components: components)
    }

    /// Lessons best first: higher total, then lesson id, so equal scores keep one fixed order.
    package func ranked(_ lessons: [Lesson]) -> [(lesson: Lesson, score: QualityScore)] {
        lessons.map { ($0, score($0)) }.sorted { left, right in
            left.1.total != right.1.total ? left.1.total > right.1.total : left.0.id < right.0.id
        }
    }

    private func primarySource(_ lesson: Lesson, course: Course?) -> ScoreComponent {
        let host = SiteKey.host(of: lesson.url)
        guard let course else { return ScoreComponent(.primarySource, 0, "course \"\(lesson.course)\" is unknown") }
        let publisher = course.kind == .cloud || course.kind == .oss
        if SiteKey.key(of: lesson.url) == SiteKey.key(of: course.url) && !host.isEmpty {
            return ScoreComponent(.primarySource, weights.primarySource, "on the course's own site \(host)")
        }
        if publisher && (lesson.format == .repo || SiteKey.isCodeHost(host)) {
            return ScoreComponent(.primarySource, weights.primarySource, "canonical repository on \(host) of \(course.provider)")
        }
        if publisher {
            return ScoreComponent(.primarySource, weights.linkedSource, "linked by \(course.provider), hosted on \(host)")
        }
        return ScoreComponent(.primarySource, 0, "independent material off the course's site, on \(host)")
    }

    private func runnable(_ lesson: Lesson) -> ScoreComponent {
        guard let format = lesson.format else { return ScoreComponent(.runnable, 0, "format not given") }
        if format.isRunnable { return ScoreComponent(.runnable, weights.runnable, "format \(format)") }
        if format == .slides { return ScoreComponent(.runnable, weights.slideOnly, "format slides (slide-only)") }
        return ScoreComponent(.runnable, 0, "format \(format) (read or watched)")
    }

    private func covers(_ principle: QualityPrinciple, topics: Set<TopicID>, lesson: Lesson) -> ScoreComponent {
        let root = TopicID(principle == .evaluation ? "evaluation" : "observability")
        guard topics.contains(root) else { return ScoreComponent(principle, 0, "not covered") }
        let named = lesson.topics.first { closedTopics([$0]).contains(root) } ?? root
        let points = principle == .evaluation ? weights.evaluation : weights.observability
        return ScoreComponent(principle, points, "topic \(named)")
    }

    private func vendorNeutral(_ course: Course?) -> ScoreComponent {
        guard let course, let kind = course.kind else { return ScoreComponent(.vendorNeutral, 0, "course kind unknown") }
        if kind == .oss || kind == .independent {
            return ScoreComponent(.vendorNeutral, weights.vendorNeutral, "\(kind) course")
        }
        return ScoreComponent(.vendorNeutral, 0, "vendor-specific \(kind) course by \(course.provider)")
    }

    private func versioning(_ lesson: Lesson, topics: Set<TopicID>) -> ScoreComponent {
        if let topic = lesson.topics.first(where: { !closedTopics([$0]).isDisjoint(with: versioningTopics) }) {
            return ScoreComponent(.versioning, weights.versioning, "topic \(topic)")
        }
        let texts = [lesson.title, lesson.description] + lesson.objectives + lesson.terms
        for word in weights.versioningWords {
            if texts.contains(where: { $0.lowercased().contains(word) }) {
                return ScoreComponent(.versioning, weights.versioning, "mentions \"\(word)\"")
            }
        }
        return ScoreComponent(.versioning, 0, "no versioning or experiments shown")
    }

    /// The link-health component of an address, only when the checker knows it is failing.
    private func linkComponent(for url: String) -> ScoreComponent? {
        guard let health = linkHealth[url], health.consecutiveFailures > 0 else { return nil }
        let failure = health.lastError.map { ", last error \($0)" } ?? ""
        if health.failingDays >= weights.longFailureDays {
            return ScoreComponent(
                .linkHealth, weights.longFailingLink,
                "failing for \(health.failingDays) days (\(health.consecutiveFailures) checks\(failure))")
        }
        if health.consecutiveFailures >= weights.failuresBeforePenalty {
            return ScoreComponent(
                .linkHealth, weights.failingLink, "failed \(health.consecutiveFailures) checks in a row\(failure)")
        }
        return ScoreComponent(.linkHealth, 0, "failed the last check once\(failure)")
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
            let topics = closedTopics(lesson.topics)
            if topics.contains("evaluation") { evaluationCount += 1 }
            if topics.contains("observability") { observabilityCount += 1 }
            if versioning(lesson, topics: topics).points > 0 { versioningCount += 1 }
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
        components.append(vendorNeutral(course))
        components.append(
            ScoreComponent(
                .versioning, versioningCount > 0 ? weights.versioning : 0,
                "\(versioningCount) \(versioningCount == 1 ? "lesson shows" : "lessons show") versioning or experiments"))
        if let health = linkComponent(for: course.url) { components.append(health) }
        return QualityScore(components: components)
    }
}
