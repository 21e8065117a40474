import CatalogModel

/// Warnings `missing-description` and `long-description` (over 280 characters) for courses,
/// lessons, topics and paths, where a description is recommended.
package struct DescriptionRule: LessonRule {
    package static let maximumLength = 280

    package init() {}
    package var codes: [Diagnostic.Code] { [.missingDescription, .longDescription] }

    package func check(
        _ lesson: Lesson,
        at position: Int,
        _ context: CheckContext,
        into diagnostics: inout [Diagnostic]
    ) {
        inspect(lesson.description, "lesson \"\(lesson.id)\"", lesson.source, .lessons, &diagnostics)
    }

    package func checkOtherTables(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        for course in catalog.courses {
            inspect(course.description, "course \"\(course.id)\"", course.source, .courses, &diagnostics)
        }
        for topic in catalog.topics {
            inspect(topic.description, "topic \"\(topic.id)\"", topic.source, .topics, &diagnostics)
        }
        for path in catalog.paths {
            inspect(path.description, "path \"\(path.id)\"", path.source, .paths, &diagnostics)
        }
    }

    private func inspect(
        _ description: String,
        _ what: @autoclosure () -> String,
        _ source: @autoclosure () -> RecordSource?,
        _ table: TableKind,
        _ diagnostics: inout [Diagnostic]
    ) {
        // Most descriptions are well under the limit in bytes, so no characters need counting.
        guard description.isEmpty || description.utf8.count > Self.maximumLength else { return }
        let location = source().location(of: "description", in: table)
        if description.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    .missingDescription,
                    at: location,
                    field: "description",
                    "\(what()) has no description",
                    hint: "add one or two sentences in your own words (at most 280 characters)"
                )
            )
        } else if description.count > Self.maximumLength {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    .longDescription,
                    at: location,
                    field: "description",
                    "the description of \(what()) has \(description.count) characters, more than \(Self.maximumLength)",
                    hint: "shorten it to one or two sentences"
                )
            )
        }
    }
}
