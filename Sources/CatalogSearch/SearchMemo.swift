import Synchronization

/// Computed values of one index generation, keyed, bounded, with concurrent misses coalesced.
///
/// An index never changes, so a kept value is always right; the memo lives and dies with its
/// index, and a reload builds a new index with an empty memo. Concurrent async requests for a
/// missing key share one computation (single flight): a cold start of many identical searches
/// runs the query once. Values are kept until their total weight passes the budget, then the
/// oldest are dropped first.
final class SearchMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private enum Entry {
        case ready(Value)
        case pending(Task<Value, any Error>)
    }

    /// What a caller of `value(for:make:)` does after looking at the state.
    private enum Step {
        case hit(Value)
        case wait(Task<Value, any Error>, started: Bool)
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var weights: [Key: Int] = [:]
        /// Ready keys, oldest first, from `head` on (the prefix before it is already dropped).
        var order: [Key] = []
        var head = 0
        var weight = 0
        /// How many computations ran (misses), for tests and diagnostics.
        var computations = 0
    }

    private let state = Mutex(State())
    private let budget: Int
    private let weigh: @Sendable (Value) -> Int

    /// Makes an empty memo.
    ///
    /// - Parameters:
    ///   - budget: the total weight kept; a single value heavier than this is not kept at all.
    ///   - weigh: the weight of a value (say, its number of rows); at least 1 is counted.
    init(budget: Int, weigh: @escaping @Sendable (Value) -> Int) {
        self.budget = budget
        self.weigh = weigh
    }

    /// The value of `key`, computed by `make` at most once however many callers ask at the same time.
    ///
    /// A failed computation is not kept: every caller waiting on it gets the error, the next one retries.
    func value(for key: Key, make: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let step = state.withLock { state -> Step in
            switch state.entries[key] {
            case .ready(let value): return .hit(value)
            case .pending(let task): return .wait(task, started: false)
            case nil:
                // Unstructured: a caller that goes away does not cancel the others' answer.
                let task = Task { try await make() }
                state.entries[key] = .pending(task)
                state.computations += 1
                return .wait(task, started: true)
            }
        }
        switch step {
        case .hit(let value):
            return value
        case .wait(let task, let started):
            do {
                let value = try await task.value
                if started { keep(value, for: key) }
                return value
            } catch {
                if started {
                    state.withLock { state in
                        if case .pending = state.entries[key] { state.entries[key] = nil }
                    }
                }
                throw error
            }
        }
    }

    /// The kept value of `key`, if it is ready (never waits, never computes).
    func readyValue(for key: Key) -> Value? {
        state.withLock { state in
            if case .ready(let value) = state.entries[key] { return value }
            return nil
        }
    }

    /// The value of `key`, computed on the caller's thread when missing (no coalescing).
    func valueNow(for key: Key, make: () throws -> Value) rethrows -> Value {
        let found = state.withLock { state -> Value? in
            if case .ready(let value) = state.entries[key] { return value }
            return nil
        }
        if let found { return found }
        let value = try make()
        state.withLock { $0.computations += 1 }
        keep(value, for: key)
        return value
    }

    /// How many values were computed so far.
    var computations: Int { state.withLock { $0.computations } }

    /// How many values are kept now.
    var count: Int {
        state.withLock { state in
            state.entries.values.count { if case .ready = $0 { true } else { false } }
        }
    }

    private func keep(_ value: Value, for key: Key) {
        let weight = max(1, weigh(value))
        state.withLock { state in
            if case .ready = state.entries[key] { return }
            guard weight <= budget else {
                state.entries[key] = nil
                return
            }
            while state.weight + weight > budget, state.head < state.order.count {
                let oldest = state.order[state.head]
                state.head += 1
                state.entries[oldest] = nil
                state.weight -= state.weights.removeValue(forKey: oldest) ?? 0
            }
            if state.head > 64, state.head * 2 > state.order.count {
                state.order.removeFirst(state.head)
                state.head = 0
            }
            state.entries[key] = .ready(value)
            state.weights[key] = weight
            state.order.append(key)
            state.weight += weight
        }
    }
}
