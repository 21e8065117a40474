/// The data type of a property, as its one-byte code in the properties dictionary.
package enum DataType: UInt8, CaseIterable, Hashable, Sendable, Comparable, CustomStringConvertible {
    case boolean = 1
    case integer = 2
    case float = 3
    case decimal = 4
    case text = 5
    case bytes = 6
    case date = 7
    case time = 8
    case datetime = 9
    case schedule = 10
    case point = 11
    case rect = 12
    case embedding = 13

    /// The upper-case name the spec uses, e.g. `TEXT`.
    package var description: String {
        switch self {
        case .boolean: "BOOLEAN"
        case .integer: "INTEGER"
        case .float: "FLOAT"
        case .decimal: "DECIMAL"
        case .text: "TEXT"
        case .bytes: "BYTES"
        case .date: "DATE"
        case .time: "TIME"
        case .datetime: "DATETIME"
        case .schedule: "SCHEDULE"
        case .point: "POINT"
        case .rect: "RECT"
        case .embedding: "EMBEDDING"
        }
    }

    /// Whether values of this type carry a language reference (only TEXT does).
    package var hasLanguage: Bool { self == .text }

    /// Whether values of this type carry a unit reference.
    package var hasUnit: Bool { self == .integer || self == .float || self == .decimal }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
