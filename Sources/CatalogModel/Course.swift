/// A course: one platform's, community's or author's body of teaching material.
package struct Course: Hashable, Sendable, Identifiable {
    package var id: CourseID
    package var title: String
    package var provider: String
    package var kind: CourseKind?
    package var url: String
    package var description: String
    package var topics: [TopicID]
    package var people: [Credit]
    package var level: Level?
    package var access: Access?
    /// Where the row was read, when it came from a table.
    package var source: RecordSource?

    package init(
        id: CourseID,
        title: String,
        provider: String,
        kind: CourseKind?,
        url: String,
        description: String = "",
        topics: [TopicID] = [],
        people: [Credit] = [],
        level: Level? = nil,
        access: Access? = nil,
        source: RecordSource? = nil
    ) {
        self.id = id
        self.title = title
        self.provider = provider
        self.kind = kind
        self.url = url
        self.description = description
        self.topics = topics
        self.people = people
        self.level = level
        self.access = access
        self.source = source
    }
}
