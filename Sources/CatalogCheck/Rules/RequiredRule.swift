import CatalogModel

/// `required`: a required cell is empty. An empty required cell gives this error only.
package struct RequiredRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.required] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        // The source is read only for a finding: reading it retains the table's layout, which
        // every rule shares across threads.
        func require(
            _ table: TableKind,
            _ source: @autoclosure () -> RecordSource?,
            _ field: String,
            _ isEmpty: Bool,
            _ what: String
        ) {
            guard isEmpty, context.checksRequired(field, in: table) else { return }
            diagnostics.append(
                Diagnostic(
                    .error,
                    .required,
                    at: source().location(of: field, in: table),
                    field: field,
                    "\(what) has no \(field)",
                    hint: hint(for: field, in: table)
                )
            )
        }
        for course in catalog.courses {
            require(.courses, course.source, "id", course.id.rawValue.isEmpty, "the course")
            require(.courses, course.source, "title", course.title.isEmpty, "the course")
            require(.courses, course.source, "provider", course.provider.isEmpty, "the course")
            require(.courses, course.source, "kind", course.kind == nil, "the course")
            require(.courses, course.source, "url", course.url.isEmpty, "the course")
            require(.courses, course.source, "topics", course.topics.isEmpty, "the course")
        }
        for lesson in catalog.lessons {
            require(.lessons, lesson.source, "id", lesson.id.rawValue.isEmpty, "the lesson")
            require(.lessons, lesson.source, "course", lesson.course.rawValue.isEmpty, "the lesson")
            require(.lessons, lesson.source, "order", lesson.order == .absent, "the lesson")
            require(.lessons, lesson.source, "title", lesson.title.isEmpty, "the lesson")
            require(.lessons, lesson.source, "url", lesson.url.isEmpty, "the lesson")
            require(.lessons, lesson.source, "topics", lesson.topics.isEmpty, "the lesson")
        }
        for topic in catalog.topics {
            require(.topics, topic.source, "id", topic.id.rawValue.isEmpty, "the topic")
            require(.topics, topic.source, "name", topic.name.isEmpty, "the topic")
        }
        for person in catalog.people {
            require(.people, person.source, "id", person.id.rawValue.isEmpty, "the person")
            require(.people, person.source, "name", person.name.isEmpty, "the person")
        }
        for path in catalog.paths {
            require(.paths, path.source, "id", path.id.rawValue.isEmpty, "the path")
            require(.paths, path.source, "title", path.title.isEmpty, "the path")
        }
        for step in catalog.steps {
            require(.steps, step.source, "path", step.path.rawValue.isEmpty, "the step")
            require(.steps, step.source, "order", step.order == .absent, "the step")
            require(.steps, step.source, "title", step.title.isEmpty, "the step")
            require(.steps, step.source, "topics", step.topics.isEmpty, "the step")
        }
    }

    private func hint(for field: String, in table: TableKind) -> String? {
        switch field {
        case "url": "every \(table == .courses ? "course" : "lesson") needs its absolute https:// address"
        case "topics": "name at least one topic id from topics.csv, separated by ;"
        case "kind": "one of \(CourseKind.knownList)"
        case "order": "a whole number >= 1, unique within its \(table == .steps ? "path" : "course")"
        default: nil
        }
    }
}

extension Optional where Wrapped == RecordSource {
    /// Where a field of a record is; a record built in code points at its table's file.
    package func location(of field: String, in table: TableKind) -> SourceLocation {
        if let source = self { return source.location(of: field) }
        return SourceLocation(file: table.fileName, line: 0, column: 0)
    }
}
