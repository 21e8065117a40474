import CatalogModel

/// `unknown-reference` for a course, topic, person, path, lesson, broader or requires value
/// that names nothing; `alias-used` (a warning) where a topic's alias stands for its id.
package struct ReferenceRule: LessonRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.unknownReference, .aliasUsed] }

    package func check(
        _ lesson: Lesson,
        at position: Int,
        _ context: CheckContext,
        into diagnostics: inout [Diagnostic]
    ) {
        let reporter = Reporter(context: context)
        if !lesson.course.rawValue.isEmpty, !context.catalog.contains(lesson.course) {
            reporter.unknown(
                "course",
                lesson.course.rawValue,
                among: reporter.courseIDs,
                lesson.source,
                .lessons,
                "course",
                &diagnostics
            )
        }
        reporter.topics(lesson.topics, lesson.source, .lessons, "topics", &diagnostics)
        reporter.people(lesson.people, lesson.source, .lessons, &diagnostics)
    }

    package func checkOtherTables(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        // Membership goes through the catalog's lookups; the sets of known ids are built only
        // for a "did you mean" hint, that is when something is unknown.
        let reporter = Reporter(context: context)

        for course in catalog.courses {
            reporter.topics(course.topics, course.source, .courses, "topics", &diagnostics)
            reporter.people(course.people, course.source, .courses, &diagnostics)
        }
        for topic in catalog.topics {
            if let broader = topic.broader {
                reporter.topics([broader], topic.source, .topics, "broader", &diagnostics)
            }
            reporter.topics(topic.requires, topic.source, .topics, "requires", &diagnostics)
        }
        for path in catalog.paths {
            reporter.people(path.people, path.source, .paths, &diagnostics)
        }
        for step in catalog.steps {
            if !step.path.rawValue.isEmpty, !catalog.contains(step.path) {
                reporter.unknown(
                    "path",
                    step.path.rawValue,
                    among: reporter.pathIDs,
                    step.source,
                    .steps,
                    "path",
                    &diagnostics
                )
            }
            reporter.topics(step.topics, step.source, .steps, "topics", &diagnostics)
            for lesson in step.lessons where !catalog.contains(lesson) {
                reporter.unknown(
                    "lesson",
                    lesson.rawValue,
                    among: reporter.lessonIDs,
                    step.source,
                    .steps,
                    "lessons",
                    &diagnostics
                )
            }
        }
    }

    /// Checks references against the catalog.
    private struct Reporter {
        let context: CheckContext

        init(context: CheckContext) {
            self.context = context
        }

        private var catalog: Catalog { context.catalog }
        /// The table each kind of reference points into.
        static let referredTable: [String: TableKind] = [
            "course": .courses, "topic": .topics, "person": .people, "path": .paths, "lesson": .lessons,
        ]
        var courseIDs: Set<String> {
            context.hintCandidates.ids(of: .courses) { Set(catalog.courses.map(\.id.rawValue)) }
        }
        var topicIDs: Set<String> { context.hintCandidates.ids(of: .topics) { Set(context.topicIDs.map(\.rawValue)) } }
        var personIDs: Set<String> {
            context.hintCandidates.ids(of: .people) { Set(catalog.people.map(\.id.rawValue)) }
        }
        var pathIDs: Set<String> { context.hintCandidates.ids(of: .paths) { Set(catalog.paths.map(\.id.rawValue)) } }
        // `Suggestions` does not search more than 5,000 candidates: do not build a larger set.
        var lessonIDs: Set<String> {
            context.hintCandidates.ids(of: .lessons) {
                catalog.lessons.count <= 5_000 ? Set(catalog.lessons.map(\.id.rawValue)) : []
            }
        }

        func topics(
            _ topics: [TopicID],
            _ source: @autoclosure () -> RecordSource?,
            _ table: TableKind,
            _ field: String,
            _ diagnostics: inout [Diagnostic]
        ) {
            for topic in topics where !context.topicIDs.contains(topic) {
                let location = source().location(of: field, in: table)
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
                    unknown("topic", topic.rawValue, among: topicIDs, source(), table, field, &diagnostics)
                }
            }
        }

        func people(
            _ credits: [Credit],
            _ source: @autoclosure () -> RecordSource?,
            _ table: TableKind,
            _ diagnostics: inout [Diagnostic]
        ) {
            for credit in credits where !context.catalog.contains(credit.person) {
                unknown(
                    "person",
                    credit.person.rawValue,
                    among: personIDs,
                    source(),
                    table,
                    "people",
                    &diagnostics
                )
            }
        }

        func unknown(
            _ noun: String,
            _ value: String,
            among candidates: @autoclosure () -> Set<String>,
            _ source: RecordSource?,
            _ table: TableKind,
            _ field: String,
            _ diagnostics: inout [Diagnostic]
        ) {
            var hint: String?
            let target = Self.referredTable[noun] ?? table
            if let closest = context.hintCandidates.closest(to: value, in: target, candidates) {
                hint = "did you mean \"\(closest)\"?"
            } else if noun == "person" && context.catalog.people.isEmpty {
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
    /// The candidate nearest to `value` by edit distance, if it is close enough to be a typo;
    /// `candidates` sorted, so that ties go to the first. Large candidate sets are not searched
    /// (a hint is not worth a slow check).
    package static func closest(to value: String, amongSorted candidates: [String]) -> String? {
        guard candidates.count <= 5_000, !value.isEmpty else { return nil }
        let limit = max(2, value.count / 3)
        var best: (distance: Int, text: String)?
        for candidate in candidates {
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
