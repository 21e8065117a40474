import CatalogModel

/// `bad-id` and `duplicate-id`: each row's own id is well formed and unique in its table
/// (lesson ids across the whole catalog). A duplicate is reported at its later occurrence.
package struct IdentifierRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.badID, .duplicateID] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        // The catalog's lookups already know each id's first row: a row whose id leads
        // elsewhere is a duplicate, and a table with as many distinct ids as rows has none.
        scan(catalog.courses, .courses, "course", \.id.rawValue, \.source, catalog.position(of:), &diagnostics)
        scan(catalog.lessons, .lessons, "lesson", \.id.rawValue, \.source, catalog.position(of:), &diagnostics)
        scan(catalog.topics, .topics, "topic", \.id.rawValue, \.source, catalog.position(of:), &diagnostics)
        scan(catalog.people, .people, "person", \.id.rawValue, \.source, catalog.position(of:), &diagnostics)
        scan(catalog.paths, .paths, "path", \.id.rawValue, \.source, catalog.position(of:), &diagnostics)

        func scan<Row: Identifiable>(
            _ rows: [Row],
            _ table: TableKind,
            _ noun: String,
            _ text: (Row) -> String,
            _ source: (Row) -> RecordSource?,
            _ firstPosition: (Row.ID) -> Int?,
            _ diagnostics: inout [Diagnostic]
        ) {
            let mayRepeat = catalog.distinctIDCount(in: table) < rows.count
            for (position, row) in rows.enumerated() {
                let id = text(row)
                guard !id.isEmpty else { continue }
                if !Identifiers.isWellFormed(id) {
                    let suggestion = Identifiers.slug(id)
                    diagnostics.append(
                        Diagnostic(
                            .error,
                            .badID,
                            at: source(row).location(of: "id", in: table),
                            field: "id",
                            "\(noun) id \"\(id)\" is not an identifier (lower-case letters, digits and single hyphens, at most 64 characters)",
                            hint: suggestion.isEmpty ? nil : "use \"\(suggestion)\""
                        )
                    )
                }
                guard mayRepeat, let first = firstPosition(row.id), first != position else { continue }
                let line = source(rows[first]).location(of: "id", in: table).line
                diagnostics.append(
                    Diagnostic(
                        .error,
                        .duplicateID,
                        at: source(row).location(of: "id", in: table),
                        field: "id",
                        "\(noun) id \"\(id)\" is already used on line \(line)",
                        hint: "ids are unique: rename this one or merge the two rows"
                    )
                )
            }
        }
    }
}
