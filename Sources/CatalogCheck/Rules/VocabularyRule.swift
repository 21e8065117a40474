import CatalogModel

/// `bad-value`: kind, format, role, level or access outside its vocabulary; minutes not a
/// whole number >= 1.
package struct VocabularyRule: LessonRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.badValue] }

    package func checkOtherTables(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let known = context.knownWords
        for course in context.catalog.courses {
            vocabulary(course.kind, among: known.kinds, "kind", course.source, .courses, &diagnostics)
            vocabulary(course.level, among: known.levels, "level", course.source, .courses, &diagnostics)
            vocabulary(course.access, among: known.access, "access", course.source, .courses, &diagnostics)
            roles(course.people, among: known.roles, course.source, .courses, &diagnostics)
        }
        for path in context.catalog.paths {
            roles(path.people, among: known.roles, path.source, .paths, &diagnostics)
        }
    }

    package func check(
        _ lesson: Lesson,
        at position: Int,
        _ context: CheckContext,
        into diagnostics: inout [Diagnostic]
    ) {
        let known = context.knownWords
        vocabulary(lesson.format, among: known.formats, "format", lesson.source, .lessons, &diagnostics)
        vocabulary(lesson.level, among: known.levels, "level", lesson.source, .lessons, &diagnostics)
        vocabulary(lesson.access, among: known.access, "access", lesson.source, .lessons, &diagnostics)
        roles(lesson.people, among: known.roles, lesson.source, .lessons, &diagnostics)
        if case .absent = lesson.minutes { return }
        if lesson.minutes.positive == nil {
            diagnostics.append(
                Diagnostic(
                    .error,
                    .badValue,
                    at: lesson.source.location(of: "minutes", in: .lessons),
                    field: "minutes",
                    "minutes \"\(lesson.minutes.text)\" is not a whole number >= 1",
                    hint: "write the estimated time in whole minutes, e.g. 90"
                )
            )
        }
    }

    private func vocabulary<Value: Vocabulary>(
        _ value: Value?,
        among known: Set<String>,
        _ field: String,
        _ source: @autoclosure () -> RecordSource?,
        _ table: TableKind,
        _ diagnostics: inout [Diagnostic]
    ) {
        guard let value, !known.contains(value.rawValue) else { return }
        var hint = "one of \(Value.knownList)"
        if let lower = Value.known.first(where: { $0.rawValue == value.rawValue.lowercased() }) {
            hint = "write \"\(lower.rawValue)\" in lower case"
        }
        diagnostics.append(
            Diagnostic(
                .error,
                .badValue,
                at: source().location(of: field, in: table),
                field: field,
                "\(field) \"\(value.rawValue)\" is not one of \(Value.knownList)",
                hint: hint
            )
        )
    }

    private func roles(
        _ credits: [Credit],
        among known: Set<String>,
        _ source: @autoclosure () -> RecordSource?,
        _ table: TableKind,
        _ diagnostics: inout [Diagnostic]
    ) {
        for credit in credits where !known.contains(credit.role.rawValue) {
            diagnostics.append(
                Diagnostic(
                    .error,
                    .badValue,
                    at: source().location(of: "people", in: table),
                    field: "people",
                    "role \"\(credit.role.rawValue)\" of \"\(credit.person.rawValue)\" is not one of \(Role.knownList)",
                    hint: "write person-id:instructor, person-id:author or person-id:maintainer"
                )
            )
        }
    }
}
