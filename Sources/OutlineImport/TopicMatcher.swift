import CatalogModel

/// Finds the catalog's topics in free text by their ids, names and aliases.
///
/// Words are compared after lower-casing and a light stemming (plural `s`, `-ing`), so
/// "Monitoring LLMs" finds the alias `monitoring` and "vector databases" the name
/// "Vector databases". The longest phrase wins where two overlap; an id beats a name, a name
/// beats an alias when two topics share a spelling.
package struct TopicMatcher: Sendable {
    /// One topic found in a text, with the words that named it.
    package struct Match: Hashable, Sendable {
        package var topic: TopicID
        /// The words as written in the text, e.g. `Vector database`.
        package var words: String
        /// Position of the first word among the text's words (for stable ordering).
        package var position: Int
    }

    private struct Phrase: Sendable {
        var stems: [String]
        var topic: TopicID
        var rank: Int
    }

    /// Phrases keyed by their first stem, longest first.
    private let phrases: [String: [Phrase]]
    /// Each topic's position in topics.csv.
    package let order: [TopicID: Int]
    /// Each topic's chain of broader topics, itself first.
    private let ancestors: [TopicID: [TopicID]]

    package init(topics: [Topic]) {
        var byText: [[String]: Phrase] = [:]
        func add(_ text: String, _ topic: TopicID, rank: Int) {
            let stems = Self.words(in: text).map(\.stem)
            guard !stems.isEmpty else { return }
            if let existing = byText[stems], existing.rank <= rank { return }
            byText[stems] = Phrase(stems: stems, topic: topic, rank: rank)
        }
        for topic in topics where topic.id.isWellFormed {
            add(topic.id.rawValue.replacingHyphens(), topic.id, rank: 0)
            add(topic.name, topic.id, rank: 1)
            for alias in topic.aliases { add(alias, topic.id, rank: 2) }
        }
        var phrases: [String: [Phrase]] = [:]
        for phrase in byText.values { phrases[phrase.stems[0], default: []].append(phrase) }
        for key in phrases.keys {
            phrases[key]?.sort {
                ($0.stems.count, $1.stems.joined(separator: " ")) > ($1.stems.count, $0.stems.joined(separator: " "))
            }
        }
        self.phrases = phrases
        var order: [TopicID: Int] = [:]
        for (index, topic) in topics.enumerated() where order[topic.id] == nil { order[topic.id] = index }
        self.order = order
        var parent: [TopicID: TopicID] = [:]
        for topic in topics { if let broader = topic.broader, parent[topic.id] == nil { parent[topic.id] = broader } }
        var ancestors: [TopicID: [TopicID]] = [:]
        for topic in topics {
            var chain = [topic.id]
            var current = topic.id
            while let next = parent[current], !chain.contains(next) {
                chain.append(next)
                current = next
            }
            ancestors[topic.id] = chain
        }
        self.ancestors = ancestors
    }

    /// Whether the matcher knows no topic at all.
    package var isEmpty: Bool { phrases.isEmpty }

    /// The topics a text names, in the order they first appear.
    package func matches(in text: String) -> [Match] {
        let words = Self.words(in: text)
        var matches: [Match] = []
        var index = 0
        while index < words.count {
            var matched = false
            for phrase in phrases[words[index].stem] ?? [] where index + phrase.stems.count <= words.count {
                guard zip(phrase.stems, words[index..<(index + phrase.stems.count)]).allSatisfy({ $0 == $1.stem })
                else { continue }
                let written = words[index..<(index + phrase.stems.count)].map(\.text).joined(separator: " ")
                matches.append(Match(topic: phrase.topic, words: written, position: index))
                index += phrase.stems.count
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return matches
    }

    /// The top-level topic above a topic (the topic itself when it has no broader one).
    package func root(of topic: TopicID) -> TopicID {
        ancestors[topic]?.last ?? topic
    }

    // MARK: - Words

    struct Word {
        var text: String
        var stem: String
    }

    /// Letters-and-digits words with their stems.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            words.append(Word(text: current, stem: stem(current)))
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "’" {
                continue
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Lower-cased, without a plural `s`, then without an `-ation`/`-ate` or `-ing` ending.
    static func stem(_ word: String) -> String {
        var stem = word.lowercased()
        if stem.count > 4, stem.hasSuffix("ies") {
            stem = String(stem.dropLast(3)) + "y"
        } else if stem.count > 3, stem.hasSuffix("s"), !stem.hasSuffix("ss") {
            stem.removeLast()
        }
        // "evaluation", "evaluating", "evaluate" share a stem.
        if stem.count > 6, let suffix = ["ation", "ating", "ated", "ate"].first(where: stem.hasSuffix) {
            stem.removeLast(suffix.count)
        } else if stem.count > 5, stem.hasSuffix("ing") {
            stem.removeLast(3)
        }
        return stem
    }
}

extension String {
    /// The text with hyphens as spaces (a topic id read as words).
    fileprivate func replacingHyphens() -> String {
        String(map { $0 == "-" ? " " : $0 })
    }
}
