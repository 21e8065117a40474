import Crypto

/// A 16-byte GRC-20 identifier, shown as 32 lower-case hex digits.
///
/// Held as two big-endian halves so that comparing them compares the raw bytes, which is the
/// order canonical encoding sorts dictionaries by.
package struct GeoID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Bytes 0 to 7, most significant first.
    package var high: UInt64
    /// Bytes 8 to 15, most significant first.
    package var low: UInt64

    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Reads 16 raw bytes; nil when there are not exactly 16.
    package init?<Bytes: Collection<UInt8>>(bytes: Bytes) {
        guard bytes.count == 16 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
        }
        self.init(high: high, low: low)
    }

    /// Reads 32 hex digits, with or without the dashes of the UUID form; nil otherwise.
    package init?(hex text: String) {
        var digits: [UInt8] = []
        digits.reserveCapacity(32)
        for byte in text.utf8 where byte != UInt8(ascii: "-") {
            guard let digit = Self.hexValue(byte) else { return nil }
            digits.append(digit)
        }
        guard digits.count == 32 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, digit) in digits.enumerated() {
            if index < 16 { high = high << 4 | UInt64(digit) } else { low = low << 4 | UInt64(digit) }
        }
        self.init(high: high, low: low)
    }

    /// The 16 raw bytes in network order.
    package var bytes: [UInt8] {
        var result = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            result[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64(index)))
            result[index + 8] = UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64(index)))
        }
        return result
    }

    /// 32 lower-case hex digits without dashes, Geo's display form.
    package var hex: String {
        String(unsafeUninitializedCapacity: 32) { buffer in
            for position in 0..<32 {
                let half = position < 16 ? high : low
                let shift = UInt64(60 - 4 * (position % 16))
                buffer[position] = Self.hexDigits[Int((half >> shift) & 0xF)]
            }
            return 32
        }
    }

    /// Writes the 32 hex digits of ``hex`` into a buffer at `end` and moves `end` past them.
    package func writeHex(into buffer: UnsafeMutableBufferPointer<UInt8>, at end: inout Int) {
        precondition(end + 32 <= buffer.count, "hex buffer too small")
        Self.hexDigits.withUnsafeBufferPointer { digits in
            for position in 0..<16 {
                let shift = UInt64(60 - 4 * position)
                buffer[end + position] = digits[Int((high >> shift) & 0xF)]
                buffer[end + 16 + position] = digits[Int((low >> shift) & 0xF)]
            }
        }
        end += 32
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    package var description: String { hex }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.high != rhs.high ? lhs.high < rhs.high : lhs.low < rhs.low
    }

    /// The UUIDv8 of research 3.7: the first 16 bytes of SHA-256, version 8, variant 10.
    package static func derived<Bytes: Sequence<UInt8>>(from input: Bytes) -> GeoID {
        var hasher = SHA256()
        let contiguous: Void? = input.withContiguousStorageIfAvailable { buffer in
            hasher.update(bufferPointer: UnsafeRawBufferPointer(buffer))
        }
        if contiguous == nil { hasher.update(data: Array(input)) }
        let digest = hasher.finalize()
        var high: UInt64 = 0
        var low: UInt64 = 0
        digest.withUnsafeBytes { raw in
            for index in 0..<8 {
                high = high << 8 | UInt64(raw[index])
                low = low << 8 | UInt64(raw[index + 8])
            }
        }
        // Byte 6 keeps its low nibble under version 8; byte 8 keeps six bits under variant 10.
        high = (high & ~(UInt64(0xF0) << 8)) | (UInt64(0x80) << 8)
        low = (low & ~(UInt64(0xC0) << 56)) | (UInt64(0x80) << 56)
        return GeoID(high: high, low: low)
    }

    /// The UUIDv8 derived from the UTF-8 bytes of a string.
    package static func derived(from text: String) -> GeoID { derived(from: text.utf8) }

    /// The implicit reified entity of a relation written without one:
    /// `derived("grc20:relation-entity:" ‖ relation id bytes)`.
    package static func relationEntity(of relation: GeoID) -> GeoID {
        derived(from: Array("grc20:relation-entity:".utf8) + relation.bytes)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
