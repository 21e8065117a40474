import CatalogModel

/// `required`: a required cell is empty. An empty required cell gives this error only.
package struct RequiredRule: LessonRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.required] }

    package func check(
        _ lesson: Lesson,
        at position: Int,
        _ context: CheckContext,
        into diagnostics: inout [Diagnostic]
    ) {
        let check = Requirement(context: context, table: .lessons, what: "the lesson")
        check.require("id", lesson.id.rawValue.isEmpty, lesson.source, &diagnostics)
        check.require("course", lesson.course.rawValue.isEmpty, lesson.source, &diagnostics)
        check.require("order", lesson.order == .absent, lesson.source, &diagnostics)
        check.require("title", lesson.title.isEmpty, lesson.source, &diagnostics)
        check.require("url", lesson.url.isEmpty, lesson.source, &diagnostics)
        check.require("topics", lesson.topics.isEmpty, lesson.source, &diagnostics)
    }

    package func checkOtherTables(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        var check = Requirement(context: context, table: .courses, what: "the course")
        for course in catalog.courses {
            check.require("id", course.id.rawValue.isEmpty, course.source, &diagnostics)
            check.require("title", course.title.isEmpty, course.source, &diagnostics)
            check.require("provider", course.provider.isEmpty, course.source, &diagnostics)
            check.require("kind", course.kind == nil, course.source, &diagnostics)
            check.require("url", course.url.isEmpty, course.source, &diagnostics)
            check.require("topics", course.topics.isEmpty, course.source, &diagnostics)
        }
        check = Requirement(context: context, table: .topics, what: "the topic")
        for topic in catalog.topics {
            check.require("id", topic.id.rawValue.isEmpty, topic.source, &diagnostics)
            check.require("name", topic.name.isEmpty, topic.source, &diagnostics)
        }
        check = Requirement(context: context, table: .people, what: "the person")
        for person in catalog.people {
            check.require("id", person.id.rawValue.isEmpty, person.source, &diagnostics)
            check.require("name", person.name.isEmpty, person.source, &diagnostics)
        }
        check = Requirement(context: context, table: .paths, what: "the path")
        for path in catalog.paths {
            check.require("id", path.id.rawValue.isEmpty, path.source, &diagnostics)
            check.require("title", path.title.isEmpty, path.source, &diagnostics)
        }
        check = Requirement(context: context, table: .steps, what: "the step")
        for step in catalog.steps {
            check.require("path", step.path.rawValue.isEmpty, step.source, &diagnostics)
            check.require("order", step.order == .absent, step.source, &diagnostics)
            check.require("title", step.title.isEmpty, step.source, &diagnostics)
            check.require("topics", step.topics.isEmpty, step.source, &diagnostics)
        }
    }

    /// Reports empty required cells of one table.
    private struct Requirement {
        let context: CheckContext
        let table: TableKind
        let what: String

        // The source is read only for a finding: reading it retains the table's layout, which
        // every thread shares.
        func require(
            _ field: String,
            _ isEmpty: Bool,
            _ source: @autoclosure () -> RecordSource?,
            _ diagnostics: inout [Diagnostic]
        ) {
            guard isEmpty, context.checksRequired(field, in: table) else { return }
            diagnostics.append(
                Diagnostic(
                    .error,
                    .required,
                    at: source().location(of: field, in: table),
                    field: field,
                    "\(what) has no \(field)",
                    hint: RequiredRule.hint(for: field, in: table)
                )
            )
        }
    }

    fileprivate static func hint(for field: String, in table: TableKind) -> String? {
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
