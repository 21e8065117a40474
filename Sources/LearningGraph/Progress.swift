import CatalogCheck
import CatalogModel

/// What a learner has done: lessons and topics, and the topics that makes known.
package struct Progress: Hashable, Sendable {
    /// Lessons the learner has done.
    package var lessons: Set<LessonID>
    /// Topics the learner named as done.
    package var topics: Set<TopicID>
    /// Every topic the learner knows: the named topics and the topics of done lessons, closed upward.
    package var known: Set<TopicID>
    /// Ids that named neither a lesson nor a topic, in the order given.
    package var unknownIDs: [String]

    package init(lessons: Set<LessonID> = [], topics: Set<TopicID> = [], known: Set<TopicID> = [], unknownIDs: [String] = []) {
        self.lessons = lessons
        self.topics = topics
        self.known = known
        self.unknownIDs = unknownIDs
    }
}
