/// The value and position rules of research 3.6 and 3.10, shared by the encoder and the decoder.
package enum WireRules {
    /// The longest position string.
    package static let maximumPositionLength = 64
    /// Offsets of DATE, TIME and DATETIME values stay within a day either way.
    package static let offsetRange: ClosedRange<Int16> = -1440...1440
    /// The last microsecond of a day.
    package static let microsecondsPerDay: Int64 = 86_400_000_000
    /// The ContextRef and UnsetValue language that mean "none" and "all languages".
    package static let noneSentinel: UInt64 = 0xFFFF_FFFF
    /// The largest count a dictionary or list may declare.
    package static let maximumCount: UInt64 = 0xFFFF_FFFE

    /// Whether a position is 1-64 characters of `[0-9A-Za-z]`.
    package static func isValidPosition(_ position: String) -> Bool {
        let utf8 = position.utf8
        guard !utf8.isEmpty, utf8.count <= maximumPositionLength else { return false }
        return utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "a")...UInt8(ascii: "z"):
                true
            default: false
            }
        }
    }

    /// Why a value breaks a rule of its type, or nil when it is valid.
    package static func problem(with value: Value) -> String? {
        switch value {
        case .boolean, .integer, .text, .bytes, .schedule: return nil
        case .float(let number):
            return number.isNaN ? "float is NaN" : nil
        case .decimal(let exponent, let mantissa):
            return decimalProblem(exponent: exponent, mantissa: mantissa)
        case .date(_, let offset):
            return offsetRange.contains(offset) ? nil : "date offset \(offset) is outside -1440...1440"
        case .time(let micros, let offset):
            if !(0..<microsecondsPerDay).contains(micros) { return "time \(micros) is outside one day" }
            return offsetRange.contains(offset) ? nil : "time offset \(offset) is outside -1440...1440"
        case .datetime(_, let offset):
            return offsetRange.contains(offset) ? nil : "datetime offset \(offset) is outside -1440...1440"
        case .point(let latitude, let longitude, let altitude):
            if latitude.isNaN || longitude.isNaN || altitude?.isNaN == true { return "point has NaN" }
            if !(-90...90).contains(latitude) { return "latitude \(latitude) is outside -90...90" }
            if !(-180...180).contains(longitude) { return "longitude \(longitude) is outside -180...180" }
            return nil
        case .rect(let minLatitude, let minLongitude, let maxLatitude, let maxLongitude):
            for number in [minLatitude, minLongitude, maxLatitude, maxLongitude] where number.isNaN {
                return "rect has NaN"
            }
            for latitude in [minLatitude, maxLatitude] where !(-90...90).contains(latitude) {
                return "latitude \(latitude) is outside -90...90"
            }
            for longitude in [minLongitude, maxLongitude] where !(-180...180).contains(longitude) {
                return "longitude \(longitude) is outside -180...180"
            }
            return nil
        case .embedding(let embedding):
            let expected = Value.Embedding.byteCount(subtype: embedding.subtype, dimensions: embedding.dimensions)
            if embedding.dimensions < 0 || embedding.data.count != expected {
                return "embedding of \(embedding.dimensions) dimensions needs \(expected) bytes"
            }
            return nil
        }
    }

    /// Decimals are normalized: zero is {0, 0}, no trailing zeros, the short mantissa whenever it fits.
    private static func decimalProblem(exponent: Int64, mantissa: Value.Mantissa) -> String? {
        switch mantissa {
        case .int64(let number):
            if number == 0 { return exponent == 0 ? nil : "decimal zero must have exponent 0" }
            return number % 10 == 0 ? "decimal mantissa has a trailing zero" : nil
        case .big(let bytes):
            guard let first = bytes.first else { return "decimal mantissa is empty" }
            if bytes.count > 1 {
                let second = bytes[1]
                if (first == 0x00 && second & 0x80 == 0) || (first == 0xFF && second & 0x80 != 0) {
                    return "decimal mantissa is not minimal"
                }
            }
            if bytes.count <= 8 { return "decimal mantissa fits in 64 bits and must use the short form" }
            return remainderOfMagnitude(bytes, dividedBy: 10) == 0 ? "decimal mantissa has a trailing zero" : nil
        }
    }

    /// The magnitude of a big-endian two's-complement number modulo a small divisor.
    private static func remainderOfMagnitude(_ bytes: [UInt8], dividedBy divisor: UInt32) -> UInt32 {
        var magnitude = bytes
        if let first = bytes.first, first & 0x80 != 0 {
            // Negate: invert and add one.
            var carry: UInt16 = 1
            for index in magnitude.indices.reversed() {
                let sum = UInt16(~magnitude[index]) + carry
                magnitude[index] = UInt8(truncatingIfNeeded: sum)
                carry = sum >> 8
            }
        }
        var remainder: UInt32 = 0
        for byte in magnitude { remainder = (remainder << 8 | UInt32(byte)) % divisor }
        return remainder
    }
}
