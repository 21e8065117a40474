import Dispatch
import Synchronization

/// Runs independent pieces of pure work side by side on the machine's cores.
package enum Parallel {
    /// `body(0) ..< body(count)`, computed concurrently, returned in index order.
    package static func map<Result: Sendable>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map { body($0) } }
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(body(index), at: index)
        }
        return slots.values
    }

    /// Both results, computed side by side.
    package static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First,
        _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firstResult = Slots<First>(count: 1)
        let secondResult = Slots<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firstResult.store(first(), at: 0) } else { secondResult.store(second(), at: 0) }
        }
        // Each slot was filled before concurrentPerform returned.
        return (firstResult.values[0], secondResult.values[0])
    }

    /// One slot per piece of work, written from several threads.
    private final class Slots<Value: Sendable>: Sendable {
        private let slots: Mutex<[Value?]>

        init(count: Int) {
            slots = Mutex(Array(repeating: nil, count: count))
        }

        func store(_ value: Value, at index: Int) {
            slots.withLock { $0[index] = value }
        }

        var values: [Value] { slots.withLock { $0.compactMap { $0 } } }
    }
}
