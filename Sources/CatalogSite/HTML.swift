/// Escaping for text placed in HTML, the one way every page and report does it.
package enum HTML {
    /// Bit `b` is set for each byte `b` below 64 that must be escaped: `"`, `&`, `'`, `<`, `>`.
    private static let specialBytes: UInt64 =
        1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    private static func isSpecial(_ byte: UInt8) -> Bool { byte < 64 && specialBytes >> byte & 1 == 1 }

    /// Escapes text for an element's content or a quoted attribute value.
    package static func escape(_ text: String) -> String {
        // Most text has nothing to escape; checking bytes first saves building a copy.
        let special =
            text.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains(where: isSpecial) }
            ?? text.utf8.contains(where: isSpecial)
        guard special else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        append(text, to: &output)
        return output
    }

    /// Appends text escaped, copying the runs between special characters whole.
    package static func append(_ text: String, to output: inout String) {
        let bytes = text.utf8
        var start = bytes.startIndex
        var position = start
        while position != bytes.endIndex {
            let byte = bytes[position]
            if isSpecial(byte) {
                // The special characters are ASCII, so these indices fall on character boundaries.
                output += text[start..<position]
                switch byte {
                case UInt8(ascii: "&"): output += "&amp;"
                case UInt8(ascii: "<"): output += "&lt;"
                case UInt8(ascii: ">"): output += "&gt;"
                case UInt8(ascii: "\""): output += "&quot;"
                default: output += "&#39;"
                }
                start = bytes.index(after: position)
            }
            position = bytes.index(after: position)
        }
        output += text[start..<bytes.endIndex]
    }
}
