/// A typed value payload of GRC-20 v2 (research 3.6), one case per data type.
package enum Value: Hashable, Sendable {
    case boolean(Bool)
    case integer(Int64)
    case float(Double)
    /// `mantissa × 10^exponent`, normalized: no trailing zeros in the mantissa, zero as {0, 0}.
    case decimal(exponent: Int64, mantissa: Mantissa)
    case text(String)
    case bytes([UInt8])
    /// Days since 1970-01-01 and an offset in minutes.
    case date(days: Int32, offsetMinutes: Int16)
    /// Microseconds since midnight and an offset in minutes.
    case time(microseconds: Int64, offsetMinutes: Int16)
    /// Microseconds since the epoch (UTC) and an offset in minutes.
    case datetime(microseconds: Int64, offsetMinutes: Int16)
    /// iCalendar text.
    case schedule(String)
    case point(latitude: Double, longitude: Double, altitude: Double?)
    case rect(minLatitude: Double, minLongitude: Double, maxLatitude: Double, maxLongitude: Double)
    case embedding(Embedding)

    /// The data type the value belongs to.
    package var dataType: DataType {
        switch self {
        case .boolean: .boolean
        case .integer: .integer
        case .float: .float
        case .decimal: .decimal
        case .text: .text
        case .bytes: .bytes
        case .date: .date
        case .time: .time
        case .datetime: .datetime
        case .schedule: .schedule
        case .point: .point
        case .rect: .rect
        case .embedding: .embedding
        }
    }

    /// The mantissa of a decimal: a 64-bit integer when it fits, else big-endian two's complement.
    package enum Mantissa: Hashable, Sendable {
        case int64(Int64)
        case big([UInt8])
    }

    /// A vector value: f32 (4 bytes a dimension), i8 (1 byte) or binary (1 bit).
    package struct Embedding: Hashable, Sendable {
        package var subtype: Subtype
        package var dimensions: Int
        package var data: [UInt8]

        package init(subtype: Subtype, dimensions: Int, data: [UInt8]) {
            self.subtype = subtype
            self.dimensions = dimensions
            self.data = data
        }

        /// The byte length the subtype and dimensions require.
        package static func byteCount(subtype: Subtype, dimensions: Int) -> Int {
            switch subtype {
            case .float32: dimensions * 4
            case .int8: dimensions
            case .binary: (dimensions + 7) / 8
            }
        }

        /// How the embedding's numbers are stored.
        package enum Subtype: UInt8, Hashable, Sendable, CaseIterable {
            case float32 = 0
            case int8 = 1
            case binary = 2
        }
    }
}

// Floats compare by bit pattern, so that -0.0 and 0.0 differ and round trips are exact.
extension Value {
    package static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.boolean(let a), .boolean(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.float(let a), .float(let b)): a.bitPattern == b.bitPattern
        case (.decimal(let a, let m), .decimal(let b, let n)): a == b && m == n
        case (.text(let a), .text(let b)): a == b
        case (.bytes(let a), .bytes(let b)): a == b
        case (.date(let a, let o), .date(let b, let p)): a == b && o == p
        case (.time(let a, let o), .time(let b, let p)): a == b && o == p
        case (.datetime(let a, let o), .datetime(let b, let p)): a == b && o == p
        case (.schedule(let a), .schedule(let b)): a == b
        case (.point(let a, let b, let c), .point(let d, let e, let f)):
            a.bitPattern == d.bitPattern && b.bitPattern == e.bitPattern && c?.bitPattern == f?.bitPattern
        case (.rect(let a, let b, let c, let d), .rect(let e, let f, let g, let h)):
            [a, b, c, d].map(\.bitPattern) == [e, f, g, h].map(\.bitPattern)
        case (.embedding(let a), .embedding(let b)): a == b
        default: false
        }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(dataType)
        switch self {
        case .boolean(let value): hasher.combine(value)
        case .integer(let value): hasher.combine(value)
        case .float(let value): hasher.combine(value.bitPattern)
        case .decimal(let exponent, let mantissa):
            hasher.combine(exponent)
            hasher.combine(mantissa)
        case .text(let value), .schedule(let value): hasher.combine(value)
        case .bytes(let value): hasher.combine(value)
        case .date(let days, let offset):
            hasher.combine(days)
            hasher.combine(offset)
        case .time(let micros, let offset), .datetime(let micros, let offset):
            hasher.combine(micros)
            hasher.combine(offset)
        case .point(let latitude, let longitude, let altitude):
            hasher.combine(latitude.bitPattern)
            hasher.combine(longitude.bitPattern)
            hasher.combine(altitude?.bitPattern)
        case .rect(let a, let b, let c, let d):
            for number in [a, b, c, d] { hasher.combine(number.bitPattern) }
        case .embedding(let value): hasher.combine(value)
        }
    }
}
