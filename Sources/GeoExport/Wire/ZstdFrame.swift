/// Unwraps the `GRC2Z` transport form: magic, varint uncompressed size, one zstd frame.
///
/// The target stays free of C libraries, so only frames whose blocks are stored raw or as
/// RLE are expanded here; a frame with compressed blocks is checked (magic, declared
/// content size against `uncompressed_size`) and then refused with a hint to run
/// `zstd -d` first. Size mismatches and trailing data are errors either way.
package enum ZstdFrame {
    private static let frameMagic: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]

    /// The GRC2 payload inside a GRC2Z wrapper.
    static func unwrap(_ bytes: [UInt8], limits: DecodeLimits) throws(DecodeError) -> [UInt8] {
        var reader = ByteReader(bytes, offset: 5, limits: limits)
        let sizeAt = reader.offset
        let declared = try reader.varint("uncompressed_size")
        guard declared <= UInt64(limits.maximumEditBytes) else {
            throw reader.fail(.limitExceeded("uncompressed_size", declared, limits.maximumEditBytes), at: sizeAt)
        }
        let frameAt = reader.offset
        guard Array(try reader.raw(4, "zstd frame magic")) == frameMagic else {
            throw reader.fail(.compression("the payload is not a zstd frame"), at: frameAt)
        }
        let descriptor = try reader.byte("zstd frame header")
        guard descriptor & 0x08 == 0 else {
            throw reader.fail(.reservedBits("zstd frame header", descriptor), at: reader.offset - 1)
        }
        let singleSegment = descriptor & 0x20 != 0
        let hasChecksum = descriptor & 0x04 != 0
        if !singleSegment { _ = try reader.byte("zstd window descriptor") }
        _ = try reader.raw([0, 1, 2, 4][Int(descriptor & 0x03)], "zstd dictionary id")
        let contentSizeBytes = [singleSegment ? 1 : 0, 2, 4, 8][Int(descriptor >> 6)]
        if contentSizeBytes > 0 {
            let at = reader.offset
            var contentSize = try reader.littleEndian(contentSizeBytes, "zstd content size")
            if contentSizeBytes == 2 { contentSize += 256 }
            guard contentSize == declared else {
                throw reader.fail(
                    .compression("uncompressed_size is \(declared) but the zstd frame holds \(contentSize) bytes"),
                    at: sizeAt
                )
            }
            _ = at
        }
        var payload: [UInt8] = []
        payload.reserveCapacity(Int(declared))
        while true {
            let blockAt = reader.offset
            let header = try reader.littleEndian(3, "zstd block header")
            let isLast = header & 1 != 0
            let size = Int(header >> 3)
            switch (header >> 1) & 0x03 {
            case 0: payload.append(contentsOf: try reader.raw(size, "zstd raw block"))
            case 1: payload.append(contentsOf: repeatElement(try reader.byte("zstd RLE block"), count: size))
            case 2:
                throw reader.fail(
                    .compression(
                        "zstd-compressed blocks are not supported here; run `zstd -d` and inspect the GRC2 bytes"
                    ),
                    at: blockAt
                )
            default: throw reader.fail(.compression("zstd block type 3 is reserved"), at: blockAt)
            }
            guard payload.count <= Int(declared) else {
                throw reader.fail(
                    .compression("the zstd frame holds more than uncompressed_size \(declared)"),
                    at: sizeAt
                )
            }
            if isLast { break }
        }
        if hasChecksum { _ = try reader.raw(4, "zstd checksum") }
        guard payload.count == Int(declared) else {
            throw reader.fail(
                .compression("uncompressed_size is \(declared) but the zstd frame holds \(payload.count) bytes"),
                at: sizeAt
            )
        }
        guard reader.isAtEnd else { throw reader.fail(.trailingBytes(bytes.count - reader.offset)) }
        return payload
    }

    /// Wraps GRC2 bytes as GRC2Z with stored (raw) blocks: valid zstd any decoder reads.
    package static func wrapStored(_ payload: [UInt8]) -> [UInt8] {
        var out = ByteWriter(capacity: payload.count + 32)
        out.raw(Array("GRC2Z".utf8))
        out.varint(payload.count)
        out.raw(frameMagic)
        out.byte(0xE0)  // 8-byte content size, single segment, no checksum, no dictionary
        out.littleEndian(UInt64(payload.count), count: 8)
        let blockLimit = 128 * 1024
        var start = 0
        repeat {
            let end = min(start + blockLimit, payload.count)
            let isLast: UInt64 = end == payload.count ? 1 : 0
            out.littleEndian(UInt64(end - start) << 3 | isLast, count: 3)
            out.raw(Array(payload[start..<end]))
            start = end
        } while start < payload.count
        return out.bytes
    }
}
