import CatalogModel

/// The text rules of the export: clean names and descriptions, trimmed cells, list cells, positions.
///
/// Each has a fast path for the common case (nothing to trim, ASCII at both ends) that returns
/// exactly what the general rule would, without walking the text character by character.
enum GeoText {
    /// Names never end with a period (Geo's UI rule).
    static func cleanName(_ text: String) -> String {
        // Most names need no change; then skip the character-by-character trimming and copying.
        if let last = text.utf8.last, last != UInt8(ascii: "."), isPlain(last), isPlain(text.utf8.first) {
            return text
        }
        var name = text.trimmingSpaces()
        while name.hasSuffix(".") { name.removeLast() }
        return name.trimmingSpaces()
    }

    /// Descriptions always end with one.
    static func cleanDescription(_ text: String) -> String {
        let utf8 = text.utf8
        if let last = utf8.last, isPlain(utf8.first), isPlain(last) {
            // No trimming to do; an ASCII byte before the final "." makes it a "." character of its own.
            if last != UInt8(ascii: ".") { return text + "." }
            if utf8.count == 1 || utf8[utf8.index(utf8.endIndex, offsetBy: -2)] < 0x80 { return text }
        }
        let description = text.trimmingSpaces()
        if description.isEmpty || description.hasSuffix(".") { return description }
        return description + "."
    }

    /// Whether a first or last byte is ASCII and not a space, tab or line break, so no trimming applies
    /// and no grapheme cluster can join it to its neighbour at that end.
    private static func isPlain(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n")
            && byte != UInt8(ascii: "\r")
    }

    /// Fixed-width positions that sort in order: 12 digits, or `z` and 18 digits beyond that.
    static func position(_ number: Int) -> String {
        let number = max(number, 0)
        guard number < 1_000_000_000_000 else {
            let digits = String(number)
            return "z" + String(repeating: "0", count: max(0, 18 - digits.count)) + digits
        }
        // Twelve ASCII digits fit a small string: no allocation for any of the many relations.
        return String(unsafeUninitializedCapacity: 12) { buffer in
            var rest = number
            for index in (0..<12).reversed() {
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return 12
        }
    }

    /// List items one per line, without building a new string for a single item.
    static func lines(_ items: [String]) -> String {
        items.count == 1 ? items[0] : items.joined(separator: "\n")
    }
}
