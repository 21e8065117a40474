import CatalogTables

/// What checking one address found, after redirects and retries.
package struct LinkOutcome: Hashable, Sendable {
    /// One redirect followed.
    package struct Redirect: Hashable, Sendable {
        package var status: Int
        package var from: String
        package var to: String

        /// Whether the redirect is permanent (301, 308): the catalog should use the new address.
        package var isPermanent: Bool { status == 301 || status == 308 }
    }

    /// What this check saw; a transient failure is turned into broken by the history, not here.
    package var observed: LinkHistory.Health
    /// The final HTTP status code, or the failure: `timeout`, `refused`, `dns`, `network`,
    /// `redirect-loop`, `too-many-redirects`, `bad-address`.
    package var status: String
    /// Where redirects ended, when that differs from the address checked; empty otherwise.
    package var finalURL: String
    /// The redirects of the last attempt, in order.
    package var redirects: [Redirect]
    /// How many times the address was tried.
    package var attempts: Int
    /// A short human explanation, e.g. `HEAD 405, GET 200` or `timed out after 15 s`.
    package var detail: String

    package init(
        observed: LinkHistory.Health,
        status: String,
        finalURL: String = "",
        redirects: [Redirect] = [],
        attempts: Int = 1,
        detail: String = ""
    ) {
        self.observed = observed
        self.status = status
        self.finalURL = finalURL
        self.redirects = redirects
        self.attempts = attempts
        self.detail = detail
    }
}
