import Foundation

/// The time source of a run: wall time for the history, monotonic time and sleeping for pacing.
///
/// Injected so tests of retries and backoff neither wait nor depend on the time of day.
package protocol LinkCheckClock: Sendable {
    /// The wall-clock time, written into the history.
    var now: Date { get }
    /// Monotonic time since the clock started, used to space requests to one host.
    var elapsed: Duration { get }
    /// Suspends the caller for a while.
    func sleep(for duration: Duration) async throws
}

/// The real clock: `Date()`, `ContinuousClock` and `Task.sleep`.
package struct SystemLinkClock: LinkCheckClock {
    private let start = ContinuousClock.now

    package init() {}

    package var now: Date { Date() }
    package var elapsed: Duration { ContinuousClock.now - start }
    package func sleep(for duration: Duration) async throws {
        guard duration > .zero else { return }
        try await Task.sleep(for: duration)
    }
}
