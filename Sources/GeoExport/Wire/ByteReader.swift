/// Reads the primitives of research 3.1 strictly, failing with the offset of the bad byte.
struct ByteReader {
    let bytes: [UInt8]
    private(set) var offset: Int
    let end: Int
    let limits: DecodeLimits

    init(_ bytes: [UInt8], offset: Int = 0, limits: DecodeLimits) {
        self.bytes = bytes
        self.offset = offset
        self.end = bytes.count
        self.limits = limits
    }

    var isAtEnd: Bool { offset >= end }

    func fail(_ reason: DecodeError.Reason, at position: Int? = nil) -> DecodeError {
        DecodeError(offset: position ?? offset, reason: reason)
    }

    mutating func byte(_ what: String) throws(DecodeError) -> UInt8 {
        guard offset < end else { throw fail(.truncated(what)) }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Unsigned LEB128: at most 10 bytes, minimal, and no bits beyond 64.
    mutating func varint(_ what: String) throws(DecodeError) -> UInt64 {
        let start = offset
        var result: UInt64 = 0
        var shift: UInt64 = 0
        for index in 0..<10 {
            guard offset < end else { throw fail(.truncated(what)) }
            let byte = bytes[offset]
            offset += 1
            if index == 9 && byte > 0x01 { throw fail(.overlongVarint(what), at: start) }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 {
                if byte == 0 && index > 0 { throw fail(.nonMinimalVarint(what), at: start) }
                return result
            }
            shift += 7
        }
        throw fail(.overlongVarint(what), at: start)
    }

    mutating func signedVarint(_ what: String) throws(DecodeError) -> Int64 {
        let raw = try varint(what)
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    /// A count of entries, at most `limit` and never above 0xFFFFFFFE.
    mutating func count(_ what: String, limit: Int) throws(DecodeError) -> Int {
        let start = offset
        let raw = try varint(what)
        guard raw <= WireRules.maximumCount, raw <= UInt64(limit) else {
            throw fail(.limitExceeded(what, raw, limit), at: start)
        }
        // Each entry takes at least one byte, so a count beyond the rest is a truncation.
        guard raw <= UInt64(end - offset) else { throw fail(.truncated(what), at: start) }
        return Int(raw)
    }

    /// A dictionary index that must be below `bound`.
    mutating func index(_ what: String, bound: Int) throws(DecodeError) -> Int {
        let start = offset
        let raw = try varint(what)
        guard raw < UInt64(bound) else { throw fail(.indexOutOfRange(what, raw, bound), at: start) }
        return Int(raw)
    }

    mutating func id(_ what: String) throws(DecodeError) -> GeoID {
        guard end - offset >= 16 else { throw fail(.truncated(what)) }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<8 {
            high = high << 8 | UInt64(bytes[offset + index])
            low = low << 8 | UInt64(bytes[offset + 8 + index])
        }
        offset += 16
        return GeoID(high: high, low: low)
    }

    mutating func raw(_ count: Int, _ what: String) throws(DecodeError) -> ArraySlice<UInt8> {
        guard count >= 0, end - offset >= count else { throw fail(.truncated(what)) }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func lengthPrefixed(_ what: String) throws(DecodeError) -> ArraySlice<UInt8> {
        let start = offset
        let length = try varint(what)
        guard length <= UInt64(limits.maximumStringBytes) else {
            throw fail(.limitExceeded(what, length, limits.maximumStringBytes), at: start)
        }
        return try raw(Int(length), what)
    }

    /// A length-prefixed UTF-8 string without NUL.
    mutating func string(_ what: String) throws(DecodeError) -> String {
        let bytes = try lengthPrefixed(what)
        let start = bytes.startIndex
        guard let text = String(validating: bytes, as: UTF8.self) else { throw fail(.invalidUTF8(what), at: start) }
        if let nul = bytes.firstIndex(of: 0) { throw fail(.invalidUTF8(what + " (contains NUL)"), at: nul) }
        return text
    }

    /// `count` bytes little-endian, as an unsigned number.
    mutating func littleEndian(_ count: Int, _ what: String) throws(DecodeError) -> UInt64 {
        let slice = try raw(count, what)
        var result: UInt64 = 0
        for (shift, byte) in slice.enumerated() { result |= UInt64(byte) << (8 * UInt64(shift)) }
        return result
    }

    mutating func float(_ what: String) throws(DecodeError) -> Double {
        let start = offset
        let number = Double(bitPattern: try littleEndian(8, what))
        if number.isNaN { throw fail(.invalidValue("\(what) is NaN"), at: start) }
        return number
    }
}
