import CatalogModel

/// Every number of the quality ranking, in one place.
///
/// A lesson's score is the sum of one component per principle:
///
/// | principle | lesson | course |
/// | --- | --- | --- |
/// | 1 primary source | `primarySource` (+2) on the course's own site or a code host of a cloud/oss course; `linkedSource` (+1) elsewhere from a cloud/oss course; 0 for an independent course off its own site | `primarySource` (+2) for cloud and oss courses |
/// | 2 runnable | `runnable` (+2) for lab, notebook, workshop, repo; `slideOnly` (-1) for slides; 0 otherwise | `runnable` (+2) when at least `runnableShare` of its lessons run, `partlyRunnable` (+1) when some do |
/// | 3 evaluation | `evaluation` (+2) when a topic is evaluation or finer | `evaluation` (+2) when a lesson covers it, `missingCoverage` (-1) when none does |
/// | 3 observability | `observability` (+2) likewise | `observability` (+2) / `missingCoverage` (-1) |
/// | 4 vendor-neutral | `vendorNeutral` (+1) for oss and independent courses | `vendorNeutral` (+1) likewise |
/// | 5 versioning | `versioning` (+1) for a versioning topic or keyword | `versioning` (+1) when a lesson shows it |
/// | link health | `failingLink` (-1) after `failuresBeforePenalty` failed checks; `longFailingLink` (-3) after `longFailureDays` | the course page's own link, the same way |
package struct QualityWeights: Hashable, Sendable, Codable {
    /// Official material: the course's own site, or a canonical repository of a cloud or oss course.
    package var primarySource = 2
    /// Material a cloud or oss course links to on another site.
    package var linkedSource = 1
    /// A lab, notebook, workshop or repository: the learner runs something.
    package var runnable = 2
    /// Slides only.
    package var slideOnly = -1
    /// A course earns `runnable` when at least this share (percent) of its lessons are runnable.
    package var runnableShare = 30
    /// A course with some runnable lessons, fewer than `runnableShare`.
    package var partlyRunnable = 1
    /// The lesson or course covers evaluation (or a finer topic).
    package var evaluation = 2
    /// The lesson or course covers observability (or a finer topic).
    package var observability = 2
    /// A course with no lesson on evaluation, or none on observability (each).
    package var missingCoverage = -1
    /// An oss or independent course: concepts not tied to one vendor.
    package var vendorNeutral = 1
    /// Material that shows versioning and experiments.
    package var versioning = 1
    /// A link that failed at least `failuresBeforePenalty` checks in a row.
    package var failingLink = -1
    /// A link failing for at least `longFailureDays` days.
    package var longFailingLink = -3
    /// Failed checks in a row before a link costs points (one failure may be a blip).
    package var failuresBeforePenalty = 2
    /// Days of failure after which a link costs `longFailingLink`.
    package var longFailureDays = 30
    /// Topics (and their finer topics) that show versioning and experiments.
    package var versioningTopics: [TopicID] = ["experiment-tracking", "model-registry", "prompt-versioning", "data-preparation"]
    /// Words in a title, description, objective or term that show versioning and experiments.
    package var versioningWords: [String] = ["version", "experiment", "registry", "lineage", "a/b test"]

    package init() {}

    /// The weights the catalog is ranked with.
    package static let standard = QualityWeights()
}
