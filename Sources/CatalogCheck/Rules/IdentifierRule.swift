import CatalogModel

/// `bad-id` and `duplicate-id`: each row's own id is well formed and unique in its table
/// (lesson ids across the whole catalog). A duplicate is reported at its later occurrence.
package struct IdentifierRule: LessonRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.badID, .duplicateID] }

    // The catalog's lookups already know each id's first row: a row whose id leads elsewhere
    // is a duplicate, and a table with as many distinct ids as rows has none.

    package func check(
        _ lesson: Lesson,
        at position: Int,
        _ context: CheckContext,
        into diagnostics: inout [Diagnostic]
    ) {
        let catalog = context.catalog
        let first =
            catalog.distinctIDCount(in: .lessons) < catalog.lessons.count ? catalog.position(of: lesson.id) : nil
        inspect(
            lesson.id.rawValue,
            at: position,
            first: first,
            source: { catalog.lessons[$0].source },
            .lessons,
            "lesson",
            &diagnostics
        )
    }

    package func checkOtherTables(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        scan(catalog.courses, .courses, "course", catalog, \.source, catalog.position(of:), &diagnostics)
        scan(catalog.topics, .topics, "topic", catalog, \.source, catalog.position(of:), &diagnostics)
        scan(catalog.people, .people, "person", catalog, \.source, catalog.position(of:), &diagnostics)
        scan(catalog.paths, .paths, "path", catalog, \.source, catalog.position(of:), &diagnostics)
    }

    private func scan<Row: Identifiable>(
        _ rows: [Row],
        _ table: TableKind,
        _ noun: String,
        _ catalog: Catalog,
        _ sourceOf: (Row) -> RecordSource?,
        _ firstPosition: (Row.ID) -> Int?,
        _ diagnostics: inout [Diagnostic]
    ) where Row.ID: RawRepresentable<String> {
        let mayRepeat = catalog.distinctIDCount(in: table) < rows.count
        for (position, row) in rows.enumerated() {
            let first = mayRepeat ? firstPosition(row.id) : nil
            inspect(
                row.id.rawValue,
                at: position,
                first: first,
                source: { sourceOf(rows[$0]) },
                table,
                noun,
                &diagnostics
            )
        }
    }

    /// Checks one row's id; `first` is the position of the first row with the same id.
    private func inspect(
        _ id: String,
        at position: Int,
        first: Int?,
        source: (Int) -> RecordSource?,
        _ table: TableKind,
        _ noun: String,
        _ diagnostics: inout [Diagnostic]
    ) {
        guard !id.isEmpty else { return }
        if !Identifiers.isWellFormed(id) {
            let suggestion = Identifiers.slug(id)
            diagnostics.append(
                Diagnostic(
                    .error,
                    .badID,
                    at: source(position).location(of: "id", in: table),
                    field: "id",
                    "\(noun) id \"\(id)\" is not an identifier (lower-case letters, digits and single hyphens, at most 64 characters)",
                    hint: suggestion.isEmpty ? nil : "use \"\(suggestion)\""
                )
            )
        }
        guard let first, first != position else { return }
        let line = source(first).location(of: "id", in: table).line
        diagnostics.append(
            Diagnostic(
                .error,
                .duplicateID,
                at: source(position).location(of: "id", in: table),
                field: "id",
                "\(noun) id \"\(id)\" is already used on line \(line)",
                hint: "ids are unique: rename this one or merge the two rows"
            )
        )
    }
}
