import CatalogModel

/// `required`: a required cell is empty. An empty required cell gives this error only.
package struct RequiredRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.required] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        func require(_ table: TableKind, _ source: RecordSource?, _ field: String, _ isEmpty: Bool, _ what: String) {
            guard isEmpty, context.checksRequired(field, in: table) else { return }
            diagnostics.append(
                Diagnostic(
                    .error,
                    .required,
                    at: source.location(of: field, in: table),
                    field: field,
                    "\(what) has no \(field)",
                    hint: hint(for: field, in: table)
                )
            )
        }
        for course in catalog.courses {
            let s = course.source
            require(.courses, s, "id", course.id.rawValue.isEmpty, "the course")
            require(.courses, s, "title", course.title.isEmpty, "the course")
            require(.courses, s, "provider", course.provider.isEmpty, "the course")
            require(.courses, s, "kind", course.kind == nil, "the course")
            require(.courses, s, "url", course.url.isEmpty, "the course")
            require(.courses, s, "topics", course.topics.isEmpty, "the course")
        }
        for lesson in catalog.lessons {
            let s = lesson.source
            require(.lessons, s, "id", lesson.id.rawValue.isEmpty, "the lesson")
            require(.lessons, s, "course", lesson.course.rawValue.isEmpty, "the lesson")
            require(.lessons, s, "order", lesson.order == .absent, "the lesson")
            require(.lessons, s, "title", lesson.title.isEmpty, "the lesson")
            require(.lessons, s, "url", lesson.url.isEmpty, "the lesson")
            require(.lessons, s, "topics", lesson.topics.isEmpty, "the lesson")
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
            let s = step.source
            require(.steps, s, "path", step.path.rawValue.isEmpty, "the step")
            require(.steps, s, "order", step.order == .absent, "the step")
            require(.steps, s, "title", step.title.isEmpty, "the step")
            require(.steps, s, "topics", step.topics.isEmpty, "the step")
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
