/// A dimension a search can be narrowed by, with the counts shown next to the results.
package enum SearchFacet: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// A topic, counting lessons of its finer topics too.
    case topic
    /// The publisher kind of the lesson's course: cloud, open source or independent.
    case kind
    case format
    case provider
    case level
    case access

    /// The label shown above the facet's values.
    package var label: String {
        switch self {
        case .topic: "Topic"
        case .kind: "Ecosystem"
        case .format: "Format"
        case .provider: "Provider"
        case .level: "Level"
        case .access: "Access"
        }
    }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
