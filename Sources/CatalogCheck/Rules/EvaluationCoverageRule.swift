import CatalogModel

/// Warnings `missing-evaluation` and `missing-observability`: evaluation and observability are
/// required, not add-ons, so every course needs a lesson on each (a finer topic counts).
package struct EvaluationCoverageRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.missingEvaluation, .missingObservability] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        // Which topics fall under evaluation or observability, computed once per topic.
        var under: [TopicID: (evaluation: Bool, observability: Bool)] = [:]
        for (topic, closure) in context.topicClosure {
            under[topic] = (closure.contains("evaluation"), closure.contains("observability"))
        }
        let lessonsByCourse = context.catalog.lessonPositionsByCourse
        for course in context.catalog.courses where !course.id.rawValue.isEmpty {
            var topics = (evaluation: false, observability: false)
            for position in lessonsByCourse[course.id] ?? [] {
                for topic in context.catalog.lessons[position].topics {
                    let flags = under[topic] ?? (topic == "evaluation", topic == "observability")
                    topics.evaluation = topics.evaluation || flags.evaluation
                    topics.observability = topics.observability || flags.observability
                }
                if topics.evaluation && topics.observability { break }
            }
            let location = course.source.location(of: "id", in: .courses)
            if !topics.evaluation {
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
            if !topics.observability {
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
