/// A lesson: one page, lab, notebook, video or workshop of a course, with its own address.
package struct Lesson: Hashable, Sendable, Identifiable {
    package var id: LessonID
    package var course: CourseID
    package var order: WholeNumber
    package var title: String
    package var url: String
    package var description: String
    package var topics: [TopicID]
    package var format: LessonFormat?
    package var people: [Credit]
    package var module: String
    package var objectives: [String]
    package var terms: [String]
    package var minutes: WholeNumber
    package var level: Level?
    package var access: Access?
    /// Where the row was read, when it came from a table.
    package var source: RecordSource?

    package init(
        id: LessonID,
        course: CourseID,
        order: WholeNumber,
        title: String,
        url: String,
        description: String = "",
        topics: [TopicID] = [],
        format: LessonFormat? = nil,
        people: [Credit] = [],
        module: String = "",
        objectives: [String] = [],
        terms: [String] = [],
        minutes: WholeNumber = .absent,
        level: Level? = nil,
        access: Access? = nil,
        source: RecordSource? = nil
    ) {
        self.id = id
        self.course = course
        self.order = order
        self.title = title
        self.url = url
        self.description = description
        self.topics = topics
        self.format = format
        self.people = people
        self.module = module
        self.objectives = objectives
        self.terms = terms
        self.minutes = minutes
        self.level = level
        self.access = access
        self.source = source
    }
}
