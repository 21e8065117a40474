/// Case-insensitive search of ASCII words in text, on bytes (no lower-cased copies).
package enum ASCIISearch {
    /// Whether `text` contains `word` ignoring ASCII case; `word` must be lower-case ASCII.
    /// - Complexity: O(n · m) worst case for text length n and word length m, O(n) in practice.
    package static func contains(_ text: String, word: [UInt8]) -> Bool {
        guard !word.isEmpty else { return true }
        return matches(in: text, words: [word]) & 1 != 0
    }

    /// A bit mask of the words (at most 64, lower-case ASCII) that occur in `text`: bit i for `words[i]`.
    ///
    /// One pass over the text checks every word that starts with the current byte.
    package static func matches(in text: String, words: [[UInt8]]) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var found: UInt64 = 0
            let all: UInt64 = words.count >= 64 ? ~0 : (1 << UInt64(words.count)) - 1
            var index = 0
            while index < bytes.count && found != all {
                let byte = lower(bytes[index])
                for (number, word) in words.enumerated().prefix(64)
                where found & (1 << UInt64(number)) == 0 && word.first == byte && index + word.count <= bytes.count {
                    var matched = 1
                    while matched < word.count && lower(bytes[index + matched]) == word[matched] { matched += 1 }
                    if matched == word.count { found |= 1 << UInt64(number) }
                }
                index += 1
            }
            return found
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
