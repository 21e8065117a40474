/// The bytes of one table file: held in memory, or read a range at a time.
///
/// A large file read a range at a time is never held whole: each part of it is read, parsed
/// and released while the next is parsed, so its bytes and its values are not in memory at
/// once (validating 100,000 lessons peaked at 144 MB with the whole file, 132-136 MB so).
enum TableBytes: Sendable {
    /// The whole file, already read.
    case memory([UInt8])
    /// A file of `count` bytes; `read` returns the bytes of a range, or nil when they cannot be
    /// read (e.g. the file became shorter since it was opened).
    case file(count: Int, read: @Sendable (Range<Int>) -> [UInt8]?)

    /// How many bytes the file has.
    var count: Int {
        switch self {
        case .memory(let bytes): bytes.count
        case .file(let count, _): count
        }
    }

    /// The bytes of a range, as a buffer and where the range lies in it: file bytes are read into
    /// a buffer of their own, memory bytes are not copied.
    func slice(_ range: Range<Int>) -> (buffer: [UInt8], range: Range<Int>)? {
        switch self {
        case .memory(let bytes):
            return (bytes, range.clamped(to: 0..<bytes.count))
        case .file(_, let read):
            guard let buffer = read(range), buffer.count == range.count else { return nil }
            return (buffer, 0..<buffer.count)
        }
    }
}
