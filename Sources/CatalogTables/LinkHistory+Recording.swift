import Foundation

extension LinkHistory {
    /// Records the result of checking one link now, carrying the failure streak forward.
    ///
    /// A success clears the streak; a failure keeps the first `failingSince` and counts the run.
    /// A transient failure becomes ``Health/broken`` once the link has failed on
    /// `brokenAfterRuns` runs in a row, so one bad night does not mark a link broken.
    /// - Parameters:
    ///   - url: the address as written in the catalog.
    ///   - observed: what this check saw (never ``Health/broken`` for a transient failure).
    ///   - status: the final status code or failure name, e.g. `200`, `timeout`.
    ///   - finalURL: where redirects ended, or empty.
    ///   - now: the moment of the check (kept to whole seconds so the file reads back equal).
    ///   - brokenAfterRuns: how many failing runs in a row turn a transient failure into broken.
    /// - Returns: the new record.
    @discardableResult
    package mutating func record(
        url: String,
        observed: Health,
        status: String,
        finalURL: String = "",
        at now: Date,
        brokenAfterRuns: Int = 3
    ) -> Entry {
        let now = Date(timeIntervalSince1970: (now.timeIntervalSince1970).rounded(.down))
        let previous = entries[url]
        var entry = Entry(url: url, lastChecked: now, lastStatus: status, health: observed, finalURL: finalURL)
        if observed.isSuccess {
            entry.lastSuccess = now
        } else {
            entry.lastSuccess = previous?.lastSuccess
            let streak = (previous?.consecutiveFailures ?? 0)
            entry.consecutiveFailures = streak + 1
            entry.failingSince = streak > 0 ? (previous?.failingSince ?? now) : now
            if observed == .transient && entry.consecutiveFailures >= max(1, brokenAfterRuns) {
                entry.health = .broken
            }
        }
        set(entry)
        return entry
    }

    /// Whether an address was checked less than `maxAge` seconds before `now` (so a run may skip it).
    package func isFresh(_ url: String, maxAge: TimeInterval, at now: Date) -> Bool {
        guard maxAge > 0, let entry = entries[url] else { return false }
        return now.timeIntervalSince(entry.lastChecked) < maxAge
    }
}
