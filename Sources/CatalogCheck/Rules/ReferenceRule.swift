import CatalogModel

/// `unknown-reference` for a course, topic, person, path, lesson, broader or requires value
/// that names nothing; `alias-used` (a warning) where a topic's alias stands for its id.
package struct ReferenceRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.unknownReference, .aliasUsed] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        let courseIDs = Set(catalog.courses.map(\.id.rawValue))
        let personIDs = Set(catalog.people.map(\.id.rawValue))
        let pathIDs = Set(catalog.paths.map(\.id.rawValue))
        let lessonIDs = Set(catalog.lessons.map(\.id.rawValue))
        let reporter = Reporter(context: context)

        for course in catalog.courses {
            reporter.topics(course.topics, course.source, .courses, "topics", &diagnostics)
            reporter.people(course.people, personIDs, course.source, .courses, &diagnostics)
        }
        for lesson in catalog.lessons {
            if !lesson.course.rawValue.isEmpty, !courseIDs.contains(lesson.course.rawValue) {
                reporter.unknown(
                    "course",
                    lesson.course.rawValue,
                    among: courseIDs,
                    lesson.source,
                    .lessons,
                    "course",
                    &diagnostics
                )
            }
            reporter.topics(lesson.topics, lesson.source, .lessons, "topics", &diagnostics)
            reporter.people(lesson.people, personIDs, lesson.source, .lessons, &diagnostics)
        }
        for topic in catalog.topics {
            if let broader = topic.broader {
                reporter.topics([broader], topic.source, .topics, "broader", &diagnostics)
            }
            reporter.topics(topic.requires, topic.source, .topics, "requires", &diagnostics)
        }
        for path in catalog.paths {
            reporter.people(path.people, personIDs, path.source, .paths, &diagnostics)
        }
        for step in catalog.steps {
            if !step.path.rawValue.isEmpty, !pathIDs.contains(step.path.rawValue) {
                reporter.unknown("path", step.path.rawValue, among: pathIDs, step.source, .steps, "path", &diagnostics)
            }
            reporter.topics(step.topics, step.source, .steps, "topics", &diagnostics)
            for lesson in step.lessons where !lessonIDs.contains(lesson.rawValue) {
                reporter.unknown(
                    "lesson",
                    lesson.rawValue,
                    among: lessonIDs,
                    step.source,
                    .steps,
                    "lessons",
                    &diagnostics
                )
            }
        }
    }

    private struct Reporter {
        let context: CheckContext
        let topicIDs: Set<String>

        init(context: CheckContext) {
            self.context = context
            self.topicIDs = Set(context.topicIDs.map(\.rawValue))
        }

        func topics(
            _ topics: [TopicID],
            _ source: RecordSource?,
            _ table: TableKind,
            _ field: String,
            _ diagnostics: inout [Diagnostic]
        ) {
            for topic in topics where !context.topicIDs.contains(topic) {
                let location = source.location(of: field, in: table)
                if let id = context.aliases[topic.rawValue.lowercased()] {
                    diagnostics.append(
                        Diagnostic(
                            .warning,
                            .aliasUsed,
                            at: location,
                            field: field,
                            "\"\(topic.rawValue)\" is an alias of topic \"\(id.rawValue)\"",
                            hint: "write the id \"\(id.rawValue)\" (coursemap fmt does it for you)"
                        )
                    )
                } else {
                    unknown("topic", topic.rawValue, among: topicIDs, source, table, field, &diagnostics)
                }
            }
        }

        func people(
            _ credits: [Credit],
            _ personIDs: Set<String>,
            _ source: RecordSource?,
            _ table: TableKind,
            _ diagnostics: inout [Diagnostic]
        ) {
            for credit in credits where !personIDs.contains(credit.person.rawValue) {
                unknown("person", credit.person.rawValue, among: personIDs, source, table, "people", &diagnostics)
            }
        }

        func unknown(
            _ noun: String,
            _ value: String,
            among candidates: Set<String>,
            _ source: RecordSource?,
            _ table: TableKind,
            _ field: String,
            _ diagnostics: inout [Diagnostic]
        ) {
            var hint: String?
            if let closest = Suggestions.closest(to: value, among: candidates) {
                hint = "did you mean \"\(closest)\"?"
            } else if noun == "person" && candidates.isEmpty {
                hint = "add the person to people.csv"
            }
            diagnostics.append(
                Diagnostic(
                    .error,
                    .unknownReference,
                    at: source.location(of: field, in: table),
                    field: field,
                    "\(noun) \"\(value)\" does not exist",
                    hint: hint
                )
            )
        }
    }
}

/// Finds the closest known spelling for a "did you mean" hint.
package enum Suggestions {
    /// The candidate nearest to `value` by edit distance, if it is close enough to be a typo.
    /// Large candidate sets are not searched (a hint is not worth a slow check).
    package static func closest(to value: String, among candidates: Set<String>) -> String? {
        guard candidates.count <= 5_000, !value.isEmpty else { return nil }
        let limit = max(2, value.count / 3)
        var best: (distance: Int, text: String)?
        for candidate in candidates.sorted() {
            let distance = editDistance(value, candidate, limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (distance, candidate) }
        }
        return best?.text
    }

    /// Levenshtein distance, giving up early past `limit`.
    package static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
