import CatalogCheck
import CatalogModel

/// A lesson chosen for a learning path step, pinned by a curator or matched by topic and terms.
package struct StepMatch: Hashable, Sendable {
    package var lesson: Lesson
    /// Whether a curator pinned the lesson to the step.
    package var pinned: Bool
    /// Match points (0 for a pinned lesson): 3 per step topic the lesson names, 1 per step topic
    /// it covers through a finer topic, 2 per step term in its terms or title.
    package var points: Int
    /// Why, e.g. "pinned by the curator", "+3 topic rag", "+2 term \"LoRA\"".
    package var reasons: [String]
    /// The lesson's quality score.
    package var quality: QualityScore
    /// The lesson's topics that matched: a step topic it names, or its finer topic under one.
    package var coveredTopics: [TopicID] = []
    /// The step terms found in the lesson's terms or title, as the step writes them.
    package var matchedTerms: [String] = []
}
