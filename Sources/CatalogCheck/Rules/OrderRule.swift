import CatalogModel

/// `bad-order` (not a whole number >= 1), `duplicate-order` (two lessons of a course, or two
/// steps of a path, share an order) and `order-gap` (a warning: a course's orders skip a number).
package struct OrderRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.badOrder, .duplicateOrder, .orderGap] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        var byCourse: [CourseID: [(order: Int, line: Int, source: RecordSource?)]] = [:]
        for lesson in catalog.lessons {
            guard let order = validOrder(lesson.order, lesson.source, .lessons, minimum: 1, &diagnostics) else {
                continue
            }
            byCourse[lesson.course, default: []].append((order, lesson.source?.line ?? 0, lesson.source))
        }
        for (course, entries) in byCourse.sorted(by: { $0.key < $1.key }) where !course.rawValue.isEmpty {
            duplicates(entries, "lesson", "course \"\(course.rawValue)\"", .lessons, &diagnostics)
            gaps(course, entries, &diagnostics)
        }

        var byPath: [PathID: [(order: Int, line: Int, source: RecordSource?)]] = [:]
        for step in catalog.steps {
            guard let order = validOrder(step.order, step.source, .steps, minimum: 1, &diagnostics) else { continue }
            byPath[step.path, default: []].append((order, step.source?.line ?? 0, step.source))
        }
        for (path, entries) in byPath.sorted(by: { $0.key < $1.key }) where !path.rawValue.isEmpty {
            duplicates(entries, "step", "path \"\(path.rawValue)\"", .steps, &diagnostics)
        }
        for topic in catalog.topics {
            _ = validOrder(topic.order, topic.source, .topics, minimum: 0, &diagnostics)
        }
    }

    private func validOrder(
        _ order: WholeNumber,
        _ source: RecordSource?,
        _ table: TableKind,
        minimum: Int,
        _ diagnostics: inout [Diagnostic]
    ) -> Int? {
        switch order {
        case .absent:
            return nil
        case .value(let number) where number >= minimum:
            return number
        case .value, .invalid:
            diagnostics.append(
                Diagnostic(
                    .error,
                    .badOrder,
                    at: source.location(of: "order", in: table),
                    field: "order",
                    "order \"\(order.text)\" is not a whole number >= \(minimum)",
                    hint: "write a whole number such as \(max(minimum, 1))"
                )
            )
            return nil
        }
    }

    private func duplicates(
        _ entries: [(order: Int, line: Int, source: RecordSource?)],
        _ noun: String,
        _ owner: String,
        _ table: TableKind,
        _ diagnostics: inout [Diagnostic]
    ) {
        var firstLine: [Int: Int] = [:]
        for entry in entries {
            if let line = firstLine[entry.order] {
                diagnostics.append(
                    Diagnostic(
                        .error,
                        .duplicateOrder,
                        at: entry.source.location(of: "order", in: table),
                        field: "order",
                        "order \(entry.order) of \(owner) is already used on line \(line)",
                        hint: "give each \(noun) of \(owner) its own order"
                    )
                )
            } else {
                firstLine[entry.order] = entry.line
            }
        }
    }

    private func gaps(
        _ course: CourseID,
        _ entries: [(order: Int, line: Int, source: RecordSource?)],
        _ diagnostics: inout [Diagnostic]
    ) {
        let sorted = entries.sorted { ($0.order, $0.line) < ($1.order, $1.line) }
        var expected = 1
        for entry in sorted {
            if entry.order > expected {
                let missing = expected == entry.order - 1 ? "\(expected)" : "\(expected) to \(entry.order - 1)"
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        .orderGap,
                        at: entry.source.location(of: "order", in: .lessons),
                        field: "order",
                        "course \"\(course.rawValue)\" has no lesson with order \(missing)",
                        hint: "number the lessons of a course 1, 2, 3, ... without gaps"
                    )
                )
            }
            expected = entry.order + 1
        }
    }
}
