/// Keeps requests to one host name under a concurrency limit and a minimum start interval.
///
/// An actor because it owns the per-host counters every request task shares.
actor HostGate {
    private struct HostState {
        var active = 0
        /// The earliest monotonic time the next request to this host may start.
        var nextStart: Duration = .zero
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let limit: Int
    private let interval: Duration
    private let clock: any LinkCheckClock
    private var hosts: [String: HostState] = [:]

    init(limit: Int, interval: Duration, clock: any LinkCheckClock) {
        self.limit = max(1, limit)
        self.interval = max(.zero, interval)
        self.clock = clock
    }

    /// Takes a slot for the host and returns how long the caller must still wait before starting.
    ///
    /// The start time is reserved here, so callers that take slots together get spaced starts.
    func acquire(_ host: String) async -> Duration {
        while hosts[host, default: HostState()].active >= limit {
            await withCheckedContinuation { continuation in
                hosts[host, default: HostState()].waiters.append(continuation)
            }
        }
        var state = hosts[host, default: HostState()]
        state.active += 1
        let now = clock.elapsed
        let start = max(now, state.nextStart)
        state.nextStart = start + interval
        hosts[host] = state
        return start - now
    }

    /// Gives a slot back and wakes one waiter of the host.
    func release(_ host: String) {
        guard var state = hosts[host] else { return }
        state.active = max(0, state.active - 1)
        let waiter = state.waiters.isEmpty ? nil : state.waiters.removeFirst()
        hosts[host] = state
        waiter?.resume()
    }
}
