import CatalogModel
import Synchronization

/// What every rule needs to know about a catalog, computed once.
package struct CheckContext: Sendable {
    package let catalog: Catalog
    /// Required columns each table's header lacks: no per-row `required` errors for them.
    package let missingColumns: [TableKind: Set<String>]
    package let topicIDs: Set<TopicID>
    /// Alias (lower-cased) to the topic it names.
    package let aliases: [String: TopicID]
    /// Each topic with itself and every broader topic above it.
    package let topicClosure: [TopicID: [TopicID]]
    /// Known ids for "did you mean" hints, built on first use and shared by every thread.
    package let hintCandidates = HintCandidates()
    /// The known words of each vocabulary, as sets of raw values for fast lookups.
    package let knownWords = KnownWords()

    /// The known words of each open vocabulary.
    package struct KnownWords: Sendable {
        package let kinds = Set(CourseKind.known.map(\.rawValue))
        package let formats = Set(LessonFormat.known.map(\.rawValue))
        package let levels = Set(Level.known.map(\.rawValue))
        package let access = Set(Access.known.map(\.rawValue))
        package let roles = Set(Role.known.map(\.rawValue))
    }

    package init(catalog: Catalog, missingColumns: [TableKind: Set<String>] = [:]) {
        self.catalog = catalog
        self.missingColumns = missingColumns
        topicIDs = Set(catalog.topics.map(\.id))
        var aliases: [String: TopicID] = [:]
        for topic in catalog.topics {
            for alias in topic.aliases where aliases[alias.lowercased()] == nil {
                aliases[alias.lowercased()] = topic.id
            }
        }
        self.aliases = aliases
        topicClosure = Self.closure(of: catalog.topics)
    }

    /// Whether the table has the column (a missing required column was already reported).
    package func hasColumn(_ field: String, in table: TableKind) -> Bool {
        guard let layout = catalog.layouts[table] else { return true }
        return layout.has(field)
    }

    /// Whether a required cell check applies (the column exists).
    package func checksRequired(_ field: String, in table: TableKind) -> Bool {
        !(missingColumns[table]?.contains(field) ?? false) && hasColumn(field, in: table)
    }

    /// The topic ids a list of topics covers, each with its broader topics.
    package func closedTopics(_ topics: [TopicID]) -> Set<TopicID> {
        var result: Set<TopicID> = []
        for topic in topics {
            if let closure = topicClosure[topic] { result.formUnion(closure) } else { result.insert(topic) }
        }
        return result
    }

    // Follows `broader` upward; a loop stops the walk (the cycle rule reports it).
    private static func closure(of topics: [Topic]) -> [TopicID: [TopicID]] {
        var parent: [TopicID: TopicID] = [:]
        for topic in topics where parent[topic.id] == nil {
            if let broader = topic.broader { parent[topic.id] = broader }
        }
        var result: [TopicID: [TopicID]] = [:]
        for topic in topics {
            var chain = [topic.id]
            var seen: Set<TopicID> = [topic.id]
            var current = topic.id
            while let next = parent[current], !seen.contains(next) {
                chain.append(next)
                seen.insert(next)
                current = next
            }
            result[topic.id] = chain
        }
        return result
    }
}

/// Sets of known ids, one per table, each built the first time a hint needs it, and the hints
/// found so far (many rows often repeat one unknown value).
package final class HintCandidates: Sendable {
    private let sets = Mutex<[TableKind: (ids: Set<String>, sorted: [String])]>([:])
    private let hints = Mutex<[String: String?]>([:])

    /// The ids of `table`, from `build` on first use.
    package func ids(of table: TableKind, _ build: () -> Set<String>) -> Set<String> {
        entry(of: table, build).ids
    }

    /// The known id of `table` closest to `value`, for a "did you mean" hint.
    package func closest(to value: String, in table: TableKind, _ build: () -> Set<String>) -> String? {
        let key = table.fileName + "\u{0}" + value
        if let known = hints.withLock({ $0[key] }) { return known }
        let found = Suggestions.closest(to: value, amongSorted: entry(of: table, build).sorted)
        hints.withLock { $0[key] = found }
        return found
    }

    private func entry(of table: TableKind, _ build: () -> Set<String>) -> (ids: Set<String>, sorted: [String]) {
        if let known = sets.withLock({ $0[table] }) { return known }
        let ids = build()
        let entry = (ids: ids, sorted: ids.sorted())
        sets.withLock { $0[table] = entry }
        return entry
    }
}
