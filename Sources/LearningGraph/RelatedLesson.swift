import CatalogCheck
import CatalogModel

/// A lesson related to another, with what they share.
package struct RelatedLesson: Hashable, Sendable {
    package var lesson: Lesson
    /// Relatedness points: 3 per shared topic, 3 per shared term, 1 per topic one has and the
    /// other has a finer or broader form of.
    package var points: Int
    /// Topics both lessons name.
    package var sharedTopics: [TopicID]
    /// Terms both lessons list (as the related lesson writes them).
    package var sharedTerms: [String]
    /// The related lesson's topics that are a finer or broader form of one of the lesson's.
    package var nestedTopics: [TopicID] = []
    /// Whether the related lesson's course is of another kind (cloud, oss, independent).
    package var otherEcosystem: Bool
    /// Why, e.g. "shares topic rag", "shares term \"LoRA\"", "other ecosystem: oss".
    package var reasons: [String]
}
