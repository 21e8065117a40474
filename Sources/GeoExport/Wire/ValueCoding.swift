/// The payload layouts of research 3.6, written and read by data type.
enum ValueCoding {
    static func write(_ value: Value, to out: inout ByteWriter) {
        switch value {
        case .boolean(let flag): out.byte(flag ? 1 : 0)
        case .integer(let number): out.signedVarint(number)
        case .float(let number): out.float(number)
        case .decimal(let exponent, let mantissa):
            out.signedVarint(exponent)
            switch mantissa {
            case .int64(let number):
                out.byte(0)
                out.signedVarint(number)
            case .big(let bytes):
                out.byte(1)
                out.lengthPrefixed(bytes)
            }
        case .text(let text), .schedule(let text): out.string(text)
        case .bytes(let bytes): out.lengthPrefixed(bytes)
        case .date(let days, let offset):
            out.littleEndian(UInt64(UInt32(bitPattern: days)), count: 4)
            out.littleEndian(UInt64(UInt16(bitPattern: offset)), count: 2)
        case .time(let micros, let offset):
            out.littleEndian(UInt64(bitPattern: micros), count: 6)
            out.littleEndian(UInt64(UInt16(bitPattern: offset)), count: 2)
        case .datetime(let micros, let offset):
            out.littleEndian(UInt64(bitPattern: micros), count: 8)
            out.littleEndian(UInt64(UInt16(bitPattern: offset)), count: 2)
        case .point(let latitude, let longitude, let altitude):
            out.byte(altitude == nil ? 2 : 3)
            out.float(latitude)
            out.float(longitude)
            if let altitude { out.float(altitude) }
        case .rect(let minLatitude, let minLongitude, let maxLatitude, let maxLongitude):
            for number in [minLatitude, minLongitude, maxLatitude, maxLongitude] { out.float(number) }
        case .embedding(let embedding):
            out.byte(embedding.subtype.rawValue)
            out.varint(embedding.dimensions)
            out.raw(embedding.data)
        }
    }

    static func read(_ type: DataType, from reader: inout ByteReader) throws(DecodeError) -> Value {
        let start = reader.offset
        let value: Value
        switch type {
        case .boolean:
            let byte = try reader.byte("boolean")
            guard byte <= 1 else { throw reader.fail(.invalidValue("boolean byte is \(byte), not 0 or 1"), at: start) }
            value = .boolean(byte == 1)
        case .integer: value = .integer(try reader.signedVarint("integer"))
        case .float: value = .float(try reader.float("float"))
        case .decimal:
            let exponent = try reader.signedVarint("decimal exponent")
            let kind = try reader.byte("decimal mantissa type")
            switch kind {
            case 0: value = .decimal(exponent: exponent, mantissa: .int64(try reader.signedVarint("decimal mantissa")))
            case 1:
                value = .decimal(
                    exponent: exponent,
                    mantissa: .big(Array(try reader.lengthPrefixed("decimal mantissa")))
                )
            default:
                throw reader.fail(.invalidValue("decimal mantissa type \(kind) is not 0 or 1"), at: reader.offset - 1)
            }
        case .text: value = .text(try reader.string("text"))
        case .schedule: value = .schedule(try reader.string("schedule"))
        case .bytes: value = .bytes(Array(try reader.lengthPrefixed("bytes")))
        case .date:
            let days = Int32(bitPattern: UInt32(truncatingIfNeeded: try reader.littleEndian(4, "date")))
            value = .date(days: days, offsetMinutes: try offset(&reader))
        case .time:
            let raw = try reader.littleEndian(6, "time")
            // Sign-extend the 48-bit field so a negative time is reported, not wrapped.
            let micros = Int64(bitPattern: raw << 16) >> 16
            value = .time(microseconds: micros, offsetMinutes: try offset(&reader))
        case .datetime:
            let micros = Int64(bitPattern: try reader.littleEndian(8, "datetime"))
            value = .datetime(microseconds: micros, offsetMinutes: try offset(&reader))
        case .point:
            let count = try reader.byte("point coordinate count")
            guard count == 2 || count == 3 else {
                throw reader.fail(.invalidValue("point has \(count) coordinates, not 2 or 3"), at: reader.offset - 1)
            }
            let latitude = try reader.float("latitude")
            let longitude = try reader.float("longitude")
            let altitude = count == 3 ? try reader.float("altitude") : nil
            value = .point(latitude: latitude, longitude: longitude, altitude: altitude)
        case .rect:
            value = .rect(
                minLatitude: try reader.float("rect"),
                minLongitude: try reader.float("rect"),
                maxLatitude: try reader.float("rect"),
                maxLongitude: try reader.float("rect")
            )
        case .embedding:
            let code = try reader.byte("embedding subtype")
            guard let subtype = Value.Embedding.Subtype(rawValue: code) else {
                throw reader.fail(.invalidValue("embedding subtype \(code) is unknown"), at: reader.offset - 1)
            }
            let dimensionsAt = reader.offset
            let dimensions = try reader.varint("embedding dimensions")
            guard dimensions <= UInt64(reader.limits.maximumStringBytes) else {
                throw reader.fail(
                    .limitExceeded("embedding dimensions", dimensions, reader.limits.maximumStringBytes),
                    at: dimensionsAt
                )
            }
            let count = Value.Embedding.byteCount(subtype: subtype, dimensions: Int(dimensions))
            let data = Array(try reader.raw(count, "embedding data"))
            value = .embedding(Value.Embedding(subtype: subtype, dimensions: Int(dimensions), data: data))
        }
        if let problem = WireRules.problem(with: value) { throw reader.fail(.invalidValue(problem), at: start) }
        return value
    }

    private static func offset(_ reader: inout ByteReader) throws(DecodeError) -> Int16 {
        Int16(bitPattern: UInt16(truncatingIfNeeded: try reader.littleEndian(2, "offset")))
    }
}
