/// A topic of the field's map, e.g. `evaluation` or its finer `llm-as-judge`.
package struct Topic: Hashable, Sendable, Identifiable {
    package var id: TopicID
    package var name: String
    package var description: String
    /// The parent topic (a SKOS-style hierarchy).
    package var broader: TopicID?
    /// Topics to learn first.
    package var requires: [TopicID]
    /// Other spellings that authors may use for this topic.
    package var aliases: [String]
    /// Display and learning order among siblings.
    package var order: WholeNumber
    /// Where the row was read, when it came from a table.
    package var source: RecordSource?

    package init(
        id: TopicID,
        name: String,
        description: String = "",
        broader: TopicID? = nil,
        requires: [TopicID] = [],
        aliases: [String] = [],
        order: WholeNumber = .absent,
        source: RecordSource? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.broader = broader
        self.requires = requires
        self.aliases = aliases
        self.order = order
        self.source = source
    }

    /// The eight top-level topics of the LLMOps map, in the plan's order.
    package static let topLevel: [TopicID] = [
        "lifecycle", "prompt-management", "evaluation", "observability", "deployment", "post-training",
        "governance", "cost-performance",
    ]
}
