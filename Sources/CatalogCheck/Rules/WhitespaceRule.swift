import CatalogModel

/// Warning `whitespace`: tabs, line breaks, doubled spaces or control characters inside a value
/// (edge spaces are not part of a value and are not reported).
package struct WhitespaceRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.whitespace] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        func inspect(_ values: [(String, String)], _ source: RecordSource?, _ table: TableKind) {
            for (field, value) in values {
                guard let problem = Self.problem(in: value) else { continue }
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        .whitespace,
                        at: source.location(of: field, in: table),
                        field: field,
                        "\(field) contains \(problem)",
                        hint: "use single spaces and no control characters"
                    )
                )
            }
        }
        for c in catalog.courses {
            inspect(
                [
                    ("id", c.id.rawValue), ("title", c.title), ("provider", c.provider), ("url", c.url),
                    ("description", c.description), ("topics", c.topics.map(\.rawValue).joined(separator: " ")),
                    ("people", c.people.map(\.item).joined(separator: " ")),
                ],
                c.source,
                .courses
            )
        }
        for l in catalog.lessons {
            inspect(
                [
                    ("id", l.id.rawValue), ("title", l.title), ("url", l.url), ("description", l.description),
                    ("module", l.module), ("objectives", l.objectives.joined(separator: " ")),
                    ("terms", l.terms.joined(separator: " ")),
                    ("topics", l.topics.map(\.rawValue).joined(separator: " ")),
                ],
                l.source,
                .lessons
            )
        }
        for t in catalog.topics {
            inspect(
                [
                    ("id", t.id.rawValue), ("name", t.name), ("description", t.description),
                    ("aliases", t.aliases.joined(separator: " ")),
                ],
                t.source,
                .topics
            )
        }
        for p in catalog.people {
            inspect(
                [("id", p.id.rawValue), ("name", p.name), ("url", p.url), ("affiliation", p.affiliation)],
                p.source,
                .people
            )
        }
        for p in catalog.paths {
            inspect([("id", p.id.rawValue), ("title", p.title), ("description", p.description)], p.source, .paths)
        }
        for s in catalog.steps {
            inspect(
                [
                    ("title", s.title), ("module", s.module), ("objectives", s.objectives.joined(separator: " ")),
                    ("terms", s.terms.joined(separator: " ")),
                ],
                s.source,
                .steps
            )
        }
    }

    /// What is wrong with the value's spacing, or nil.
    package static func problem(in value: String) -> String? {
        var previousWasSpace = false
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: " "):
                if previousWasSpace { return "two spaces in a row" }
                previousWasSpace = true
                continue
            case UInt8(ascii: "\t"): return "a tab"
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "a line break"
            case 0..<0x20, 0x7F: return "a control character"
            default: break
            }
            previousWasSpace = false
        }
        if value.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) || $0 == "\u{FEFF}" }) {
            return "a control character"
        }
        return nil
    }
}
