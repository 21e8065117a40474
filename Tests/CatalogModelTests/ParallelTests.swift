import Testing

@testable import CatalogModel

@Suite struct ParallelTests {
    @Test("ranges cover every index once, in order")
    func ranges() {
        #expect(Parallel.ranges(0, size: 4) == [0..<0])
        #expect(Parallel.ranges(4, size: 4) == [0..<4])
        #expect(Parallel.ranges(9, size: 4) == [0..<4, 4..<8, 8..<9])
        #expect(Parallel.ranges(3, size: 0) == [0..<1, 1..<2, 2..<3])
    }

    @Test("results come back in index order whatever order the work finishes in")
    func mapKeepsOrder() {
        let count = 64
        let squares = Parallel.map(count: count) { index in
            // Later indices finish first more often than not.
            var spin = 0
            for step in 0..<((count - index) * 1_000) { spin &+= step }
            return index * index + (spin == -1 ? 1 : 0)
        }
        #expect(squares == (0..<count).map { $0 * $0 })
        #expect(Parallel.map(count: 1) { $0 + 7 } == [7])
        #expect(Parallel.map(count: 0) { $0 }.isEmpty)
        let (word, number) = Parallel.both({ "left" }, { 42 })
        #expect(word == "left" && number == 42)
    }
}
