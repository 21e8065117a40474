import Synchronization

/// Markup already rendered, by key, for parts that many requests share (e.g. the facet
/// navigation of a search, the same on every page of it). Bounded: when full, it starts over.
final class RenderMemo: Sendable {
    private let entries = Mutex<[String: String]>([:])
    private let capacity: Int

    init(capacity: Int = 2_000) {
        self.capacity = capacity
    }

    /// The markup for `key`, rendered by `render` the first time.
    func markup(for key: String, _ render: () -> String) -> String {
        if let known = entries.withLock({ $0[key] }) { return known }
        let rendered = render()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = rendered
        }
        return rendered
    }
}
