import CatalogCheck
import CatalogModel

/// A lesson suggested to learn next, with the points and reasons that placed it.
package struct NextSuggestion: Hashable, Sendable {
    package var lesson: Lesson
    /// The next-ranking points: new topics, continuing a course, and the quality total.
    package var points: Int
    /// Why, e.g. "+4 new topic: llm-as-judge", "+3 continues course mlflow-genai after lesson 2".
    package var reasons: [String]
    /// Topics the lesson teaches that the learner does not know yet, in learning order.
    package var newTopics: [TopicID]
    /// The lesson's quality score with its own reasons.
    package var quality: QualityScore
    /// Whether it is the next lesson of a course the learner has started.
    package var continuesCourse = false
}
