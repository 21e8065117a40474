/// One part of a quality score: the principle, its points and why, e.g. "+2 runnable: format lab".
package struct ScoreComponent: Hashable, Sendable, Codable, CustomStringConvertible {
    package var principle: QualityPrinciple
    /// Signed points; zero components are kept so every principle shows how it was judged.
    package var points: Int
    /// What in the material earned the points, e.g. `format lab`.
    package var detail: String

    package init(_ principle: QualityPrinciple, _ points: Int, _ detail: String) {
        self.principle = principle
        self.points = points
        self.detail = detail
    }

    /// The reason as printed: signed points, principle, detail, e.g. "-1 runnable: format slides (slide-only)".
    package var description: String {
        let sign = points > 0 ? "+" : (points < 0 ? "-" : "+")
        return "\(sign)\(abs(points)) \(principle.name): \(detail)"
    }
}
