import CatalogModel

/// Warning `whitespace`: tabs, line breaks, doubled spaces or control characters inside a value
/// (edge spaces are not part of a value and are not reported).
package struct WhitespaceRule: LessonRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.whitespace] }

    package func check(
        _ lesson: Lesson,
        at position: Int,
        _ context: CheckContext,
        into diagnostics: inout [Diagnostic]
    ) {
        var inspector = Inspector()
        inspector.inspect("id", lesson.id.rawValue, lesson.source, .lessons)
        inspector.inspect("title", lesson.title, lesson.source, .lessons)
        inspector.inspect("url", lesson.url, lesson.source, .lessons)
        inspector.inspect("description", lesson.description, lesson.source, .lessons)
        inspector.inspect("module", lesson.module, lesson.source, .lessons)
        inspector.inspect("objectives", lesson.objectives, lesson.source, .lessons)
        inspector.inspect("terms", lesson.terms, lesson.source, .lessons)
        inspector.inspect("topics", lesson.topics, lesson.source, .lessons)
        diagnostics += inspector.diagnostics
    }

    package func checkOtherTables(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        var inspector = Inspector()
        for c in catalog.courses {
            inspector.inspect("id", c.id.rawValue, c.source, .courses)
            inspector.inspect("title", c.title, c.source, .courses)
            inspector.inspect("provider", c.provider, c.source, .courses)
            inspector.inspect("url", c.url, c.source, .courses)
            inspector.inspect("description", c.description, c.source, .courses)
            inspector.inspect("topics", c.topics, c.source, .courses)
            inspector.inspect("people", c.people.map(\.person.rawValue), c.source, .courses)
        }
        for t in catalog.topics {
            inspector.inspect("id", t.id.rawValue, t.source, .topics)
            inspector.inspect("name", t.name, t.source, .topics)
            inspector.inspect("description", t.description, t.source, .topics)
            inspector.inspect("aliases", t.aliases, t.source, .topics)
        }
        for p in catalog.people {
            inspector.inspect("id", p.id.rawValue, p.source, .people)
            inspector.inspect("name", p.name, p.source, .people)
            inspector.inspect("url", p.url, p.source, .people)
            inspector.inspect("affiliation", p.affiliation, p.source, .people)
        }
        for p in catalog.paths {
            inspector.inspect("id", p.id.rawValue, p.source, .paths)
            inspector.inspect("title", p.title, p.source, .paths)
            inspector.inspect("description", p.description, p.source, .paths)
        }
        for s in catalog.steps {
            inspector.inspect("title", s.title, s.source, .steps)
            inspector.inspect("module", s.module, s.source, .steps)
            inspector.inspect("objectives", s.objectives, s.source, .steps)
            inspector.inspect("terms", s.terms, s.source, .steps)
        }
        diagnostics += inspector.diagnostics
    }

    /// Collects the spacing problems of values, one per field.
    private struct Inspector {
        var diagnostics: [Diagnostic] = []

        // The source is read only for a finding.
        mutating func inspect(
            _ field: String,
            _ value: String,
            _ source: @autoclosure () -> RecordSource?,
            _ table: TableKind
        ) {
            guard let problem = WhitespaceRule.problem(in: value) else { return }
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

        mutating func inspect(
            _ field: String,
            _ items: [String],
            _ source: @autoclosure () -> RecordSource?,
            _ table: TableKind
        ) {
            for item in items where WhitespaceRule.problem(in: item) != nil {
                inspect(field, item, source(), table)
                return
            }
        }

        mutating func inspect<Entity>(
            _ field: String,
            _ ids: [Identifier<Entity>],
            _ source: @autoclosure () -> RecordSource?,
            _ table: TableKind
        ) {
            for id in ids where WhitespaceRule.problem(in: id.rawValue) != nil {
                inspect(field, id.rawValue, source(), table)
                return
            }
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
