import CatalogCheck
import CatalogModel
import Testing

@testable import LearningGraph

@Suite("Topic graph: order and fringe on small graphs")
struct TopicGraphTests {
    private func graph(_ topics: [Topic]) -> LearningGraph {
        LearningGraph(catalog: Catalog(topics: topics))
    }

    @Test("a chain is learned in its own order whatever the file order")
    func chain() {
        let learning = graph([
            Fixture.topic("c", requires: ["b"]), Fixture.topic("a"), Fixture.topic("b", requires: ["a"]),
        ])
        #expect(learning.topics.learningOrder == ["a", "b", "c"])
        #expect(learning.fringe(learning.progress(done: [])) == ["a"])
        #expect(learning.fringe(learning.progress(done: ["a"])) == ["b"])
        #expect(learning.fringe(learning.progress(done: ["a", "b"])) == ["c"])
        #expect(learning.fringe(learning.progress(done: ["a", "b", "c"])).isEmpty)
    }

    @Test("a diamond needs both sides before its bottom")
    func diamond() {
        let learning = graph([
            Fixture.topic("top"), Fixture.topic("left", requires: ["top"], order: 1),
            Fixture.topic("right", requires: ["top"], order: 2), Fixture.topic("bottom", requires: ["right", "left"]),
        ])
        #expect(learning.topics.learningOrder == ["top", "left", "right", "bottom"])
        #expect(learning.fringe(learning.progress(done: ["top"])) == ["left", "right"])
        #expect(learning.fringe(learning.progress(done: ["top", "left"])) == ["right"])
        #expect(learning.fringe(learning.progress(done: ["top", "left", "right"])) == ["bottom"])
    }

    @Test("disconnected parts each offer their start, in hierarchy order")
    func disconnected() {
        let learning = graph([
            Fixture.topic("x", order: 2), Fixture.topic("y", requires: ["x"]), Fixture.topic("p", order: 1),
            Fixture.topic("q", requires: ["p"]),
        ])
        #expect(learning.topics.learningOrder == ["p", "x", "y", "q"])
        #expect(learning.fringe(learning.progress(done: [])) == ["p", "x"])
        #expect(learning.fringe(learning.progress(done: ["x"])) == ["p", "y"])
    }

    @Test("a broader topic comes before its finer topics, and a finer topic makes its parent known")
    func hierarchy() {
        let learning = graph([
            Fixture.topic("evaluation", order: 2), Fixture.topic("lifecycle", order: 1),
            Fixture.topic("llm-as-judge", broader: "evaluation", requires: ["benchmarks"], order: 2),
            Fixture.topic("benchmarks", broader: "evaluation", order: 1),
        ])
        #expect(learning.topics.hierarchyOrder == ["lifecycle", "evaluation", "benchmarks", "llm-as-judge"])
        #expect(learning.topics.depth["benchmarks"] == 1)
        #expect(learning.topics.learningOrder == ["lifecycle", "evaluation", "benchmarks", "llm-as-judge"])
        let progress = learning.progress(done: ["benchmarks"])
        #expect(progress.known == ["benchmarks", "evaluation"])
        #expect(learning.fringe(progress) == ["lifecycle", "llm-as-judge"])
    }

    @Test("cycles are rejected upstream by the checker, and the graph still orders every topic")
    func cycles() {
        let topics = [
            Fixture.topic("a", requires: ["b"]), Fixture.topic("b", requires: ["a"]), Fixture.topic("c"),
            Fixture.topic("d", broader: "e"), Fixture.topic("e", broader: "d"),
        ]
        let diagnostics = CatalogChecker(rules: [CycleRule()]).check(Catalog(topics: topics))
        #expect(diagnostics.filter { $0.code == .cycle }.count == 2)
        let learning = graph(topics)
        #expect(Set(learning.topics.learningOrder) == ["a", "b", "c", "d", "e"])
        #expect(learning.topics.learningOrder.count == 5)
        #expect(learning.topics.learningOrder.first == "c")
        #expect(learning.fringe(learning.progress(done: [])) == ["c"])
        #expect(learning.topics.ancestors["d"] == ["d", "e"])
    }

    @Test("unknown and self references are ignored")
    func unknownReferences() {
        let learning = graph([Fixture.topic("a", broader: "ghost", requires: ["a", "nowhere"])])
        #expect(learning.topics.prerequisites(of: "a").isEmpty)
        #expect(learning.fringe(learning.progress(done: [])) == ["a"])
        let progress = learning.progress(done: ["nowhere", "a"])
        #expect(progress.unknownIDs == ["nowhere"])
        #expect(progress.known == ["a"])
    }

    /// Every DAG on up to five topics (edges only from a lower to a higher label, all 2^10
    /// subsets), each also with its first incoming edge as `broader`: the order is a permutation
    /// that respects every edge, and for every done set the fringe is exactly the topics not known
    /// whose prerequisites are all known.
    @Test("exhaustive: every small DAG orders and fringes correctly", arguments: [2, 3, 4, 5])
    func exhaustive(size: Int) {
        let names = (0..<size).map { "t\($0)" }
        var pairs: [(Int, Int)] = []
        for to in 0..<size { for from in 0..<to { pairs.append((from, to)) } }
        for mask in 0..<(1 << pairs.count) {
            for useBroader in [false, true] {
                var requires = [[String]](repeating: [], count: size)
                var broader = [String?](repeating: nil, count: size)
                for (bit, pair) in pairs.enumerated() where mask & (1 << bit) != 0 {
                    if useBroader && broader[pair.1] == nil {
                        broader[pair.1] = names[pair.0]
                    } else {
                        requires[pair.1].append(names[pair.0])
                    }
                }
                // File order reversed so the answer cannot come from the file order alone.
                let topics = (0..<size).reversed().map {
                    Fixture.topic(names[$0], broader: broader[$0], requires: requires[$0])
                }
                let learning = graph(topics)
                let order = learning.topics.learningOrder
                #expect(order.count == size && Set(order).count == size)
                for topic in order {
                    for prerequisite in learning.topics.prerequisites(of: topic) {
                        #expect(learning.topics.rank(of: prerequisite) < learning.topics.rank(of: topic))
                    }
                }
                for doneMask in 0..<(1 << size) {
                    let done = (0..<size).filter { doneMask & (1 << $0) != 0 }.map { names[$0] }
                    let progress = learning.progress(done: done)
                    let fringe = Set(learning.fringe(progress))
                    for topic in order {
                        let ready = learning.topics.prerequisites(of: topic).allSatisfy(progress.known.contains)
                        #expect(fringe.contains(topic) == (ready && !progress.known.contains(topic)))
                    }
                }
            }
        }
    }

    @Test("mainly about a topic: the first tag is it or finer, or more than half of the tags are")
    func mainlyAbout() {
        let topics = graph([
            Fixture.topic("evaluation"), Fixture.topic("judge", broader: "evaluation"),
            Fixture.topic("benchmarks", broader: "evaluation"), Fixture.topic("deployment"),
            Fixture.topic("quantization", broader: "deployment"), Fixture.topic("tracing"),
        ]).topics
        #expect(topics.isMainly(about: "evaluation", tags: ["evaluation"]))
        #expect(topics.isMainly(about: "evaluation", tags: ["judge", "tracing", "quantization"]))
        #expect(topics.isMainly(about: "evaluation", tags: ["tracing", "judge", "benchmarks"]))
        // Half is not more than half; a repeated tag counts once.
        #expect(!topics.isMainly(about: "evaluation", tags: ["quantization", "benchmarks"]))
        #expect(!topics.isMainly(about: "evaluation", tags: ["tracing", "judge", "judge", "deployment"]))
        #expect(!topics.isMainly(about: "judge", tags: ["evaluation"]))
        #expect(topics.isMainly(about: "deployment", tags: ["quantization", "benchmarks"]))
        #expect(!topics.isMainly(about: "evaluation", tags: []))
        #expect(!topics.isMainly(about: "evaluation", tags: ["unknown", "tracing"]))
        #expect(topics.isMainly(about: "unknown", tags: ["unknown", "tracing"]))
    }
}
