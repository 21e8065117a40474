import CatalogModel
import Crypto

/// One edit file of an export: the logical edit and its canonical bytes.
package struct ExportedEdit: Hashable, Sendable {
    package var edit: Edit
    package var bytes: [UInt8]
}

/// What `export geo` produces: the edit file(s), the mapping behind them and, for updates, the diff.
package struct GeoExportResult: Sendable {
    /// One edit, or several in dependency order when the export exceeds the size limit.
    package var parts: [ExportedEdit]
    package var mapping: CatalogEdit
    /// Set when the export was made against previously published edits.
    package var diff: EditDiff?
    /// How long each phase took, for `export geo --timings`.
    package var timings = Timings()

    /// Wall time of the export's phases.
    package struct Timings: Hashable, Sendable {
        /// Mapping the catalog to ops (and diffing, with previous edits).
        package var map = Duration.zero
        /// Splitting, canonical encoding and hashing.
        package var encode = Duration.zero
    }
}

/// Why an export failed.
package enum GeoExportError: Error, Hashable, Sendable, CustomStringConvertible {
    case encoding(EncodeError)
    case partTooLarge(part: Int, bytes: Int, limit: Int)

    package var description: String {
        switch self {
        case .encoding(let error): "cannot encode the edit: \(error)"
        case .partTooLarge(let part, let bytes, let limit):
            "edit part \(part) is \(bytes) bytes, above the limit of \(limit); one op is too large to split"
        }
    }
}

/// Maps a catalog to canonical GRC-20 edits: deterministic bytes, ids derived from content.
package enum GeoExporter {
    /// Exports the whole catalog, or only what changed since `previous` when it is given.
    /// - Throws: ``GeoExportError``.
    package static func export(
        _ catalog: Catalog,
        options: ExportOptions,
        previous: [Edit]? = nil
    ) throws(GeoExportError) -> GeoExportResult {
        let clock = ContinuousClock()
        let start = clock.now
        let mapping = CatalogEdit(catalog: catalog, options: options)
        var ops = mapping.ops
        var diff: EditDiff?
        var name = "coursemap catalog for \(options.spaceName)"
        if let previous {
            // The two states are independent: folded side by side.
            let (before, after) = Parallel.both({ GraphState(previous) }, { GraphState(ops: mapping.ops) })
            let changes = EditDiff(from: before, to: after)
            ops = changes.ops
            diff = changes
            name = "coursemap catalog update for \(options.spaceName)"
        }
        let mapped = clock.now
        let parts = try encodeParts(ops, name: name, options: options)
        var result = GeoExportResult(parts: parts, mapping: mapping, diff: diff)
        result.timings = GeoExportResult.Timings(map: mapped - start, encode: clock.now - mapped)
        return result
    }

    /// Encodes ops as one edit, or as several under the size limit, each with a content-derived id.
    package static func encodeParts(
        _ ops: [Op],
        name: String,
        options: ExportOptions
    ) throws(GeoExportError) -> [ExportedEdit] {
        let header = 128 + name.utf8.count + 17 * options.authors.count
        let ranges = EditSplitter.split(ops, headerBytes: header, limit: options.maximumEditBytes)
        // The estimate is an upper bound: one range means the whole edit fits. Several ranges may
        // still be an edit that fits once encoded, so try the whole edit unless it is clearly too big.
        if ranges.count <= 2 {
            let whole = try make(ops[...], name: name, options: options).get()
            if whole.bytes.count <= options.maximumEditBytes { return [whole] }
        }
        // Parts are independent: encode and hash them on every core, then check them in order.
        let results = Parallel.map(count: ranges.count) { index in
            make(ops[ranges[index]], name: "\(name) (part \(index + 1) of \(ranges.count))", options: options)
        }
        var parts: [ExportedEdit] = []
        for (index, result) in results.enumerated() {
            let part = try result.get()
            guard part.bytes.count <= options.maximumEditBytes else {
                throw .partTooLarge(part: index + 1, bytes: part.bytes.count, limit: options.maximumEditBytes)
            }
            parts.append(part)
        }
        return parts
    }

    /// One edit of the given ops, its id derived from its bytes.
    private static func make(
        _ slice: ArraySlice<Op>,
        name: String,
        options: ExportOptions
    ) -> Result<ExportedEdit, GeoExportError> {
        var edit = Edit(
            id: GeoID(high: 0, low: 0),
            name: name,
            authors: options.authors,
            createdAt: options.createdAt,
            ops: Array(slice)
        )
        var bytes: [UInt8]
        do { bytes = try EditEncoder(mode: .canonical).encode(edit) } catch { return .failure(.encoding(error)) }
        // The id is a digest of the bytes with a zero id, patched in place (bytes 5..<21).
        edit.id = IDScheme(spaceName: options.spaceName).edit(digestHex: hexDigest(bytes))
        bytes.replaceSubrange(5..<21, with: edit.id.bytes)
        return .success(ExportedEdit(edit: edit, bytes: bytes))
    }

    /// The lower-case hex SHA-256 of some bytes.
    package static func hexDigest(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
