/// Case-insensitive search of an ASCII word in text, on bytes (no lower-cased copies).
package enum ASCIISearch {
    /// Whether `text` contains `word` ignoring ASCII case; `word` must be lower-case ASCII.
    /// - Complexity: O(n · m) worst case for text length n and word length m, O(n) in practice.
    package static func contains(_ text: String, word: [UInt8]) -> Bool {
        guard let first = word.first else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= word.count else { return false }
            var index = 0
            let last = bytes.count - word.count
            while index <= last {
                if lower(bytes[index]) == first {
                    var matched = 1
                    while matched < word.count && lower(bytes[index + matched]) == word[matched] { matched += 1 }
                    if matched == word.count { return true }
                }
                index += 1
            }
            return false
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
