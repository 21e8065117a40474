/// One of the five quality principles of the catalog (DESIGN.md), plus the health of a link.
///
/// Every score component names the principle it comes from, so a curator can read a score as
/// a list of reasons.
package enum QualityPrinciple: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// 1. Primary sources first: official docs, workshops, canonical repositories.
    case primarySource = "primary source"
    /// 2. Runnable beats slide-only: labs, notebooks, workshops, code.
    case runnable
    /// 3. Evaluation is required, not an add-on.
    case evaluation
    /// 3. Observability is required, not an add-on.
    case observability
    /// 4. Vendor-neutral concepts first, vendor-specific implementations second.
    case vendorNeutral = "vendor-neutral"
    /// 5. Material that shows versioning and experiments (prompts, datasets, model artifacts).
    case versioning
    /// Not a principle of the plan: a link that keeps failing is worth less to a learner.
    case linkHealth = "link health"

    /// The short name used in reasons, e.g. `runnable` in "+2 runnable: format lab".
    package var name: String { rawValue }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
