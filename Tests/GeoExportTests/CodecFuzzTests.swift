import CatalogTestSupport
import Testing

@testable import GeoExport

@Suite("GRC-20 decoder under random input")
struct CodecFuzzTests {
    /// Decoding never traps; what decodes re-encodes and decodes to itself.
    private func check(_ bytes: [UInt8]) throws {
        guard let edit = try? EditDecoder().decode(bytes) else { return }
        let again = try EditEncoder(mode: .fast).encode(edit)
        #expect(try EditDecoder().decode(again) == edit)
    }

    @Test("random byte strings never crash the decoder", arguments: 0..<20)
    func randomBytes(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<500 {
            let count = Int.random(in: 0...200, using: &random)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            // Half start with a valid magic and version so the fuzzing reaches the body.
            if Bool.random(using: &random) { bytes = [0x47, 0x52, 0x43, 0x32, 0] + bytes }
            try check(bytes)
        }
    }

    @Test("mutated valid edits never crash the decoder", arguments: 0..<20)
    func mutatedEdits(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        var edits = RandomEdits(seed: seed &+ 1000)
        var seeds = GoldenVectors.all.map { GoldenVectors.bytes($0.fast) }
        for _ in 0..<4 { seeds.append(try EditEncoder(mode: .fast).encode(edits.edit())) }
        var rejected = 0
        for _ in 0..<400 {
            var bytes = seeds[Int.random(in: 0..<seeds.count, using: &random)]
            for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<5, using: &random) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes[at] ^= 1 << UInt8.random(in: 0...7, using: &random)
                case 2: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
                case 3: bytes.remove(at: at)
                default: bytes.removeSubrange(at...)
                }
            }
            if (try? EditDecoder().decode(bytes)) == nil { rejected += 1 }
            try check(bytes)
        }
        // Most mutations break a rule; if none were caught the decoder would not be strict.
        #expect(rejected > 200)
    }
}
