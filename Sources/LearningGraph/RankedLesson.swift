import CatalogCheck
import CatalogModel

/// A lesson with its quality score.
package struct RankedLesson: Hashable, Sendable {
    package var lesson: Lesson
    package var score: QualityScore
}
