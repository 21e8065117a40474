import CatalogModel

/// `bad-id` and `duplicate-id`: each row's own id is well formed and unique in its table
/// (lesson ids across the whole catalog). A duplicate is reported at its later occurrence.
package struct IdentifierRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.badID, .duplicateID] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        scan(catalog.courses.map { ($0.id.rawValue, $0.source) }, .courses, "course", &diagnostics)
        scan(catalog.lessons.map { ($0.id.rawValue, $0.source) }, .lessons, "lesson", &diagnostics)
        scan(catalog.topics.map { ($0.id.rawValue, $0.source) }, .topics, "topic", &diagnostics)
        scan(catalog.people.map { ($0.id.rawValue, $0.source) }, .people, "person", &diagnostics)
        scan(catalog.paths.map { ($0.id.rawValue, $0.source) }, .paths, "path", &diagnostics)
    }

    private func scan(
        _ rows: [(id: String, source: RecordSource?)],
        _ table: TableKind,
        _ noun: String,
        _ diagnostics: inout [Diagnostic]
    ) {
        var firstLine: [String: Int] = [:]
        firstLine.reserveCapacity(rows.count)
        for row in rows where !row.id.isEmpty {
            let location = row.source.location(of: "id", in: table)
            if !Identifiers.isWellFormed(row.id) {
                let suggestion = Identifiers.slug(row.id)
                diagnostics.append(
                    Diagnostic(
                        .error,
                        .badID,
                        at: location,
                        field: "id",
                        "\(noun) id \"\(row.id)\" is not an identifier (lower-case letters, digits and single hyphens, at most 64 characters)",
                        hint: suggestion.isEmpty ? nil : "use \"\(suggestion)\""
                    )
                )
            }
            if let line = firstLine[row.id] {
                diagnostics.append(
                    Diagnostic(
                        .error,
                        .duplicateID,
                        at: location,
                        field: "id",
                        "\(noun) id \"\(row.id)\" is already used on line \(line)",
                        hint: "ids are unique: rename this one or merge the two rows"
                    )
                )
            } else {
                firstLine[row.id] = location.line
            }
        }
    }
}
