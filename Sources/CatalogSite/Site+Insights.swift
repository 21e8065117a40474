import CatalogModel

extension Site {
    /// Ranking reasons of a course (filled from the learning graph).
    func courseInsights(_ id: CourseID) -> String { "" }

    /// Related and next lessons of a lesson (filled from the learning graph).
    func lessonInsights(_ id: LessonID) -> String { "" }

    /// The steps of a path with their best lessons and why each was chosen.
    package func stepLessons(of id: PathID) -> [(PathStep, [(Lesson, String)])] {
        catalog.steps(of: id).map { step in
            (step, step.lessons.compactMap { catalog.lesson($0) }.map { ($0, "pinned by a curator") })
        }
    }
}
