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
        var scanner = Scanner(count: bytes.count, parts: parts)
        scanner.scan(bytes)
        return scanner.starts
    }

    /// Finds the same starts as ``split(_:parts:)`` in a file given one block at a time, so the
    /// file need not be in memory whole.
    package struct Scanner {
        private let count: Int
        private let parts: Int
        private var found: [Start] = []
        private var quotes = 0
        private var line = 1
        /// Bytes scanned so far: the offset of the next block's first byte.
        private var offset = 0
        private var target = 0
        /// A carriage return ended the last block: whether it is lone depends on the next byte.
        private var carriageReturnAtEnd = false
        private var isDone = false
        private var cannotSplit = false

        /// A scanner of a file of `count` bytes, to be cut into `parts` parts after its header.
        package init(count: Int, parts: Int) {
            self.count = count
            self.parts = parts
            cannotSplit = parts < 1
        }

        /// Whether the starts are all found (or cannot be): further blocks are not needed.
        package var isFinished: Bool { isDone || cannotSplit }

        /// The starts found; nil when the file cannot be split (see ``CSVChunks/split(_:parts:)``).
        /// Complete once every block was scanned or ``isFinished``.
        package var starts: [Start]? { cannotSplit || found.isEmpty ? nil : found }

        /// Scans the next block of the file.
        package mutating func scan(_ block: UnsafeBufferPointer<UInt8>) {
            guard !isFinished else { return }
            let body = count / parts
            if carriageReturnAtEnd, block.first != UInt8(ascii: "\n") {
                cannotSplit = true
                return
            }
            carriageReturnAtEnd = false
            var index = 0
            while index < block.count {
                let byte = block[index]
                if byte == UInt8(ascii: "\"") {
                    quotes &+= 1
                } else if byte == UInt8(ascii: "\n") {
                    line += 1
                    // The header is its own part: parts after it need its column names.
                    if offset + index >= target, quotes & 1 == 0 {
                        found.append(Start(offset: offset + index + 1, line: line))
                        if found.count == parts {
                            isDone = true
                            return
                        }
                        target = max(offset + index + 1, found[0].offset + body * found.count)
                    }
                } else if byte == UInt8(ascii: "\r") {
                    // A lone carriage return ends a line for the parser; such files are not split.
                    if index + 1 == block.count {
                        if offset + index + 1 >= count {
                            cannotSplit = true
                            return
                        }
                        carriageReturnAtEnd = true
                    } else if block[index + 1] != UInt8(ascii: "\n") {
                        cannotSplit = true
                        return
                    }
                }
                index += 1
            }
            offset += block.count
        }
    }
}
