/// The quality score of a lesson or a course: the sum of its components, each with a reason.
package struct QualityScore: Hashable, Sendable, Codable, Comparable {
    /// One component per principle judged, in principle order.
    package var components: [ScoreComponent]

    package init(components: [ScoreComponent]) {
        self.components = components.sorted { $0.principle < $1.principle }
    }

    /// The sum of the components' points.
    package var total: Int { components.reduce(0) { $0 + $1.points } }

    /// Every reason as printed, zero-point ones included, in principle order.
    package var reasons: [String] { components.map(\.description) }

    /// Only the reasons that moved the score (non-zero points).
    package var scoringReasons: [String] { components.filter { $0.points != 0 }.map(\.description) }

    /// The points of one principle (0 when it was not judged).
    package func points(for principle: QualityPrinciple) -> Int {
        components.filter { $0.principle == principle }.reduce(0) { $0 + $1.points }
    }

    /// Orders by total only; callers break ties by id so rankings are total and stable.
    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.total < rhs.total }
}
