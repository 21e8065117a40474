import CatalogModel

/// `cycle`: `broader` or `requires` loops back on itself. Reported once per loop, on the row
/// that closes it in file order.
package struct CycleRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.cycle] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let topics = context.catalog.topics
        scan(topics, field: "broader", edges: { $0.broader.map { [$0] } ?? [] }, &diagnostics)
        scan(topics, field: "requires", edges: \.requires, &diagnostics)
    }

    /// Adds edges in file order; an edge whose target already reaches its source closes a
    /// loop: it is reported and left out, so the same loop is not reported twice.
    /// - Complexity: O(E * (V + E)) in the topic graph, small in practice.
    private func scan(
        _ topics: [Topic],
        field: String,
        edges: (Topic) -> [TopicID],
        _ diagnostics: inout [Diagnostic]
    ) {
        var graph: [TopicID: [TopicID]] = [:]
        for topic in topics where !topic.id.rawValue.isEmpty {
            for target in edges(topic) {
                if let loop = path(from: target, to: topic.id, in: graph) {
                    let names = ([topic.id] + loop).map(\.rawValue).joined(separator: " -> ")
                    diagnostics.append(
                        Diagnostic(
                            .error,
                            .cycle,
                            at: topic.source.location(of: field, in: .topics),
                            field: field,
                            "\(field) loops back on itself: \(names)",
                            hint: "remove one link of the loop"
                        )
                    )
                } else {
                    graph[topic.id, default: []].append(target)
                }
            }
        }
    }

    /// A path of edges from `start` to `goal`, as the list of nodes after `start`... ending at goal.
    private func path(from start: TopicID, to goal: TopicID, in graph: [TopicID: [TopicID]]) -> [TopicID]? {
        if start == goal { return [goal] }
        var previous: [TopicID: TopicID] = [:]
        var queue = [start]
        var seen: Set<TopicID> = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in graph[node] ?? [] where !seen.contains(next) {
                seen.insert(next)
                previous[next] = node
                if next == goal {
                    var chain = [goal]
                    var current = goal
                    while let before = previous[current] {
                        chain.append(before)
                        current = before
                    }
                    return chain.reversed()
                }
                queue.append(next)
            }
        }
        return nil
    }
}
