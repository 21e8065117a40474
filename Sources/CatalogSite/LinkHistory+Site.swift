import CatalogCheck
import CatalogTables
import Foundation

extension LinkHistory {
    /// The ranking input of the history: every link failing on its last check, keyed by address.
    ///
    /// Days are measured up to the last check, not the clock, so the same history ranks the same.
    package var rankingHealth: [String: LinkHealth] {
        var health: [String: LinkHealth] = [:]
        for entry in sortedEntries where entry.consecutiveFailures > 0 {
            let days = Int((entry.failingDuration(at: entry.lastChecked) ?? 0) / 86_400)
            health[entry.url] = LinkHealth(
                consecutiveFailures: entry.consecutiveFailures,
                failingDays: days,
                lastError: entry.lastStatus
            )
        }
        return health
    }

    /// Whether a link should be flagged to learners and curators: broken, or failing for now.
    package static func needsAttention(_ entry: Entry) -> Bool { !entry.health.isSuccess }

    /// The day of a time as `2026-11-20` (UTC), as pages and reports show it.
    package static func day(_ date: Date) -> String { String(text(date).prefix(10)) }
}
