import CatalogCheck
import CatalogModel
import Testing

@testable import LearningGraph

@Suite("Quality totals without reasons")
struct QualityTotalsTests {
    private let catalog = Catalog(
        courses: [Fixture.course("cloudy", kind: .cloud, provider: "Cloud Co")],
        lessons: [
            Fixture.lesson("a", course: "cloudy", order: 1, topics: ["evaluation"]),
            Fixture.lesson("b", course: "cloudy", order: 2, topics: ["lifecycle"]),
            Fixture.lesson("a", course: "cloudy", order: 3, topics: ["lifecycle"]),
        ],
        topics: [
            Topic(id: "lifecycle", name: "Lifecycle", order: .value(1)),
            Topic(id: "evaluation", name: "Evaluation", order: .value(2)),
        ]
    )

    @Test("totals match the scored reasons, first row per id, and unknown ids have none")
    func totals() throws {
        let graph = LearningGraph(catalog: catalog)
        let totals = graph.qualityTotalsByLesson()
        #expect(totals.count == 2)
        for id: LessonID in ["a", "b"] {
            let score = try #require(graph.quality(of: id))
            #expect(graph.qualityTotal(of: id) == score.total)
            #expect(totals[id] == score.total)
        }
        #expect(graph.qualityTotal(of: "nope") == nil)
    }
}
