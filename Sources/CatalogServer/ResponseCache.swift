import Hummingbird
import Synchronization

/// Rendered bodies of one catalog generation, keyed by request target.
///
/// A generation never changes, so a cached body is always right; the cache is dropped with its
/// snapshot on reload. It is bounded: when full it is emptied (simple, and the hot set refills).
package final class ResponseCache: Sendable {
    private let entries = Mutex<[String: ByteBuffer]>([:])
    private let capacity: Int

    package init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The cached body, or the one `make` renders (then kept).
    package func body(for key: String, make: () throws -> ByteBuffer) rethrows -> ByteBuffer {
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let body = try make()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = body
        }
        return body
    }

    /// The cached body, if any.
    package func cached(_ key: String) -> ByteBuffer? {
        entries.withLock { $0[key] }
    }

    /// The number of cached bodies.
    package var count: Int { entries.withLock { $0.count } }
}
