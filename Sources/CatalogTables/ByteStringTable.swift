#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash table of byte strings that lie in one buffer, each kept as where it lies, with an
/// integer for each: no String per cell.
///
/// Equal hashes are confirmed byte for byte, so the table is exact; the buffer must outlive it
/// and is passed to every call (the table does not own it).
struct ByteStringTable: Sendable {
    /// Sixteen bytes, so that a table of 100,000 strings fits the processor's second-level cache.
    struct Entry: Sendable {
        /// The upper half of the string's hash; 0 marks an empty slot.
        var tag: UInt32 = 0
        var offset: UInt32 = 0
        var length: UInt32 = 0
        var value: UInt32 = 0

        var start: Int { Int(offset) }
        var count: Int { Int(length) }
        var range: Range<Int> { start..<(start + count) }
    }

    /// The longest buffer a table can point into (offsets are 32-bit).
    static let maximumBufferSize = Int(UInt32.max)

    private(set) var entries: [Entry]
    private var mask: Int
    private(set) var count = 0

    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        entries = Array(repeating: Entry(), count: capacity)
        mask = capacity - 1
    }

    /// The value of the string at `range`, inserting it with `value` when it is new.
    /// - Returns: the stored value and whether the string was new.
    mutating func insert(
        _ range: Range<Int>,
        value: Int,
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> (value: Int, inserted: Bool) {
        let hash = Self.hash(range, in: bytes)
        return insert(hash: hash, range, value: value, in: bytes)
    }

    /// ``insert(_:value:in:)`` with the hash already known.
    mutating func insert(
        hash: UInt64,
        _ range: Range<Int>,
        value: Int,
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> (value: Int, inserted: Bool) {
        if (count + 1) * 2 > entries.count { grow(in: bytes) }
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = entries[slot]
            if entry.tag == 0 {
                entries[slot] = Entry(
                    tag: tag,
                    offset: UInt32(truncatingIfNeeded: range.lowerBound),
                    length: UInt32(truncatingIfNeeded: range.count),
                    value: UInt32(truncatingIfNeeded: value)
                )
                count += 1
                return (value, true)
            }
            if entry.tag == tag, entry.count == range.count, Self.equal(entry.start, range, in: bytes) {
                return (Int(entry.value), false)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value of the string at `range` of `other` (any buffer), if the table has it.
    /// - Parameters:
    ///   - hash: the string's ``hash(_:in:)``.
    ///   - tableBytes: the buffer the table's strings lie in.
    func value(
        hash: UInt64,
        of range: Range<Int>,
        in other: UnsafeBufferPointer<UInt8>,
        tableBytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = entries[slot]
            if entry.tag == 0 { return nil }
            if entry.tag == tag, entry.count == range.count,
                entry.count == 0
                    || memcmp(tableBytes.baseAddress! + entry.start, other.baseAddress! + range.lowerBound, entry.count)
                        == 0
            {
                return Int(entry.value)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the table has the string at `range` of its own buffer.
    func contains(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        value(hash: Self.hash(range, in: bytes), of: range, in: bytes, tableBytes: bytes) != nil
    }

    /// The strings of the table with their values, in no particular order.
    var stored: [Entry] { entries.filter { $0.tag != 0 } }

    private mutating func grow(in bytes: UnsafeBufferPointer<UInt8>) {
        let old = entries
        entries = Array(repeating: Entry(), count: old.count * 2)
        mask = entries.count - 1
        for entry in old where entry.tag != 0 {
            // The slot comes from the hash's lower half, which the entry does not keep.
            var slot = Int(truncatingIfNeeded: Self.hash(entry.range, in: bytes)) & mask
            while entries[slot].tag != 0 { slot = (slot + 1) & mask }
            entries[slot] = entry
        }
    }

    /// The stored part of a hash: its upper half, never 0.
    private static func tag(_ hash: UInt64) -> UInt32 {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return tag == 0 ? 1 : tag
    }

    private static func equal(_ start: Int, _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        start == range.lowerBound
            || memcmp(bytes.baseAddress! + start, bytes.baseAddress! + range.lowerBound, range.count) == 0
    }

    /// A 64-bit hash of the bytes of `range`, eight bytes at a time; never 0. Not for untrusted
    /// adversaries (a collision only costs a byte comparison).
    static func hash(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: range.count) &* multiplier
        guard let base = bytes.baseAddress else { return 1 }
        let raw = UnsafeRawPointer(base)
        var offset = range.lowerBound
        while offset + 8 <= range.upperBound {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < range.upperBound {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 32
        return hash == 0 ? 1 : hash
    }
}
