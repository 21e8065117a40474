import CatalogCheck
import CatalogModel
import LearningGraph

extension Site {
    /// How many related, next and step lessons a page lists.
    static let suggestionLimit = 5

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
        let related = graph.related(to: id, limit: Self.suggestionLimit)
        if !related.isEmpty {
            html += "<section aria-labelledby=\"related-title\">\n<h2 id=\"related-title\">Related lessons</h2>\n"
            html += "<ol class=\"lessons\">\n"
            for item in related { html += lessonItem(item.lesson, note: e(item.reasons.joined(separator: "; "))) }
            html += "</ol>\n</section>\n"
        }
        let next = graph.next(after: graph.progress(done: [id.rawValue]), limit: Self.suggestionLimit)
        if !next.isEmpty {
            html += "<section aria-labelledby=\"after-title\">\n<h2 id=\"after-title\">After this lesson</h2>\n"
            html += "<ol class=\"lessons\">\n"
            for item in next {
                let reasons = item.reasons.filter { !$0.contains("quality") }
                html += lessonItem(item.lesson, note: e(reasons.joined(separator: "; ")))
            }
            html += "</ol>\n</section>\n"
        }
        return html
    }

    /// The steps of a path with their best lessons and why each was chosen.
    package func stepLessons(of id: PathID) -> [(PathStep, [(Lesson, String)])] {
        graph.stepLessons(of: id, limit: Self.suggestionLimit).map { step in
            (
                step.step,
                step.lessons.map { match in
                    (match.lesson, match.pinned ? "pinned by a curator" : match.reasons.joined(separator: "; "))
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
