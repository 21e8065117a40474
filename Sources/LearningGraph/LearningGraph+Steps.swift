import CatalogCheck
import CatalogModel

extension LearningGraph {
    /// The best lessons for a learning path step: pinned lessons first (in the order pinned), then
    /// lessons matching the step's topics and terms, by match points, quality, then id.
    ///
    /// A lesson matches a step topic when it names it (3 points) or a finer topic of it (1 point);
    /// a step term matches a lesson term or appears in its title (2 points each).
    /// - Complexity: O(C) for the C lessons covering the step's topics or listing its terms.
    package func lessons(for step: PathStep, limit: Int = 5) -> [StepMatch] {
        var result: [StepMatch] = []
        var pinnedRows: Set<Int> = []
        for id in step.lessons {
            guard let row = lessonIndex[id], pinnedRows.insert(row).inserted else { continue }
            let lesson = catalog.lessons[row]
            result.append(
                StepMatch(
                    lesson: lesson,
                    pinned: true,
                    points: 0,
                    reasons: ["pinned by the curator"],
                    quality: scorer.score(lesson)
                )
            )
        }
        let remaining = max(0, limit - result.count)
        guard remaining > 0 else { return result }

        var candidates: Set<Int> = []
        for topic in step.topics { candidates.formUnion(lessonsCovering[topic] ?? []) }
        for term in step.terms { candidates.formUnion(lessonsByTerm[term.lowercased()] ?? []) }
        candidates.subtract(pinnedRows)
        var points: [Int: Int] = [:]
        for row in candidates where lessonIndex[catalog.lessons[row].id] == row {
            let score = match(step, row).points
            if score > 0 { points[row] = score }
        }
        let chosen = Self.best(points.keys.sorted(), limit: remaining) { left, right in
            let a = points[left] ?? 0
            let b = points[right] ?? 0
            return a != b ? a > b : better(left, right)
        }
        for row in chosen {
            let lesson = catalog.lessons[row]
            let found = match(step, row)
            result.append(
                StepMatch(
                    lesson: lesson,
                    pinned: false,
                    points: found.points,
                    reasons: found.reasons,
                    quality: scorer.score(lesson),
                    coveredTopics: found.topics,
                    matchedTerms: found.terms
                )
            )
        }
        return result
    }

    /// Every step of a path with its lessons, in step order.
    package func stepLessons(of path: PathID, limit: Int = 5) -> [StepLessons] {
        catalog.steps(of: path).map { StepLessons(step: $0, lessons: lessons(for: $0, limit: limit)) }
    }

    private func match(
        _ step: PathStep,
        _ row: Int
    ) -> (points: Int, reasons: [String], topics: [TopicID], terms: [String]) {
        let lesson = catalog.lessons[row]
        let own = Set(lesson.topics)
        var points = 0
        var reasons: [String] = []
        var covered: [TopicID] = []
        var terms: [String] = []
        var seen: Set<TopicID> = []
        for topic in step.topics where seen.insert(topic).inserted {
            if own.contains(topic) {
                points += 3
                reasons.append("+3 topic \(topic)")
                if !covered.contains(topic) { covered.append(topic) }
            } else if closedTopics[row].contains(topic) {
                let finer = lesson.topics.first { topics.ancestors[$0]?.contains(topic) ?? false } ?? topic
                points += 1
                reasons.append("+1 topic \(topic) via \(finer)")
                if !covered.contains(finer) { covered.append(finer) }
            }
        }
        let lessonTerms = Set(lesson.terms.map { $0.lowercased() })
        let title = lesson.title.lowercased()
        var seenTerms: Set<String> = []
        for term in step.terms where !term.isEmpty && seenTerms.insert(term.lowercased()).inserted {
            let lower = term.lowercased()
            if lessonTerms.contains(lower) || title.contains(lower) {
                points += 2
                reasons.append("+2 term \"\(term)\"")
                terms.append(term)
            }
        }
        return (points, reasons, covered, terms)
    }
}
