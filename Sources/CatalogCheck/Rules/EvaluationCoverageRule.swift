import CatalogModel

/// Warnings `missing-evaluation` and `missing-observability`: evaluation and observability are
/// required, not add-ons, so every course needs a lesson on each (a finer topic counts).
package struct EvaluationCoverageRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.missingEvaluation, .missingObservability] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        var covered: [CourseID: Set<TopicID>] = [:]
        for lesson in context.catalog.lessons {
            let topics = context.closedTopics(lesson.topics)
            for topic in [TopicID("evaluation"), TopicID("observability")] where topics.contains(topic) {
                covered[lesson.course, default: []].insert(topic)
            }
        }
        for course in context.catalog.courses where !course.id.rawValue.isEmpty {
            let topics = covered[course.id] ?? []
            let location = course.source.location(of: "id", in: .courses)
            if !topics.contains("evaluation") {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        .missingEvaluation,
                        at: location,
                        field: "id",
                        "course \"\(course.id)\" has no lesson on evaluation",
                        hint: "add a lesson tagged evaluation or one of its finer topics"
                    )
                )
            }
            if !topics.contains("observability") {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        .missingObservability,
                        at: location,
                        field: "id",
                        "course \"\(course.id)\" has no lesson on observability",
                        hint: "add a lesson tagged observability or one of its finer topics"
                    )
                )
            }
        }
    }
}
