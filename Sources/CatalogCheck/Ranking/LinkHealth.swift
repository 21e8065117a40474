/// What a link checker knows about one address: how many checks in a row failed and since when.
///
/// Ranking takes a dictionary of these keyed by the address as written in the catalog; an
/// address that is absent is treated as healthy (nothing known against it).
package struct LinkHealth: Hashable, Sendable, Codable {
    /// Failed checks in a row, 0 when the last check succeeded.
    package var consecutiveFailures: Int
    /// Whole days since the first failure of the current run of failures, 0 when healthy.
    package var failingDays: Int
    /// The last failure as a short text, e.g. `404` or `timeout`, when known.
    package var lastError: String?

    package init(consecutiveFailures: Int, failingDays: Int = 0, lastError: String? = nil) {
        self.consecutiveFailures = max(0, consecutiveFailures)
        self.failingDays = max(0, failingDays)
        self.lastError = lastError
    }

    /// A healthy link.
    package static let healthy = LinkHealth(consecutiveFailures: 0)
}
