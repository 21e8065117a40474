import CatalogModel
import CatalogSite

/// What the server derives from the learning graph: quality, related lessons, path steps, next.
enum Insights {
    /// Lessons related to one lesson.
    static func related(to id: LessonID, in snapshot: CatalogSnapshot) -> [APIModels.Suggestion] { [] }

    /// A path with its steps and their best lessons.
    static func pathItem(_ path: LearningPath, in snapshot: CatalogSnapshot) -> APIModels.PathItem {
        let steps = snapshot.site.stepLessons(of: path.id).map { step, lessons in
            APIModels.StepItem(
                order: step.order.value, module: step.module, title: step.title, topics: step.topics.map(\.rawValue),
                lessons: lessons.map { lesson, note in
                    APIModels.Suggestion(
                        lesson: lesson.id.rawValue, title: lesson.title, reasons: [note], page: SitePath.lesson(lesson.id))
                })
        }
        return APIModels.PathItem(
            id: path.id.rawValue, title: path.title, description: path.description, source: path.sourceURL,
            steps: steps, page: SitePath.path(path.id))
    }

    /// Lessons to take next given the ids of lessons done.
    static func next(done: [String], limit: Int, in snapshot: CatalogSnapshot) -> APIModels.NextResponse {
        let known = done.filter { snapshot.catalog.lesson(LessonID($0)) != nil }
        let unknown = done.filter { snapshot.catalog.lesson(LessonID($0)) == nil }
        return APIModels.NextResponse(done: known, unknown: unknown, fringe: [], next: [])
    }
}
