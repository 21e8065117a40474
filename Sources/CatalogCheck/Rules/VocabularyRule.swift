import CatalogModel

/// `bad-value`: kind, format, role, level or access outside its vocabulary; minutes not a
/// whole number >= 1.
package struct VocabularyRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.badValue] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        for course in catalog.courses {
            vocabulary(course.kind, "kind", course.source, .courses, &diagnostics)
            vocabulary(course.level, "level", course.source, .courses, &diagnostics)
            vocabulary(course.access, "access", course.source, .courses, &diagnostics)
            roles(course.people, course.source, .courses, &diagnostics)
        }
        for lesson in catalog.lessons {
            vocabulary(lesson.format, "format", lesson.source, .lessons, &diagnostics)
            vocabulary(lesson.level, "level", lesson.source, .lessons, &diagnostics)
            vocabulary(lesson.access, "access", lesson.source, .lessons, &diagnostics)
            roles(lesson.people, lesson.source, .lessons, &diagnostics)
            if case .absent = lesson.minutes { continue }
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
        for path in catalog.paths { roles(path.people, path.source, .paths, &diagnostics) }
    }

    private func vocabulary<Value: Vocabulary>(
        _ value: Value?,
        _ field: String,
        _ source: RecordSource?,
        _ table: TableKind,
        _ diagnostics: inout [Diagnostic]
    ) {
        guard let value, !value.isKnown else { return }
        var hint = "one of \(Value.knownList)"
        if let lower = Value.known.first(where: { $0.rawValue == value.rawValue.lowercased() }) {
            hint = "write \"\(lower.rawValue)\" in lower case"
        }
        diagnostics.append(
            Diagnostic(
                .error,
                .badValue,
                at: source.location(of: field, in: table),
                field: field,
                "\(field) \"\(value.rawValue)\" is not one of \(Value.knownList)",
                hint: hint
            )
        )
    }

    private func roles(
        _ credits: [Credit],
        _ source: RecordSource?,
        _ table: TableKind,
        _ diagnostics: inout [Diagnostic]
    ) {
        for credit in credits where !credit.role.isKnown {
            diagnostics.append(
                Diagnostic(
                    .error,
                    .badValue,
                    at: source.location(of: "people", in: table),
                    field: "people",
                    "role \"\(credit.role.rawValue)\" of \"\(credit.person.rawValue)\" is not one of \(Role.knownList)",
                    hint: "write person-id:instructor, person-id:author or person-id:maintainer"
                )
            )
        }
    }
}
