import Dispatch
import Synchronization

/// Runs independent pieces of work on every core and hands back their results in order.
///
/// Results are put back in index order, so callers that fold them stay deterministic whatever
/// order the pieces finish in.
enum ParallelChunks {
    /// `body(0) ... body(count - 1)`, run concurrently when there are several.
    static func map<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(body(index), at: index) }
        return slots.all
    }

    /// `0..<total` cut into consecutive ranges of at most `size` (one empty range when `total` is 0).
    static func ranges(_ total: Int, size: Int) -> [Range<Int>] {
        let size = max(size, 1)
        guard total > size else { return [0..<total] }
        return stride(from: 0, to: total, by: size).map { $0..<min($0 + size, total) }
    }
}

/// One slot per piece of work, filled from several threads.
private final class Slots<Value: Sendable>: Sendable {
    private let values: Mutex<[Value?]>

    init(count: Int) {
        values = Mutex(Array(repeating: nil, count: count))
    }

    func store(_ value: Value, at index: Int) {
        values.withLock { $0[index] = value }
    }

    /// Every slot's value; each was stored once before this is read.
    var all: [Value] { values.withLock { $0.compactMap { $0 } } }
}
