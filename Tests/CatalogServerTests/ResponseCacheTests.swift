import Hummingbird
import Testing

@testable import CatalogServer

@Suite("Response cache")
struct ResponseCacheTests {
    @Test("a cached body is answered without rendering again")
    func hit() {
        let cache = ResponseCache()
        _ = cache.body(for: "a") { ByteBuffer(string: "first") }
        let body = cache.body(for: "a") { ByteBuffer(string: "second") }
        #expect(String(buffer: body) == "first")
    }

    @Test("when full, the oldest body makes room, one at a time")
    func evictsOldest() {
        let cache = ResponseCache(capacity: 3)
        for key in ["a", "b", "c", "d"] { _ = cache.body(for: key) { ByteBuffer(string: key) } }
        #expect(cache.count == 3)
        #expect(cache.cached("a") == nil)
        #expect(cache.cached("b").map { String(buffer: $0) } == "b")
        for key in ["e", "f", "g", "h", "i"] { _ = cache.body(for: key) { ByteBuffer(string: key) } }
        #expect(cache.count == 3)
        #expect(["g", "h", "i"].allSatisfy { cache.cached($0) != nil })
    }
}
