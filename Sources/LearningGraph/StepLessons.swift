import CatalogCheck
import CatalogModel

/// A learning path step with the lessons that fill it.
package struct StepLessons: Hashable, Sendable {
    package var step: PathStep
    /// Pinned lessons first, then the best matches.
    package var lessons: [StepMatch]
    /// Whether no lesson of the catalog covers the step.
    package var isUncovered: Bool { lessons.isEmpty }
}
