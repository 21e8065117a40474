import CatalogCheck
import CatalogModel

extension LearningGraph {
    /// Lessons of other courses related to a lesson, other ecosystems first.
    ///
    /// A lesson is related when it shares a topic or a term, or names a finer or broader form of
    /// one of the lesson's topics. Order: another course kind first (a cloud lesson shows oss and
    /// independent ones first), then more points (`RelatedLesson.points`), then higher quality,
    /// then id.
    /// - Complexity: O(C) for the C lessons that share a topic or term.
    package func related(to id: LessonID, limit: Int = 5) -> [RelatedLesson] {
        guard let row = lessonIndex[id], limit > 0 else { return [] }
        let lesson = catalog.lessons[row]
        let ownTopics = Set(lesson.topics)
        let ownClosed = closedTopics[row]
        let ownTerms = Set(lesson.terms.map { $0.lowercased() })
        let kind = kinds[row]

        var candidates: Set<Int> = []
        for topic in ownTopics { candidates.formUnion(lessonsCovering[topic] ?? []) }
        for topic in ownClosed.subtracting(ownTopics) { candidates.formUnion(lessonsByTopic[topic] ?? []) }
        for term in ownTerms { candidates.formUnion(lessonsByTerm[term] ?? []) }

        struct Match {
            var row: Int
            var points: Int
            var other: Bool
        }
        var matches: [Match] = []
        for candidate in candidates where candidate != row {
            let other = catalog.lessons[candidate]
            guard other.course != lesson.course, lessonIndex[other.id] == candidate else { continue }
            matches.append(
                Match(row: candidate, points: relatedness(row, candidate).points, other: kinds[candidate] != kind)
            )
        }
        let chosen = Self.best(matches.indices.map { $0 }, limit: limit) { left, right in
            let a = matches[left]
            let b = matches[right]
            if a.other != b.other { return a.other }
            if a.points != b.points { return a.points > b.points }
            return better(a.row, b.row)
        }
        return chosen.map { index in
            let match = matches[index]
            let found = relatedness(row, match.row)
            var reasons = found.topics.map { "shares topic \($0)" } + found.terms.map { "shares term \"\($0)\"" }
            reasons += found.nested.map { "\($0.0) is a finer form of \($0.1)" }
            if match.other, let otherKind = kinds[match.row] { reasons.append("other ecosystem: \(otherKind)") }
            let relatedLesson = catalog.lessons[match.row]
            var nestedTopics: [TopicID] = []
            for (finer, broader) in found.nested {
                let theirs = relatedLesson.topics.contains(finer) ? finer : broader
                if !nestedTopics.contains(theirs) { nestedTopics.append(theirs) }
            }
            return RelatedLesson(
                lesson: relatedLesson,
                points: match.points,
                sharedTopics: found.topics,
                sharedTerms: found.terms,
                nestedTopics: nestedTopics,
                otherEcosystem: match.other,
                reasons: reasons
            )
        }
    }

    /// What two lesson rows share: topics, terms (as the second writes them), and nested topics.
    private func relatedness(
        _ left: Int,
        _ right: Int
    ) -> (
        points: Int, topics: [TopicID], terms: [String], nested: [(TopicID, TopicID)]
    ) {
        let a = catalog.lessons[left]
        let b = catalog.lessons[right]
        let shared = Set(a.topics).intersection(b.topics).sorted()
        let termsA = Set(a.terms.map { $0.lowercased() })
        var terms: [String] = []
        var seenTerms: Set<String> = []
        for term in b.terms where termsA.contains(term.lowercased()) && seenTerms.insert(term.lowercased()).inserted {
            terms.append(term)
        }
        var nested: [(TopicID, TopicID)] = []
        for topic in Set(b.topics).subtracting(shared).sorted() {
            for own in Set(a.topics).subtracting(shared).sorted() {
                if topics.ancestors[topic]?.contains(own) ?? false {
                    nested.append((topic, own))
                } else if topics.ancestors[own]?.contains(topic) ?? false {
                    nested.append((own, topic))
                }
            }
        }
        return (3 * shared.count + 3 * terms.count + nested.count, shared, terms, nested)
    }
}
