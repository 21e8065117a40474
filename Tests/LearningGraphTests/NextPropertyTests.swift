import CatalogModel
import CatalogTestSupport
import Testing

@testable import LearningGraph

@Suite("Next: seeded random DAG properties")
struct NextPropertyTests {
    /// A random catalog: topics with random `requires` to earlier topics and random `broader`
    /// parents, courses of random kinds, lessons on one to three random topics.
    private func randomCatalog(_ random: inout SeededGenerator) -> Catalog {
        let topicCount = Int.random(in: 3...24, using: &random)
        var topics: [Topic] = []
        for index in 0..<topicCount {
            var requires: [String] = []
            var broader: String?
            for earlier in 0..<index where Int.random(in: 0..<100, using: &random) < 15 {
                requires.append("t\(earlier)")
            }
            if index > 0 && Bool.random(using: &random) { broader = "t\(Int.random(in: 0..<index, using: &random))" }
            topics.append(
                Fixture.topic(
                    "t\(index)",
                    broader: broader,
                    requires: requires,
                    order: Int.random(in: 1...5, using: &random)
                )
            )
        }
        topics.shuffle(using: &random)
        let kinds: [CourseKind] = [.cloud, .oss, .independent]
        let formats: [LessonFormat?] = [.docs, .lab, .notebook, .slides, .video, nil]
        var courses: [Course] = []
        var lessons: [Lesson] = []
        for courseIndex in 0..<Int.random(in: 1...6, using: &random) {
            let course = "c\(courseIndex)"
            courses.append(Fixture.course(course, kind: kinds.randomElement(using: &random) ?? .oss))
            for order in 1...Int.random(in: 1...12, using: &random) {
                let picked = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                    "t\(Int.random(in: 0..<topicCount, using: &random))"
                }
                lessons.append(
                    Fixture.lesson(
                        "\(course)-l\(order)",
                        course: course,
                        order: order,
                        topics: picked,
                        format: formats.randomElement(using: &random) ?? nil
                    )
                )
            }
        }
        return Catalog(courses: courses, lessons: lessons, topics: topics)
    }

    @Test("every suggested lesson has its prerequisites done and is not done; the order respects every edge")
    func randomGraphs() {
        var random = SeededGenerator(seed: 20_240_601)
        for _ in 0..<300 {
            let catalog = randomCatalog(&random)
            let graph = LearningGraph(catalog: catalog)
            let order = graph.topics.learningOrder
            #expect(Set(order).count == catalog.topics.count)
            for topic in catalog.topics {
                for prerequisite in graph.topics.prerequisites(of: topic.id) {
                    #expect(graph.topics.rank(of: prerequisite) < graph.topics.rank(of: topic.id))
                }
            }
            // Learners at random points: some lessons and some topics done.
            for _ in 0..<5 {
                var done: [String] = []
                for lesson in catalog.lessons where Int.random(in: 0..<100, using: &random) < 25 {
                    done.append(lesson.id.rawValue)
                }
                for topic in catalog.topics where Int.random(in: 0..<100, using: &random) < 20 {
                    done.append(topic.id.rawValue)
                }
                let progress = graph.progress(done: done)
                let suggestions = graph.next(after: progress, limit: 8)
                for suggestion in suggestions {
                    #expect(!progress.lessons.contains(suggestion.lesson.id))
                    #expect(graph.prerequisites(ofLesson: suggestion.lesson.id).isSubset(of: progress.known))
                    #expect(graph.isAvailable(suggestion.lesson.id, for: progress))
                }
                let points = suggestions.map(\.points)
                #expect(points == points.sorted(by: >))
                for topic in graph.fringe(progress) {
                    #expect(!progress.known.contains(topic))
                    #expect(graph.topics.prerequisites(of: topic).allSatisfy(progress.known.contains))
                }
                // Same input, same answer.
                #expect(graph.next(after: progress, limit: 8) == suggestions)
                #expect(
                    LearningGraph(catalog: catalog).next(after: progress, limit: 8).map(\.lesson.id)
                        == suggestions.map(\.lesson.id)
                )
            }
        }
    }

    @Test("a learner who has done nothing is offered lessons that need nothing")
    func freshLearner() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<100 {
            let catalog = randomCatalog(&random)
            let graph = LearningGraph(catalog: catalog)
            let suggestions = graph.next(after: graph.progress(done: []), limit: 100)
            let expected = catalog.lessons.filter { graph.prerequisites(ofLesson: $0.id).isEmpty }.map(\.id)
            #expect(Set(suggestions.map(\.lesson.id)) == Set(expected.prefix(100)))
        }
    }
}
