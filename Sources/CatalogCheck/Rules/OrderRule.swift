import CatalogModel

/// `bad-order` (not a whole number >= 1), `duplicate-order` (two lessons of a course, or two
/// steps of a path, share an order) and `order-gap` (a warning: a course's orders skip a number).
package struct OrderRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.badOrder, .duplicateOrder, .orderGap] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        // The catalog already groups lessons by course in (order, file position) order, so
        // duplicates stand next to each other and the first of them is the earliest row.
        var orders = [Int?](repeating: nil, count: catalog.lessons.count)
        for (position, lesson) in catalog.lessons.enumerated() {
            orders[position] = validOrder(lesson.order, lesson.source, .lessons, minimum: 1, &diagnostics)
        }
        for (course, positions) in catalog.lessonPositionsByCourse.sorted(by: { $0.key < $1.key })
        where !course.rawValue.isEmpty {
            let entries = positions.compactMap { position in orders[position].map { (order: $0, position: position) } }
            let source = { (position: Int) in catalog.lessons[position].source }
            duplicates(entries, source, "lesson", "course \"\(course.rawValue)\"", .lessons, &diagnostics)
            gaps(course, entries, source, &diagnostics)
        }

        var byPath: [PathID: [Entry]] = [:]
        for (position, step) in catalog.steps.enumerated() {
            guard let order = validOrder(step.order, step.source, .steps, minimum: 1, &diagnostics) else { continue }
            byPath[step.path, default: []].append((order, position))
        }
        for (path, entries) in byPath.sorted(by: { $0.key < $1.key }) where !path.rawValue.isEmpty {
            let source = { (position: Int) in catalog.steps[position].source }
            duplicates(entries, source, "step", "path \"\(path.rawValue)\"", .steps, &diagnostics)
        }
        for topic in catalog.topics {
            _ = validOrder(topic.order, topic.source, .topics, minimum: 0, &diagnostics)
        }
    }

    private func validOrder(
        _ order: WholeNumber,
        _ source: @autoclosure () -> RecordSource?,
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
                    at: source().location(of: "order", in: table),
                    field: "order",
                    "order \"\(order.text)\" is not a whole number >= \(minimum)",
                    hint: "write a whole number such as \(max(minimum, 1))"
                )
            )
            return nil
        }
    }

    /// A row's valid order and its position in its table.
    private typealias Entry = (order: Int, position: Int)

    /// Reports each order used twice in one owner, at the later row; `entries` are in file
    /// order within each order value.
    private func duplicates(
        _ entries: [Entry],
        _ source: (Int) -> RecordSource?,
        _ noun: String,
        _ owner: String,
        _ table: TableKind,
        _ diagnostics: inout [Diagnostic]
    ) {
        var firstPosition: [Int: Int] = [:]
        for entry in entries {
            if let first = firstPosition[entry.order] {
                let line = source(first)?.line ?? 0
                diagnostics.append(
                    Diagnostic(
                        .error,
                        .duplicateOrder,
                        at: source(entry.position).location(of: "order", in: table),
                        field: "order",
                        "order \(entry.order) of \(owner) is already used on line \(line)",
                        hint: "give each \(noun) of \(owner) its own order"
                    )
                )
            } else {
                firstPosition[entry.order] = entry.position
            }
        }
    }

    /// Warns where a course's orders skip numbers; `entries` are sorted by order, then position.
    private func gaps(
        _ course: CourseID,
        _ entries: [Entry],
        _ source: (Int) -> RecordSource?,
        _ diagnostics: inout [Diagnostic]
    ) {
        var expected = 1
        for entry in entries {
            if entry.order > expected {
                let missing = expected == entry.order - 1 ? "\(expected)" : "\(expected) to \(entry.order - 1)"
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        .orderGap,
                        at: source(entry.position).location(of: "order", in: .lessons),
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
