/// Case-insensitive search of a few ASCII words in text, on bytes (no lower-cased copies).
package struct ASCIISearch: Sendable {
    /// The words, lower-case ASCII, at most 64.
    package let words: [[UInt8]]
    /// For each byte value, the words that start with it in either case (bit i for `words[i]`):
    /// most bytes of a text start no word, and one lookup tells.
    private let startingWith: [UInt64]

    /// - Parameter words: the words to look for, lower-cased here; only the first 64 count.
    package init(words: [String]) {
        self.words = words.prefix(64).map { Array($0.lowercased().utf8) }
        var startingWith = [UInt64](repeating: 0, count: 256)
        for (number, word) in self.words.enumerated() {
            guard let first = word.first else { continue }
            startingWith[Int(first)] |= 1 << UInt64(number)
            startingWith[Int(Self.upper(first))] |= 1 << UInt64(number)
        }
        self.startingWith = startingWith
    }

    /// Whether `text` contains `word` ignoring ASCII case; `word` must be lower-case ASCII.
    package static func contains(_ text: String, word: [UInt8]) -> Bool {
        guard !word.isEmpty else { return true }
        return ASCIISearch(words: [String(decoding: word, as: UTF8.self)]).matches(in: text) & 1 != 0
    }

    /// A bit mask of the words that occur in `text`: bit i for `words[i]`.
    /// - Complexity: O(n) for a text of n bytes when few positions start a word; O(n · m) worst
    ///   case for words of length m.
    package func matches(in text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            let all: UInt64 = words.count >= 64 ? ~0 : (1 << UInt64(words.count)) - 1
            var found: UInt64 = 0
            return startingWith.withUnsafeBufferPointer { startingWith in
                for index in bytes.indices {
                    var candidates = startingWith[Int(bytes[index])] & ~found
                    while candidates != 0 {
                        let number = candidates.trailingZeroBitCount
                        candidates &= candidates - 1
                        let word = words[number]
                        guard index + word.count <= bytes.count else { continue }
                        var matched = 1
                        while matched < word.count && Self.lower(bytes[index + matched]) == word[matched] {
                            matched += 1
                        }
                        if matched == word.count {
                            found |= 1 << UInt64(number)
                            if found == all { return found }
                        }
                    }
                }
                return found
            }
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func upper(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
    }
}
