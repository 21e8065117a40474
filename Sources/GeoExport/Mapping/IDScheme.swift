/// Derives every id of the export from a stable key, so re-publishing updates instead of duplicating.
///
/// Entities: `coursemap:<space>:<table>:<row id>`; relations:
/// `coursemap:<space>:relation:<from>:<type>:<to>` (ids in hex) and `…:entity` for their reified
/// entity. An override for `<table>:<row id>` replaces the derived entity id.
package struct IDScheme: Sendable {
    package let spaceName: String
    private let overrides: [String: GeoID]
    private let prefix: String
    /// The prefix's UTF-8 bytes, for deriving ids without building key strings.
    private let prefixBytes: [UInt8]

    package init(spaceName: String, overrides: [String: GeoID] = [:]) {
        self.spaceName = spaceName
        self.prefix = "coursemap:\(spaceName):"
        self.prefixBytes = Array(prefix.utf8)
        var short: [String: GeoID] = [:]
        for (key, id) in overrides {
            short[key.hasPrefix(prefix) ? String(key.dropFirst(prefix.count)) : key] = id
        }
        self.overrides = short
    }

    /// The id of a catalog row or schema item, e.g. `entity("lessons", "intro")`.
    package func entity(_ table: String, _ rowID: String) -> GeoID {
        guard overrides.isEmpty else { return entity(key: table + ":" + rowID) }
        // The same bytes as `prefix + table + ":" + rowID`, assembled on the stack.
        var table = table
        var rowID = rowID
        return table.withUTF8 { table in
            rowID.withUTF8 { row in
                withKeyBuffer(extra: table.count + 1 + row.count) { buffer, start in
                    var end = start
                    buffer.append(table, at: &end)
                    buffer.append(UInt8(ascii: ":"), at: &end)
                    buffer.append(row, at: &end)
                    return GeoID.derived(from: UnsafeBufferPointer(rebasing: buffer[..<end]))
                }
            }
        }
    }

    /// The id for a short key such as `types:course`.
    package func entity(key: String) -> GeoID {
        overrides[key] ?? GeoID.derived(from: prefix + key)
    }

    /// The full key an entity id is derived from.
    package func fullKey(_ key: String) -> String { prefix + key }

    /// Whether a short key is overridden.
    package func isOverridden(_ key: String) -> Bool { overrides[key] != nil }

    /// The relation id and its reified entity id for one edge.
    package func relation(from: GeoID, type: GeoID, to: GeoID) -> (id: GeoID, entity: GeoID) {
        // `prefix + "relation:" + from.hex + ":" + type.hex + ":" + to.hex`, then `+ ":entity"`: one
        // export derives two ids for each of hundreds of thousands of relations, so no strings are built.
        withKeyBuffer(extra: Self.relationWord.count + 3 * 33 + Self.entitySuffix.count) { buffer, start in
            var end = start
            Self.relationWord.withUnsafeBufferPointer { buffer.append($0, at: &end) }
            from.writeHex(into: buffer, at: &end)
            buffer.append(UInt8(ascii: ":"), at: &end)
            type.writeHex(into: buffer, at: &end)
            buffer.append(UInt8(ascii: ":"), at: &end)
            to.writeHex(into: buffer, at: &end)
            let id = GeoID.derived(from: UnsafeBufferPointer(rebasing: buffer[..<end]))
            Self.entitySuffix.withUnsafeBufferPointer { buffer.append($0, at: &end) }
            return (id, GeoID.derived(from: UnsafeBufferPointer(rebasing: buffer[..<end])))
        }
    }

    private static let relationWord = Array("relation:".utf8)
    private static let entitySuffix = Array(":entity".utf8)

    /// Runs `body` with a stack buffer that starts with the prefix and has room for `extra` bytes.
    private func withKeyBuffer<Result>(
        extra: Int,
        _ body: (UnsafeMutableBufferPointer<UInt8>, Int) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefixBytes.count + extra) { buffer in
            var end = 0
            prefixBytes.withUnsafeBufferPointer { buffer.append($0, at: &end) }
            return body(buffer, end)
        }
    }

    /// The id of an edit: derived from a digest of its bytes, so the same content gets the same id.
    package func edit(digestHex: String) -> GeoID {
        GeoID.derived(from: prefix + "edit:" + digestHex)
    }
}

extension UnsafeMutableBufferPointer<UInt8> {
    /// Copies bytes in at `end` and moves `end` past them; the caller sized the buffer.
    fileprivate func append(_ bytes: UnsafeBufferPointer<UInt8>, at end: inout Int) {
        guard let source = bytes.baseAddress, let target = baseAddress, !bytes.isEmpty else { return }
        precondition(end + bytes.count <= count, "key buffer too small")
        (target + end).update(from: source, count: bytes.count)
        end += bytes.count
    }

    fileprivate func append(_ byte: UInt8, at end: inout Int) {
        self[end] = byte
        end += 1
    }
}
