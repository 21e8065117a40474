/// Splits a CSV file into parts that start where rows start, so that the parts can be parsed
/// side by side.
///
/// A row starts after a line feed that is outside quotes, and in well-formed CSV a byte is
/// inside quotes exactly when an odd number of quotes stands before it (a doubled quote counts
/// twice). Malformed quoting breaks that rule; the reader then parses the file again from the
/// start (see ``CatalogReader``), so a wrong split never changes what is reported.
package enum CSVChunks {
    /// Where a part starts: its byte offset and the physical line of that byte.
    package struct Start: Equatable, Sendable {
        package var offset: Int
        package var line: Int
    }

    /// The end of the first row (the header) and the starts of up to `parts` parts after it,
    /// of roughly equal size; nil when the file has no line feed outside quotes where one is
    /// needed (e.g. it ends inside a quoted cell, or uses lone carriage returns).
    /// - Complexity: O(n) in the number of bytes, one pass.
    package static func split(_ bytes: UnsafeBufferPointer<UInt8>, parts: Int) -> [Start]? {
        guard parts >= 1 else { return nil }
        var starts: [Start] = []
        var quotes = 0
        var line = 1
        var index = 0
        // The header is its own part: parts after it need its column names.
        var target = 0
        let body = bytes.count / parts
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                quotes &+= 1
            } else if byte == UInt8(ascii: "\n") {
                line += 1
                if index >= target, quotes & 1 == 0 {
                    starts.append(Start(offset: index + 1, line: line))
                    if starts.count == parts { break }
                    target = max(index + 1, starts[0].offset + body * starts.count)
                }
            } else if byte == UInt8(ascii: "\r"), index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n") {
                // A lone carriage return ends a line for the parser; such files are not split.
                return nil
            }
            index += 1
        }
        return starts.isEmpty ? nil : starts
    }
}
