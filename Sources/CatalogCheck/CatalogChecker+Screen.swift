import CatalogModel

extension CatalogChecker {
    /// The findings on the other tables that only say something about them once the lessons are
    /// known: with the lessons read by their header alone, every course lacks an evaluation
    /// lesson, every step looks uncovered and every pinned lesson looks unknown.
    private static func dependsOnLessons(_ diagnostic: Diagnostic) -> Bool {
        switch diagnostic.code {
        case .missingEvaluation, .missingObservability, .uncoveredStep: true
        case .unknownReference:
            diagnostic.location.file.hasSuffix(TableKind.steps.fileName) && diagnostic.field == "lessons"
        default: false
        }
    }

    // Whether a catalog is certainly clean (no error, no warning) is decided in two halves, so
    // that the first runs beside the lessons' scan: `otherTablesAreClean` on the other tables
    // (read with the lessons table empty but for its header), then `lessonsFit` with the digest
    // of the lesson rows. Every rule still runs on the other tables; what the lesson rows need
    // beyond the scan's own checks (their courses, topics and people exist; each course teaches
    // evaluation and observability; every step is covered; every pinned lesson exists) is
    // confirmed by `lessonsFit`. False means "not certain": the caller checks in full.

    /// The first half, which needs no lesson: no rule finds anything in the other tables but
    /// what the lessons will settle.
    package func otherTablesAreClean(
        _ rest: Catalog,
        diagnostics restDiagnostics: [Diagnostic],
        missingColumns: [TableKind: Set<String>]
    ) -> Bool {
        guard restDiagnostics.isEmpty, rest.lessons.isEmpty else { return false }
        // The rules this confirms for the lessons; a new rule must be added here to be trusted.
        let confirmed: Set<Diagnostic.Code> = [
            .required, .badID, .duplicateID, .unknownReference, .aliasUsed, .badOrder, .duplicateOrder, .orderGap,
            .badURL, .insecureURL, .trackingParameter, .duplicateURL, .badValue, .cycle, .missingDescription,
            .longDescription, .missingEvaluation, .missingObservability, .whitespace, .uncoveredStep,
        ]
        guard rules.allSatisfy({ $0.codes.allSatisfy(confirmed.contains) }) else { return false }
        // Coverage is settled by the lessons alone (see lessonsFit).
        let settledByLessons: Set<Diagnostic.Code> = [.missingEvaluation, .missingObservability, .uncoveredStep]
        let context = CheckContext(catalog: rest, missingColumns: missingColumns)
        for rule in rules where !rule.codes.allSatisfy(settledByLessons.contains) {
            var found: [Diagnostic] = []
            rule.check(context, into: &found)
            guard found.allSatisfy(Self.dependsOnLessons) else { return false }
        }
        return true
    }

    /// The second half: the lesson rows passed the scan, and their references and coverage hold
    /// against the other tables.
    package func lessonsFit(_ rest: Catalog, _ lessons: LessonDigest) -> Bool {
        guard lessons.rowsPass else { return false }
        let context = CheckContext(catalog: rest)
        // Every course value names a course, every topic value a topic (an alias would be a
        // warning), every person a person.
        guard lessons.topicsByCourse.keys.allSatisfy({ rest.contains(CourseID($0)) }),
            lessons.topics.allSatisfy({ context.topicIDs.contains(TopicID($0)) }),
            lessons.people.allSatisfy({ rest.contains(PersonID($0)) })
        else { return false }
        // Each course has a lesson on evaluation and one on observability (a finer topic counts):
        // what each topic falls under is worked out once, not once per course.
        let under = lessons.topics.map { topic in
            let closure = context.topicClosure[TopicID(topic)] ?? [TopicID(topic)]
            return (evaluation: closure.contains("evaluation"), observability: closure.contains("observability"))
        }
        for course in rest.courses where !course.id.rawValue.isEmpty {
            let topics = lessons.topicsByCourse[course.id.rawValue] ?? []
            guard topics.contains(where: { under[$0].evaluation }), topics.contains(where: { under[$0].observability })
            else { return false }
        }
        // Every step is covered by a lesson on one of its topics, or pins lessons that exist.
        let taught = context.closedTopics(lessons.topics.map { TopicID($0) })
        for step in rest.steps {
            if step.lessons.isEmpty {
                guard step.topics.isEmpty || step.topics.contains(where: taught.contains) else { return false }
            } else {
                guard step.lessons.allSatisfy({ lessons.containsLesson($0.rawValue) }) else { return false }
            }
        }
        return true
    }
}
