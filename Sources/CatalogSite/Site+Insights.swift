import CatalogCheck
import CatalogModel
import LearningGraph

extension Site {
    /// How many related, next and step lessons a page lists.
    package static let suggestionLimit = 5

    /// Up to this many lessons, lesson pages ask the graph for related and next lessons.
    ///
    /// The graph scans every lesson sharing a topic for each call, O(lessons) per page, which
    /// makes a site of 100,000 lessons quadratic; above the limit, pages use the site's
    /// quality-sorted topic lists instead (a few dozen lessons per page). The JSON API always
    /// asks the graph.
    static let graphSuggestionCeiling = 10_000

    /// Why a course ranks where it does: its quality score and reasons.
    func courseInsights(_ id: CourseID) -> String {
        guard let score = graph.quality(ofCourse: id) else { return "" }
        return qualitySection(score, heading: "Why this course ranks here")
    }

    /// A lesson's quality reasons, related lessons in other courses, and lessons to take after it.
    func lessonInsights(_ id: LessonID) -> String {
        let e = HTML.escape
        var html = ""
        if let score = graph.quality(of: id) { html += qualitySection(score, heading: "Why this lesson ranks here") }
        let related = relatedLessons(id)
        if !related.isEmpty {
            html += "<section aria-labelledby=\"related-title\">\n<h2 id=\"related-title\">Related lessons</h2>\n"
            html += "<ol class=\"lessons\">\n"
            for (lesson, note) in related { appendSuggestion(lesson, note: e(note), to: &html) }
            html += "</ol>\n</section>\n"
        }
        let next = lessonsAfter(id)
        if !next.isEmpty {
            html += "<section aria-labelledby=\"after-title\">\n<h2 id=\"after-title\">After this lesson</h2>\n"
            html += "<ol class=\"lessons\">\n"
            for (lesson, note) in next { appendSuggestion(lesson, note: e(note), to: &html) }
            html += "</ol>\n</section>\n"
        }
        return html
    }

    /// Lessons of other courses on the same topics, other ecosystems first, with why.
    func relatedLessons(_ id: LessonID) -> [(Lesson, String)] {
        if catalog.lessons.count <= Self.graphSuggestionCeiling {
            return graph.related(to: id, limit: Self.suggestionLimit).map { related in
                let note = relatedNote(
                    topics: related.sharedTopics,
                    nested: related.nestedTopics,
                    terms: related.sharedTerms,
                    otherKind: related.otherEcosystem ? catalog.course(related.lesson.course)?.kind : nil
                )
                return (related.lesson, note)
            }
        }
        guard let own = index.lessonFacts[id], catalog.lessons.indices.contains(own.row) else { return [] }
        let lesson = catalog.lessons[own.row]
        // Lessons of other ecosystems come first, so once there are enough of them the rest
        // cannot change the answer; reasons are written for the chosen lessons only.
        let limit = Self.suggestionLimit
        var seen: [Int] = [own.row]
        var other: [(facts: SiteIndex.LessonFacts, topic: TopicID)] = []
        var same: [(facts: SiteIndex.LessonFacts, topic: TopicID)] = []
        search: for topic in lesson.topics {
            for (_, facts) in index.relatedByTopic[topic] ?? [] where !seen.contains(facts.row) {
                seen.append(facts.row)
                guard facts.courseRow != own.courseRow else { continue }
                if let kind = facts.kind, kind != own.kind {
                    other.append((facts, topic))
                    if other.count == limit { break search }
                } else if same.count < limit {
                    same.append((facts, topic))
                }
            }
        }
        return (other + same).prefix(limit).compactMap { facts, topic in
            guard catalog.lessons.indices.contains(facts.row) else { return nil }
            let otherKind = facts.kind.flatMap { $0 != own.kind ? $0 : nil }
            return (
                catalog.lessons[facts.row], relatedNote(topics: [topic], nested: [], terms: [], otherKind: otherKind)
            )
        }
    }

    /// Lessons to take after this one: the graph's "next", or the course's next lesson and the
    /// best lessons of the topics this one opens.
    func lessonsAfter(_ id: LessonID) -> [(Lesson, String)] {
        if catalog.lessons.count <= Self.graphSuggestionCeiling {
            return graph.next(after: graph.progress(done: [id.rawValue]), limit: Self.suggestionLimit).map { item in
                (item.lesson, afterNote(newTopics: item.newTopics, continuesCourse: item.continuesCourse))
            }
        }
        guard let lesson = catalog.lesson(id) else { return [] }
        var result: [(Lesson, String)] = []
        if let next = index.nextInCourse[id].flatMap({ catalog.lesson($0) }) {
            result.append((next, afterNote(newTopics: [], continuesCourse: true)))
        }
        var opened: [TopicID] = []
        for topic in lesson.topics {
            for unlocked in index.opens[topic] ?? [] where !opened.contains(unlocked) { opened.append(unlocked) }
        }
        for topic in opened where result.count < Self.suggestionLimit {
            let best = (index.lessonsByTopic[topic] ?? []).first { candidate in
                candidate != id && !result.contains { $0.0.id == candidate }
            }
            if let best = best.flatMap({ catalog.lesson($0) }) {
                result.append((best, afterNote(newTopics: [topic], continuesCourse: false)))
            }
        }
        return result
    }

    /// The steps of a path with their best lessons and why each was chosen, in a learner's words.
    package func stepLessons(of id: PathID) -> [(PathStep, [(Lesson, String)])] {
        graph.stepLessons(of: id, limit: Self.suggestionLimit).map { step in
            (
                step.step,
                step.lessons.map { match in
                    (
                        match.lesson,
                        stepNote(pinned: match.pinned, topics: match.coveredTopics, terms: match.matchedTerms)
                    )
                }
            )
        }
    }

    /// Curators' gaps from the graph's coverage.
    func coverageInsights() -> String {
        let gaps = graph.coverage().gaps
        guard !gaps.isEmpty else { return "<p>No gap found.</p>\n" }
        let e = HTML.escape
        var html = "<h2>Gaps (\(gaps.count))</h2>\n<ul class=\"gaps\">\n"
        for gap in gaps {
            html += "<li><strong>\(e(gap.message))</strong>"
            if !gap.suggestion.isEmpty { html += " <span class=\"muted\">\(e(gap.suggestion))</span>" }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    private func qualitySection(_ score: QualityScore, heading: String) -> String {
        let reasons = score.scoringReasons
        guard !reasons.isEmpty else { return "" }
        var html =
            "<details class=\"reasons\">\n<summary>\(HTML.escape(heading)): \(score.total) points</summary>\n<ul>"
        html += reasons.map { "<li>\(HTML.escape($0))</li>" }.joined()
        return html + "</ul>\n</details>\n"
    }
}
