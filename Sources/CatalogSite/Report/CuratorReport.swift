import CatalogCheck
import CatalogModel
import CatalogTables
import LearningGraph

/// The curator's report: totals, coverage with gaps, the ranking with reasons, and path coverage.
///
/// A plain Codable value built from a learning graph; `markdown()`, `html()` and `json()` render it.
package struct CuratorReport: Hashable, Sendable, Codable {
    /// Counts of the catalog's rows.
    package struct Totals: Hashable, Sendable, Codable {
        package var courses: Int
        package var lessons: Int
        package var runnableLessons: Int
        package var topics: Int
        package var people: Int
        package var paths: Int
        package var steps: Int
        /// Courses per kind, by kind id.
        package var coursesByKind: [String: Int]
        /// Lessons per format, by format id (`unknown` when not given).
        package var lessonsByFormat: [String: Int]
    }

    /// A ranked lesson with its reasons.
    package struct LessonEntry: Hashable, Sendable, Codable {
        package var id: String
        package var title: String
        package var course: String
        package var url: String
        package var points: Int
        package var reasons: [String]
    }

    /// The best lessons of one topic.
    package struct TopicEntry: Hashable, Sendable, Codable {
        package var topic: String
        package var name: String
        package var depth: Int
        package var lessonCount: Int
        package var lessons: [LessonEntry]
    }

    /// A ranked course with its reasons.
    package struct CourseEntry: Hashable, Sendable, Codable {
        package var id: String
        package var title: String
        package var provider: String
        package var kind: String
        package var lessons: Int
        package var points: Int
        package var reasons: [String]
    }

    /// A lesson filling a path step.
    package struct StepLessonEntry: Hashable, Sendable, Codable {
        package var id: String
        package var title: String
        package var pinned: Bool
        package var points: Int
        package var reasons: [String]
    }

    /// One step of a path and the lessons that fill it.
    package struct StepEntry: Hashable, Sendable, Codable {
        package var order: String
        package var module: String
        package var title: String
        package var topics: [String]
        package var lessons: [StepLessonEntry]
        package var covered: Bool
    }

    /// A learning path and how the catalog covers it.
    package struct PathEntry: Hashable, Sendable, Codable {
        package var id: String
        package var title: String
        package var coveredSteps: Int
        package var steps: [StepEntry]
    }

    package var title: String
    package var totals: Totals
    package var coverage: Coverage
    package var courses: [CourseEntry]
    package var topics: [TopicEntry]
    package var paths: [PathEntry]
    /// Lessons whose link is not ok, from the link checker's history.
    package var linkHealth: LinkHealthSection
    /// The quality weights the ranking used.
    package var weights: QualityWeights

    /// Builds the report of a graph's catalog.
    /// - Parameters:
    ///   - graph: the learning graph of the catalog.
    ///   - topLessons: how many best lessons to list per topic.
    ///   - stepLessons: how many lessons to list per path step.
    ///   - links: the link checker's history, for the link health section (empty: nothing checked).
    package init(
        graph: LearningGraph,
        title: String = "Coursemap curator's report",
        topLessons: Int = 3,
        stepLessons: Int = 3,
        links: LinkHistory = LinkHistory()
    ) {
        let catalog = graph.catalog
        self.title = title
        linkHealth = Self.linkHealth(of: catalog, links: links)
        weights = graph.scorer.weights
        var coursesByKind: [String: Int] = [:]
        for course in catalog.courses { coursesByKind[course.kind?.rawValue ?? "unknown", default: 0] += 1 }
        var lessonsByFormat: [String: Int] = [:]
        var runnable = 0
        for lesson in catalog.lessons {
            lessonsByFormat[lesson.format?.rawValue ?? "unknown", default: 0] += 1
            if lesson.format?.isRunnable ?? false { runnable += 1 }
        }
        totals = Totals(
            courses: catalog.courses.count,
            lessons: catalog.lessons.count,
            runnableLessons: runnable,
            topics: catalog.topics.count,
            people: catalog.people.count,
            paths: catalog.paths.count,
            steps: catalog.steps.count,
            coursesByKind: coursesByKind,
            lessonsByFormat: lessonsByFormat
        )
        let coverage = graph.coverage()
        self.coverage = coverage

        var lessonCounts: [String: Int] = [:]
        for course in catalog.lessons { lessonCounts[course.course.rawValue, default: 0] += 1 }
        courses = graph.rankedCourses().map { ranked in
            CourseEntry(
                id: ranked.course.id.rawValue,
                title: ranked.course.title,
                provider: ranked.course.provider,
                kind: ranked.course.kind?.rawValue ?? "",
                lessons: lessonCounts[ranked.course.id.rawValue] ?? 0,
                points: ranked.score.total,
                reasons: ranked.score.scoringReasons
            )
        }

        var rowTotals: [String: Int] = [:]
        for (index, row) in coverage.byEcosystem.rows.enumerated() where index < coverage.byEcosystem.counts.count {
            rowTotals[row] = coverage.byEcosystem.counts[index].reduce(0, +)
        }
        topics = graph.topics.hierarchyOrder.map { topic in
            TopicEntry(
                topic: topic.rawValue,
                name: graph.topics.name(of: topic),
                depth: graph.topics.depth[topic] ?? 0,
                lessonCount: rowTotals[topic.rawValue] ?? 0,
                lessons: graph.rankedLessons(on: topic, limit: topLessons).map(Self.entry)
            )
        }

        paths = catalog.paths.map { path in
            let steps = graph.stepLessons(of: path.id, limit: stepLessons).map { filled in
                StepEntry(
                    order: filled.step.order.text,
                    module: filled.step.module,
                    title: filled.step.title,
                    topics: filled.step.topics.map(\.rawValue),
                    lessons: filled.lessons.map { match in
                        StepLessonEntry(
                            id: match.lesson.id.rawValue,
                            title: match.lesson.title,
                            pinned: match.pinned,
                            points: match.points,
                            reasons: match.reasons + ["quality \(Self.signed(match.quality.total))"]
                        )
                    },
                    covered: !filled.isUncovered
                )
            }
            return PathEntry(
                id: path.id.rawValue,
                title: path.title,
                coveredSteps: steps.filter(\.covered).count,
                steps: steps
            )
        }
    }

    private static func entry(_ ranked: RankedLesson) -> LessonEntry {
        LessonEntry(
            id: ranked.lesson.id.rawValue,
            title: ranked.lesson.title,
            course: ranked.lesson.course.rawValue,
            url: ranked.lesson.url,
            points: ranked.score.total,
            reasons: ranked.score.scoringReasons
        )
    }

    /// A number with its sign, e.g. `+3` or `-1`.
    static func signed(_ value: Int) -> String { value < 0 ? "\(value)" : "+\(value)" }
}
