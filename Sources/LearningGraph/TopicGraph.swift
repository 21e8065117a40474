import CatalogCheck
import CatalogModel

/// The topic map as a graph: the `broader` hierarchy and the `requires` prerequisites.
///
/// Only edges between known topics count; a topic listed twice counts once (its first row).
/// Cycles are rejected upstream by the checker (`cycle`); if one slips through, the graph stays
/// total: walks stop at a repeated topic and the learning order appends the topics of a loop last.
package struct TopicGraph: Sendable {
    /// The topics, first row per id, in file order.
    package let topics: [Topic]
    /// The parent of each topic that has a known one.
    package let broader: [TopicID: TopicID]
    /// The children of each topic, in hierarchy order.
    package let narrower: [TopicID: [TopicID]]
    /// The known topics each topic requires, as written, without repeats.
    package let requires: [TopicID: [TopicID]]
    /// Every topic, parents before their children, siblings by `order` then file order.
    package let hierarchyOrder: [TopicID]
    /// The depth of each topic in the hierarchy (0 for a top-level topic).
    package let depth: [TopicID: Int]
    /// Every topic in a learning order: each after its broader topic and the topics it requires;
    /// ties go to the earlier topic of `hierarchyOrder`.
    package let learningOrder: [TopicID]
    /// The position of each topic in `learningOrder`.
    package let rank: [TopicID: Int]
    /// Each topic followed by its broader topics, nearest first.
    package let ancestors: [TopicID: [TopicID]]
    private let byID: [TopicID: Topic]
    /// Each topic's broader topic and required topics, computed once.
    private let prerequisiteLists: [TopicID: [TopicID]]

    /// Builds the graph.
    /// - Complexity: O(V log V + E).
    package init(topics rows: [Topic]) {
        var byID: [TopicID: Topic] = [:]
        var topics: [Topic] = []
        for topic in rows where byID[topic.id] == nil {
            byID[topic.id] = topic
            topics.append(topic)
        }
        self.topics = topics
        self.byID = byID

        var broader: [TopicID: TopicID] = [:]
        var requires: [TopicID: [TopicID]] = [:]
        for topic in topics {
            if let parent = topic.broader, parent != topic.id, byID[parent] != nil { broader[topic.id] = parent }
            var seen: Set<TopicID> = []
            let needed = topic.requires.filter { $0 != topic.id && byID[$0] != nil && seen.insert($0).inserted }
            if !needed.isEmpty { requires[topic.id] = needed }
        }
        self.broader = broader
        self.requires = requires
        var prerequisiteLists: [TopicID: [TopicID]] = [:]
        for topic in topics {
            var list = requires[topic.id] ?? []
            if let parent = broader[topic.id], !list.contains(parent) { list.insert(parent, at: 0) }
            if !list.isEmpty { prerequisiteLists[topic.id] = list }
        }
        self.prerequisiteLists = prerequisiteLists

        // Siblings sort by their order cell (absent or bad last), then file position.
        var filePosition: [TopicID: Int] = [:]
        for (index, topic) in topics.enumerated() { filePosition[topic.id] = index }
        let siblingKey: (TopicID) -> (Int, Int) = { id in
            (byID[id]?.order.value ?? Int.max, filePosition[id] ?? Int.max)
        }
        var narrower: [TopicID: [TopicID]] = [:]
        for topic in topics { if let parent = broader[topic.id] { narrower[parent, default: []].append(topic.id) } }
        for (parent, children) in narrower { narrower[parent] = children.sorted { siblingKey($0) < siblingKey($1) } }
        self.narrower = narrower

        var ancestors: [TopicID: [TopicID]] = [:]
        for topic in topics {
            var chain = [topic.id]
            var seen: Set<TopicID> = [topic.id]
            var current = topic.id
            while let parent = broader[current], seen.insert(parent).inserted {
                chain.append(parent)
                current = parent
            }
            ancestors[topic.id] = chain
        }
        self.ancestors = ancestors

        // Preorder from the roots; topics caught in a broader loop have no root and follow.
        var hierarchyOrder: [TopicID] = []
        var depth: [TopicID: Int] = [:]
        var visited: Set<TopicID> = []
        func visit(_ id: TopicID, _ level: Int) {
            var stack: [(TopicID, Int)] = [(id, level)]
            while let (node, nodeDepth) = stack.popLast() {
                guard visited.insert(node).inserted else { continue }
                hierarchyOrder.append(node)
                depth[node] = nodeDepth
                for child in (narrower[node] ?? []).reversed() { stack.append((child, nodeDepth + 1)) }
            }
        }
        let roots = topics.map(\.id).filter { broader[$0] == nil }.sorted { siblingKey($0) < siblingKey($1) }
        for root in roots { visit(root, 0) }
        for topic in topics.map(\.id).sorted(by: { siblingKey($0) < siblingKey($1) }) where !visited.contains(topic) {
            visit(topic, 0)
        }
        self.hierarchyOrder = hierarchyOrder
        self.depth = depth

        // Kahn's algorithm; the ready set is kept sorted by hierarchy position for a stable tie-break.
        var position: [TopicID: Int] = [:]
        for (index, id) in hierarchyOrder.enumerated() { position[id] = index }
        var indegree = [Int](repeating: 0, count: hierarchyOrder.count)
        var dependents = [[Int]](repeating: [], count: hierarchyOrder.count)
        for (index, id) in hierarchyOrder.enumerated() {
            var before = requires[id] ?? []
            if let parent = broader[id] { before.append(parent) }
            for prerequisite in Set(before) {
                guard let from = position[prerequisite] else { continue }
                dependents[from].append(index)
                indegree[index] += 1
            }
        }
        var ready = (0..<hierarchyOrder.count).filter { indegree[$0] == 0 }  // ascending, popped from the front
        var order: [Int] = []
        var placed = [Bool](repeating: false, count: hierarchyOrder.count)
        while !ready.isEmpty {
            let next = ready.removeFirst()
            order.append(next)
            placed[next] = true
            for dependent in dependents[next] {
                indegree[dependent] -= 1
                if indegree[dependent] == 0 {
                    let insertAt = ready.partitioningIndex { $0 > dependent }
                    ready.insert(dependent, at: insertAt)
                }
            }
        }
        for index in hierarchyOrder.indices where !placed[index] { order.append(index) }
        learningOrder = order.map { hierarchyOrder[$0] }
        var rank: [TopicID: Int] = [:]
        for (index, id) in learningOrder.enumerated() { rank[id] = index }
        self.rank = rank
    }

    /// The topic with an id, if it is known.
    package func topic(_ id: TopicID) -> Topic? { byID[id] }

    /// Whether the topic is known.
    package func contains(_ id: TopicID) -> Bool { byID[id] != nil }

    /// The topics to know before a topic: its broader topic and the topics it requires.
    package func prerequisites(of id: TopicID) -> [TopicID] {
        prerequisiteLists[id] ?? []
    }

    /// The topics with every broader topic above them (unknown ids are kept as they are).
    package func closed<S: Sequence>(_ ids: S) -> Set<TopicID> where S.Element == TopicID {
        var result: Set<TopicID> = []
        for id in ids {
            if let chain = ancestors[id] { result.formUnion(chain) } else { result.insert(id) }
        }
        return result
    }

    /// Whether something tagged with `tags` is mainly about `topic`: its first tag is the topic
    /// or a finer one (authors list the main topic first), or more than half of its tags are.
    ///
    /// Quality alone ranks a lab that checks accuracy after quantizing a model among the best
    /// evaluation lessons; a learner on the Evaluation page expects lessons about evaluation
    /// first, and those that only touch it after them.
    package func isMainly(about topic: TopicID, tags: [TopicID]) -> Bool {
        guard let first = tags.first else { return false }
        if covers(topic, first) { return true }
        var distinct: [TopicID] = []
        for tag in tags where !distinct.contains(tag) { distinct.append(tag) }
        let under = distinct.reduce(0) { $0 + (covers(topic, $1) ? 1 : 0) }
        return under * 2 > distinct.count
    }

    /// Whether `tag` is `topic` or a finer topic of it.
    private func covers(_ topic: TopicID, _ tag: TopicID) -> Bool {
        tag == topic || (ancestors[tag]?.contains(topic) ?? false)
    }

    /// The topic and every finer topic below it, in hierarchy order.
    package func subtree(of id: TopicID) -> [TopicID] {
        var result: [TopicID] = []
        var stack = [id]
        var seen: Set<TopicID> = []
        while let node = stack.popLast() {
            guard seen.insert(node).inserted else { continue }
            result.append(node)
            stack.append(contentsOf: (narrower[node] ?? []).reversed())
        }
        return result
    }

    /// The position of a topic in the learning order (unknown topics last).
    package func rank(of id: TopicID) -> Int { rank[id] ?? Int.max }

    /// The topic's display name, or its id when unknown.
    package func name(of id: TopicID) -> String { byID[id]?.name ?? id.rawValue }
}

extension Array where Element == Int {
    /// The first index whose element satisfies the predicate, for a predicate that is false then true.
    fileprivate func partitioningIndex(where predicate: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
