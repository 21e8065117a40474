import CatalogModel
import Foundation

/// The health of every checked link of a catalog, kept across runs in `.coursemap/links.csv`.
///
/// A pure value: `coursemap links` updates it after each run; report, ranking and site read it
/// with ``read(folder:)`` and ask ``entry(for:)`` or ``health(of:)`` without any network code.
package struct LinkHistory: Hashable, Sendable {
    /// What the last run concluded about a link.
    package enum Health: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
        /// The address answers 2xx, directly or through temporary redirects only.
        case ok
        /// The address answers 2xx through a permanent redirect: a suggestion to update it.
        case redirected
        /// A 4xx, a redirect loop or too many redirects, or a transient failure seen on too many runs.
        case broken
        /// A timeout, 429, 5xx or a network error not yet seen on enough runs to call it broken.
        case transient

        /// Whether the link answered on its last check.
        package var isSuccess: Bool { self == .ok || self == .redirected }

        package static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// One link's record: one row of `links.csv`.
    package struct Entry: Hashable, Sendable {
        /// The address as written in the catalog.
        package var url: String
        /// When the link was last checked (whole seconds, UTC).
        package var lastChecked: Date
        /// The final HTTP status code (`200`, `404`) or the failure (`timeout`, `refused`, `redirect-loop`).
        package var lastStatus: String
        /// What the last run concluded.
        package var health: Health
        /// When the link last answered, if ever.
        package var lastSuccess: Date?
        /// The first check of the current run of failures; `nil` while the link works.
        package var failingSince: Date?
        /// How many runs in a row the link has failed (0 while it works).
        package var consecutiveFailures: Int
        /// Where redirects ended, when that differs from ``url``; empty otherwise.
        package var finalURL: String

        package init(
            url: String,
            lastChecked: Date,
            lastStatus: String,
            health: Health,
            lastSuccess: Date? = nil,
            failingSince: Date? = nil,
            consecutiveFailures: Int = 0,
            finalURL: String = ""
        ) {
            self.url = url
            self.lastChecked = lastChecked
            self.lastStatus = lastStatus
            self.health = health
            self.lastSuccess = lastSuccess
            self.failingSince = failingSince
            self.consecutiveFailures = consecutiveFailures
            self.finalURL = finalURL
        }

        /// How long the link has been failing at a moment, or `nil` when it works.
        package func failingDuration(at now: Date) -> TimeInterval? {
            guard let failingSince else { return nil }
            return max(0, now.timeIntervalSince(failingSince))
        }
    }

    /// The records by address.
    package private(set) var entries: [String: Entry]
    /// Rows of the file that could not be read (they are dropped and rewritten on the next run).
    package var diagnostics: [Diagnostic]

    package init(entries: [Entry] = [], diagnostics: [Diagnostic] = []) {
        var byURL: [String: Entry] = [:]
        for entry in entries { byURL[entry.url] = entry }
        self.entries = byURL
        self.diagnostics = diagnostics
    }

    /// The record of an address, if it was ever checked.
    package func entry(for url: String) -> Entry? { entries[url] }

    /// The last known health of an address, if it was ever checked.
    package func health(of url: String) -> Health? { entries[url]?.health }

    /// The records sorted by address: the order of the file.
    package var sortedEntries: [Entry] { entries.values.sorted { $0.url < $1.url } }

    /// Puts or replaces a record.
    package mutating func set(_ entry: Entry) { entries[entry.url] = entry }

    /// Drops the records of addresses the catalog no longer has.
    package mutating func keep(only urls: Set<String>) {
        entries = entries.filter { urls.contains($0.key) }
    }
}
