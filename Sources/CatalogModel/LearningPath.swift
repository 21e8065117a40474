/// A learning path: a syllabus of ordered steps, each filled with catalog lessons.
package struct LearningPath: Hashable, Sendable, Identifiable {
    package var id: PathID
    package var title: String
    package var description: String
    /// The public address of the outline the path came from.
    package var sourceURL: String
    package var people: [Credit]
    /// Where the row was read, when it came from a table.
    package var source: RecordSource?

    package init(
        id: PathID,
        title: String,
        description: String = "",
        sourceURL: String = "",
        people: [Credit] = [],
        source: RecordSource? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.sourceURL = sourceURL
        self.people = people
        self.source = source
    }
}

/// One step of a learning path.
package struct PathStep: Hashable, Sendable {
    package var path: PathID
    package var order: WholeNumber
    package var module: String
    package var title: String
    package var objectives: [String]
    package var terms: [String]
    package var topics: [TopicID]
    /// Lessons a curator pinned to this step; they come before any suggestion.
    package var lessons: [LessonID]
    /// Where the row was read, when it came from a table.
    package var source: RecordSource?

    package init(
        path: PathID,
        order: WholeNumber,
        module: String = "",
        title: String,
        objectives: [String] = [],
        terms: [String] = [],
        topics: [TopicID] = [],
        lessons: [LessonID] = [],
        source: RecordSource? = nil
    ) {
        self.path = path
        self.order = order
        self.module = module
        self.title = title
        self.objectives = objectives
        self.terms = terms
        self.topics = topics
        self.lessons = lessons
        self.source = source
    }
}
