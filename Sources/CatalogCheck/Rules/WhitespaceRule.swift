import CatalogModel

/// Warning `whitespace`: tabs, line breaks, doubled spaces or control characters inside a value
/// (edge spaces are not part of a value and are not reported).
package struct WhitespaceRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.whitespace] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        func inspect(_ field: String, _ value: String, _ source: @autoclosure () -> RecordSource?, _ table: TableKind) {
            guard let problem = Self.problem(in: value) else { return }
            diagnostics.append(
                Diagnostic(
                    .warning,
                    .whitespace,
                    at: source().location(of: field, in: table),
                    field: field,
                    "\(field) contains \(problem)",
                    hint: "use single spaces and no control characters"
                )
            )
        }
        func inspect(_ field: String, _ items: [String], _ source: @autoclosure () -> RecordSource?, _ table: TableKind)
        {
            for item in items where Self.problem(in: item) != nil {
                inspect(field, item, source(), table)
                return
            }
        }
        func inspect<Entity>(
            _ field: String,
            _ ids: [Identifier<Entity>],
            _ source: @autoclosure () -> RecordSource?,
            _ table: TableKind
        ) {
            for id in ids where Self.problem(in: id.rawValue) != nil {
                inspect(field, id.rawValue, source(), table)
                return
            }
        }
        for c in catalog.courses {
            inspect("id", c.id.rawValue, c.source, .courses)
            inspect("title", c.title, c.source, .courses)
            inspect("provider", c.provider, c.source, .courses)
            inspect("url", c.url, c.source, .courses)
            inspect("description", c.description, c.source, .courses)
            inspect("topics", c.topics, c.source, .courses)
            inspect("people", c.people.map(\.person.rawValue), c.source, .courses)
        }
        for l in catalog.lessons {
            inspect("id", l.id.rawValue, l.source, .lessons)
            inspect("title", l.title, l.source, .lessons)
            inspect("url", l.url, l.source, .lessons)
            inspect("description", l.description, l.source, .lessons)
            inspect("module", l.module, l.source, .lessons)
            inspect("objectives", l.objectives, l.source, .lessons)
            inspect("terms", l.terms, l.source, .lessons)
            inspect("topics", l.topics, l.source, .lessons)
        }
        for t in catalog.topics {
            inspect("id", t.id.rawValue, t.source, .topics)
            inspect("name", t.name, t.source, .topics)
            inspect("description", t.description, t.source, .topics)
            inspect("aliases", t.aliases, t.source, .topics)
        }
        for p in catalog.people {
            inspect("id", p.id.rawValue, p.source, .people)
            inspect("name", p.name, p.source, .people)
            inspect("url", p.url, p.source, .people)
            inspect("affiliation", p.affiliation, p.source, .people)
        }
        for p in catalog.paths {
            inspect("id", p.id.rawValue, p.source, .paths)
            inspect("title", p.title, p.source, .paths)
            inspect("description", p.description, p.source, .paths)
        }
        for s in catalog.steps {
            inspect("title", s.title, s.source, .steps)
            inspect("module", s.module, s.source, .steps)
            inspect("objectives", s.objectives, s.source, .steps)
            inspect("terms", s.terms, s.source, .steps)
        }
    }

    /// What is wrong with the value's spacing, or nil.
    package static func problem(in value: String) -> String? {
        var value = value
        return value.withUTF8 { bytes in
            // Fast path: printable ASCII with no doubled space is the common case.
            var clean = true
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte >= 0x7F || (byte == 0x20 && previous == 0x20) {
                    clean = false
                    break
                }
                previous = byte
            }
            return clean ? nil : slowProblem(in: bytes)
        }
    }

    private static func slowProblem(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: " ") where previous == UInt8(ascii: " "): return "two spaces in a row"
            case UInt8(ascii: "\t"): return "a tab"
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "a line break"
            case 0..<0x20, 0x7F: return "a control character"
            // C1 controls (U+0080 to U+009F) are C2 80 to C2 9F in UTF-8.
            case 0x80...0x9F where previous == 0xC2: return "a control character"
            // A byte-order mark (U+FEFF) inside a value is EF BB BF.
            case 0xBF where previous == 0xBB && beforePrevious == 0xEF: return "a control character"
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return nil
    }
}
