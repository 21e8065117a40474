/// The first rule a byte string breaks, with the offset of the offending byte.
package struct DecodeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The byte offset (from 0) where the violation starts.
    package var offset: Int
    package var reason: Reason

    package init(offset: Int, reason: Reason) {
        self.offset = offset
        self.reason = reason
    }

    package var description: String { "byte \(offset) (0x\(String(offset, radix: 16))): \(reason)" }

    /// What is wrong at the offset.
    package enum Reason: Hashable, Sendable, CustomStringConvertible {
        case badMagic([UInt8])
        case unsupportedVersion(UInt8)
        case truncated(String)
        case trailingBytes(Int)
        case nonMinimalVarint(String)
        case overlongVarint(String)
        case limitExceeded(String, UInt64, Int)
        case indexOutOfRange(String, UInt64, Int)
        case duplicateEntry(String, GeoID)
        case unknownDataType(UInt8)
        case unknownOpType(UInt8)
        case reservedBits(String, UInt8)
        case invalidUTF8(String)
        case invalidValue(String)
        case invalidPosition(String)
        case entityIsRelation(GeoID)
        case languageOnNonText(String)
        case setAndUnset(String)
        case compression(String)

        package var description: String {
            switch self {
            case .badMagic(let bytes):
                "not a GRC-20 v2 edit: expected magic GRC2 or GRC2Z, found \(bytes.map { String(format2: $0) }.joined(separator: " "))"
            case .unsupportedVersion(let version): "unsupported version \(version) (0 and 1 are known)"
            case .truncated(let what): "the data ends inside \(what)"
            case .trailingBytes(let count): "\(count) unexpected byte(s) after the last op"
            case .nonMinimalVarint(let what): "\(what) is a varint with a redundant trailing zero byte"
            case .overlongVarint(let what): "\(what) is a varint longer than 64 bits"
            case .limitExceeded(let what, let value, let limit): "\(what) is \(value), above the limit \(limit)"
            case .indexOutOfRange(let what, let value, let bound):
                "\(what) index \(value) is out of range (count \(bound))"
            case .duplicateEntry(let what, let id): "\(what) lists \(id) twice"
            case .unknownDataType(let code): "unknown data type \(code)"
            case .unknownOpType(let code): "unknown op type \(code)"
            case .reservedBits(let what, let flags): "\(what) 0x\(String(format2: flags)) sets reserved bits"
            case .invalidUTF8(let what): "\(what) is not valid UTF-8"
            case .invalidValue(let reason): reason
            case .invalidPosition(let position): "position \"\(position)\" is not 1-64 characters of [0-9A-Za-z]"
            case .entityIsRelation(let id): "relation \(id) names itself as its entity"
            case .languageOnNonText(let what): "\(what) has a language but its property is not TEXT"
            case .setAndUnset(let what): "\(what) is both set and unset"
            case .compression(let reason): reason
            }
        }
    }
}

extension String {
    /// Two lower-case hex digits.
    fileprivate init(format2 byte: UInt8) {
        let digits = String(byte, radix: 16)
        self = digits.count == 1 ? "0" + digits : digits
    }
}

/// Bounds a decoder enforces so hostile input cannot exhaust memory (spec 8.1).
package struct DecodeLimits: Hashable, Sendable {
    package var maximumEditBytes = 64 * 1024 * 1024
    package var maximumDictionaryEntries = 1_000_000
    package var maximumOps = 1_000_000
    package var maximumStringBytes = 16 * 1024 * 1024
    package var maximumValuesPerEntity = 10_000
    package var maximumAuthors = 1_000

    package init() {}

    /// The spec's suggested limits.
    package static let standard = DecodeLimits()
}
