import CatalogModel
import Foundation

extension LessonScanner {
    /// What the quick check of a catalog needs: every other table read and mapped as usual,
    /// with the lessons table read by its header alone, and the digest of the lesson rows.
    package struct Screen: Sendable {
        package var rest: CatalogReader.Result
        package var lessons: LessonDigest
        /// What the caller's check of the other tables said, run beside the scan.
        package var othersPass: Bool
    }

    /// Reads a catalog given as bytes for the quick check; nil when the lessons table is missing
    /// or its header cannot be found simply (a full read is then needed).
    package static func screen(
        _ files: [TableKind: [UInt8]],
        folder: String,
        parts: Int = 2,
        checkingOthers: @escaping @Sendable (CatalogReader.Result) -> Bool = { _ in true }
    ) -> Screen? {
        guard let lessons = files[.lessons] else { return nil }
        return screen(
            lessons: PinnedBytes(copying: lessons),
            folder: folder,
            parts: parts,
            files: files,
            checkingOthers: checkingOthers
        )
    }

    /// Reads the other tables while the lesson rows are scanned in parts, all side by side.
    static func screen(
        lessons pinned: PinnedBytes,
        folder: String,
        parts: Int,
        shards: Int = 2,
        files: [TableKind: [UInt8]],
        checkingOthers: @escaping @Sendable (CatalogReader.Result) -> Bool
    ) -> Screen? {
        guard pinned.buffer.count < ByteStringTable.maximumBufferSize, let header = headerEnd(in: pinned.buffer) else {
            return nil
        }
        let headerBytes = Array(pinned.buffer[0..<header])
        let columns = Columns(layout: layout(ofHeader: pinned.buffer, end: header))
        let ranges = cut(pinned.buffer, from: header, parts: parts)
        // The other tables go first, so that the longest piece of work starts at once.
        let outcomes = Parallel.map(count: ranges.count + 1) { item -> Outcome in
            guard item > 0 else {
                let rest = CatalogReader.read(folder: folder) { $0 == .lessons ? headerBytes : files[$0] }
                return .rest(rest, checkingOthers(rest))
            }
            return .part(scan(pinned, ranges[item - 1], columns, shards: shards))
        }
        var rest: CatalogReader.Result?
        var othersPass = false
        var scanned: [Part] = []
        for outcome in outcomes {
            switch outcome {
            case .rest(let result, let verdict):
                rest = result
                othersPass = verdict
            case .part(let part): scanned.append(part)
            }
        }
        guard let rest else { return nil }
        return Screen(rest: rest, lessons: merge(scanned, pinned, shards: shards), othersPass: othersPass)
    }

    private enum Outcome: Sendable {
        case rest(CatalogReader.Result, Bool)
        case part(Part)
    }
}

extension CatalogFolder {
    /// Reads the catalog for the quick check (see ``LessonScanner``) when its lessons table is
    /// at least `threshold` bytes; nil otherwise, or when the table cannot be mapped.
    ///
    /// The lessons file is mapped rather than read: if another program truncates it in place
    /// during the scan, reading the lost pages stops the process (editors and `fmt` replace
    /// files by renaming, which is safe).
    package func screen(
        threshold: Int = 1 << 20,
        checkingOthers: @escaping @Sendable (CatalogReader.Result) -> Bool
    ) throws(CatalogFolderError) -> LessonScanner.Screen? {
        let present = Set(try tablesPresent())
        guard present.contains(.lessons), let pinned = PinnedBytes(mapping: filePath(of: .lessons)),
            pinned.buffer.count >= threshold
        else { return nil }
        var files: [TableKind: [UInt8]] = [:]
        for table in present where table != .lessons {
            guard let bytes = Self.contents(of: filePath(of: table)) else { return nil }
            files[table] = bytes
        }
        return LessonScanner.screen(
            lessons: pinned,
            folder: path,
            // More parts than cores: the other tables take one core for a while.
            parts: 2 * ProcessInfo.processInfo.activeProcessorCount,
            shards: ProcessInfo.processInfo.activeProcessorCount,
            files: files,
            checkingOthers: checkingOthers
        )
    }
}
