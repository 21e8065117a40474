import CatalogModel
import CatalogTables

/// The cells of a model value as a table row writes them, keyed by column name.
package enum RowCells {
    package static func cells(of course: Course) -> [String: String] {
        [
            "id": course.id.rawValue, "title": course.title, "provider": course.provider,
            "kind": course.kind?.rawValue ?? "", "url": course.url, "description": course.description,
            "topics": ListCell.join(course.topics.map(\.rawValue)), "people": ListCell.join(course.people.map(\.item)),
            "level": course.level?.rawValue ?? "", "access": course.access?.rawValue ?? "",
        ]
    }

    package static func cells(of lesson: Lesson) -> [String: String] {
        [
            "id": lesson.id.rawValue, "course": lesson.course.rawValue, "order": lesson.order.text,
            "title": lesson.title, "url": lesson.url, "description": lesson.description,
            "topics": ListCell.join(lesson.topics.map(\.rawValue)), "format": lesson.format?.rawValue ?? "",
            "people": ListCell.join(lesson.people.map(\.item)), "module": lesson.module,
            "objectives": ListCell.join(lesson.objectives), "terms": ListCell.join(lesson.terms),
            "minutes": lesson.minutes.text, "level": lesson.level?.rawValue ?? "",
            "access": lesson.access?.rawValue ?? "",
        ]
    }

    package static func cells(of path: LearningPath) -> [String: String] {
        [
            "id": path.id.rawValue, "title": path.title, "description": path.description, "source": path.sourceURL,
            "people": ListCell.join(path.people.map(\.item)),
        ]
    }

    package static func cells(of step: PathStep) -> [String: String] {
        [
            "path": step.path.rawValue, "order": step.order.text, "module": step.module, "title": step.title,
            "objectives": ListCell.join(step.objectives), "terms": ListCell.join(step.terms),
            "topics": ListCell.join(step.topics.map(\.rawValue)),
            "lessons": ListCell.join(step.lessons.map(\.rawValue)),
        ]
    }
}
