import CatalogModel
import CatalogSite
import LearningGraph

/// What the server derives from the learning graph: quality, related lessons, path steps, next.
enum Insights {
    /// Lessons related to one lesson, other ecosystems first.
    static func related(to id: LessonID, in snapshot: CatalogSnapshot) -> [APIModels.Suggestion] {
        snapshot.site.graph.related(to: id, limit: 5).map {
            APIModels.Suggestion(
                lesson: $0.lesson.id.rawValue,
                title: $0.lesson.title,
                reasons: $0.reasons,
                page: SitePath.lesson($0.lesson.id)
            )
        }
    }

    /// A path with its steps and their best lessons.
    static func pathItem(_ path: LearningPath, in snapshot: CatalogSnapshot) -> APIModels.PathItem {
        // The graph's reasons (points and ids), as the other API answers give them.
        let steps = snapshot.site.graph.stepLessons(of: path.id, limit: Site.suggestionLimit).map { filled in
            APIModels.StepItem(
                order: filled.step.order.value,
                module: filled.step.module,
                title: filled.step.title,
                topics: filled.step.topics.map(\.rawValue),
                lessons: filled.lessons.map { match in
                    APIModels.Suggestion(
                        lesson: match.lesson.id.rawValue,
                        title: match.lesson.title,
                        reasons: match.reasons,
                        page: SitePath.lesson(match.lesson.id)
                    )
                }
            )
        }
        return APIModels.PathItem(
            id: path.id.rawValue,
            title: path.title,
            description: path.description,
            source: path.sourceURL,
            steps: steps,
            page: SitePath.path(path.id)
        )
    }

    /// Lessons to take next given the ids of lessons done.
    static func next(done: [String], limit: Int, in snapshot: CatalogSnapshot) -> APIModels.NextResponse {
        let graph = snapshot.site.graph
        let progress = graph.progress(done: done)
        let known = done.filter { !progress.unknownIDs.contains($0) }
        let next = graph.next(after: progress, limit: limit).map {
            APIModels.Suggestion(
                lesson: $0.lesson.id.rawValue,
                title: $0.lesson.title,
                reasons: $0.reasons,
                page: SitePath.lesson($0.lesson.id)
            )
        }
        return APIModels.NextResponse(
            done: known,
            unknown: progress.unknownIDs,
            fringe: graph.fringe(progress).map(\.rawValue),
            next: next
        )
    }
}
