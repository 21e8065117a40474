import CatalogModel
import LearningGraph

extension Site {
    /// Why a related lesson is listed, in a learner's words, e.g. "Also on LLM as judge and
    /// Tracing · shares the term “trace” · open source".
    ///
    /// The graph's own reasons ("+3 topic llm-as-judge") are for curators and the JSON API: points
    /// and ids mean nothing to a learner.
    func relatedNote(topics: [TopicID], nested: [TopicID], terms: [String], otherKind: CourseKind?) -> String {
        var parts: [String] = []
        if !topics.isEmpty {
            parts.append("Also on " + Self.listed(topics.map(graph.topics.name(of:))))
        } else if !nested.isEmpty {
            parts.append("On " + Self.listed(nested.map(graph.topics.name(of:))))
        }
        if !terms.isEmpty {
            let quoted = terms.prefix(2).map { "“\($0)”" }
            parts.append((terms.count == 1 ? "shares the term " : "shares the terms ") + Self.listed(quoted))
        }
        if let otherKind { parts.append(otherKind.label.lowercased()) }
        return parts.joined(separator: " · ")
    }

    /// Why a lesson is suggested after another: "Next in this course · new topic: Experiment tracking".
    func afterNote(newTopics: [TopicID], continuesCourse: Bool) -> String {
        var parts: [String] = []
        if continuesCourse { parts.append("Next in this course") }
        if !newTopics.isEmpty {
            let names = newTopics.prefix(3).map(graph.topics.name(of:))
            let more = newTopics.count > 3 ? names + ["\(newTopics.count - 3) more"] : names
            let label = newTopics.count == 1 ? "new topic: " : "new topics: "
            parts.append((parts.isEmpty ? label.prefix(1).uppercased() + label.dropFirst() : label) + Self.listed(more))
        }
        return parts.joined(separator: " · ")
    }

    /// Why a lesson was chosen for a path step: "Covers Retrieval-augmented generation · mentions “LLMOps”".
    func stepNote(pinned: Bool, topics: [TopicID], terms: [String]) -> String {
        if pinned { return "Chosen by a curator for this step" }
        var parts: [String] = []
        if !topics.isEmpty { parts.append("Covers " + Self.listed(topics.map(graph.topics.name(of:)))) }
        if !terms.isEmpty {
            let mention = "mentions " + Self.listed(terms.prefix(3).map { "“\($0)”" })
            parts.append(parts.isEmpty ? "M" + mention.dropFirst() : mention)
        }
        return parts.joined(separator: " · ")
    }

    /// The text, or its words up to `limit` characters followed by "…" when it is longer.
    static func excerpt(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(max(limit - 1, 0))
        // End on a whole word when there is one to end on.
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        var kept = words.isEmpty ? cut : words
        while let last = kept.last, last == " " || last == "," || last == ";" || last == ":" { kept.removeLast() }
        return kept + "…"
    }

    /// A count with its noun: "1 lesson", "3 lessons" (nouns that take an s).
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Names as a reader lists them: "A", "A and B", "A, B and C".
    static func listed(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        guard names.count > 1 else { return last }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    /// A learning objective as a list item under "You will be able to": without the outline's
    /// "Learner will be able to" preamble, which every item of the seed outlines repeats.
    static func objectiveText(_ objective: String) -> String {
        let preambles = ["the learner will be able to ", "learners will be able to ", "learner will be able to "]
        let lower = objective.lowercased()
        guard let preamble = preambles.first(where: { lower.hasPrefix($0) }) else { return objective }
        let rest = objective.dropFirst(preamble.count).drop { $0 == " " }
        guard let first = rest.first else { return objective }
        return first.uppercased() + rest.dropFirst()
    }
}
