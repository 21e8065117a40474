import CatalogCheck
import CatalogModel

/// A course with its quality score.
package struct RankedCourse: Hashable, Sendable {
    package var course: Course
    package var score: QualityScore
}
