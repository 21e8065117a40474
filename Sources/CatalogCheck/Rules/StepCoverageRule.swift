import CatalogModel

/// Warning `uncovered-step`: no lesson of the catalog covers a path step (no pinned lesson and
/// no lesson on one of its topics or a finer one). A gap for curators.
package struct StepCoverageRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.uncoveredStep] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        guard !context.catalog.steps.isEmpty else { return }
        var taught: Set<TopicID> = []
        for lesson in context.catalog.lessons { taught.formUnion(context.closedTopics(lesson.topics)) }
        for step in context.catalog.steps where step.lessons.isEmpty && !step.topics.isEmpty {
            if step.topics.contains(where: taught.contains) { continue }
            diagnostics.append(
                Diagnostic(
                    .warning,
                    .uncoveredStep,
                    at: step.source.location(of: "topics", in: .steps),
                    field: "topics",
                    "no lesson of the catalog covers step \(step.order.text) \"\(step.title)\" of path \"\(step.path)\"",
                    hint:
                        "add a lesson on \(step.topics.map(\.rawValue).joined(separator: " or ")), or pin one in the lessons column"
                )
            )
        }
    }
}
