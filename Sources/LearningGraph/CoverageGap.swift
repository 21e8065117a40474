import CatalogCheck
/// A hole in the catalog's coverage, with a suggestion for the curator.
package struct CoverageGap: Hashable, Sendable, Codable, Comparable {
    /// What kind of hole, in the order the report lists them.
    package enum Kind: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
        /// No lesson covers the topic at all.
        case uncoveredTopic = "uncovered-topic"
        /// No runnable lesson (lab, notebook, workshop, repo) of an oss course covers the topic.
        case noOpenSourceLab = "no-oss-lab"
        /// Only one provider teaches the topic: no consensus across ecosystems.
        case singleVendor = "single-vendor"
        /// A course has no lesson on evaluation.
        case courseWithoutEvaluation = "course-without-evaluation"
        /// A course has no lesson on observability.
        case courseWithoutObservability = "course-without-observability"
        /// No lesson fills a learning path step.
        case uncoveredStep = "uncovered-step"

        package static func < (lhs: Self, rhs: Self) -> Bool {
            (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
        }
    }

    package var kind: Kind
    /// What has the gap: a topic id, a course id, or `path-id#order` for a step.
    package var subject: String
    /// The gap in a sentence, e.g. "no oss lab on Drift detection".
    package var message: String
    /// What a curator could add.
    package var suggestion: String
    /// Position of the subject in its list (topics in hierarchy order, courses and steps in file order).
    package var position: Int

    package init(kind: Kind, subject: String, message: String, suggestion: String, position: Int) {
        self.kind = kind
        self.subject = subject
        self.message = message
        self.suggestion = suggestion
        self.position = position
    }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.kind, lhs.position, lhs.subject) < (rhs.kind, rhs.position, rhs.subject)
    }
}
