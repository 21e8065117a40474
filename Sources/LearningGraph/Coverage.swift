import CatalogCheck
/// The catalog's coverage: topic x ecosystem and topic x course matrices, and the gaps they show.
package struct Coverage: Hashable, Sendable, Codable {
    /// Lessons per topic (closed upward: a finer topic counts for its parents) and course kind.
    package var byEcosystem: CoverageMatrix
    /// Runnable lessons (lab, notebook, workshop, repo) per topic and course kind.
    package var runnableByEcosystem: CoverageMatrix
    /// Lessons per topic and course.
    package var byCourse: CoverageMatrix
    /// Every gap, by kind then position.
    package var gaps: [CoverageGap]
}
