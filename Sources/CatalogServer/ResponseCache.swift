import Hummingbird
import Synchronization

/// Rendered bodies of one catalog generation, keyed by request target.
///
/// A generation never changes, so a cached body is always right; the cache is dropped with its
/// snapshot on reload. It is bounded: when full, the oldest body makes room for the new one, one
/// at a time (emptying it all at once held every request behind the lock while thousands of
/// buffers were freed).
package final class ResponseCache: Sendable {
    private struct State {
        var entries: [String: ByteBuffer] = [:]
        /// Keys in insertion order from `head` on; the prefix before `head` is already evicted.
        var order: [String] = []
        var head = 0
    }

    private let state = Mutex(State())
    private let capacity: Int

    package init(capacity: Int = 4096) {
        self.capacity = max(1, capacity)
    }

    /// The cached body, or the one `make` renders (then kept).
    package func body(for key: String, make: () throws -> ByteBuffer) rethrows -> ByteBuffer {
        if let hit = cached(key) { return hit }
        let body = try make()
        // The evicted body is released after the lock is let go.
        let evicted: ByteBuffer? = state.withLock { state in
            guard state.entries[key] == nil else { return nil }
            var evicted: ByteBuffer?
            if state.entries.count >= capacity, state.head < state.order.count {
                evicted = state.entries.removeValue(forKey: state.order[state.head])
                state.head += 1
                if state.head * 2 > state.order.count {
                    state.order.removeFirst(state.head)
                    state.head = 0
                }
            }
            state.entries[key] = body
            state.order.append(key)
            return evicted
        }
        _ = evicted
        return body
    }

    /// The cached body, if any.
    package func cached(_ key: String) -> ByteBuffer? {
        state.withLock { $0.entries[key] }
    }

    /// The number of cached bodies.
    package var count: Int { state.withLock { $0.entries.count } }
}
