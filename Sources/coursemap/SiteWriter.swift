import CatalogSite
import Foundation

/// Writes the files of the static site under one folder, creating folders as needed.
///
/// Plain `open(2)` and `write(2)`: a site is rebuilt from the tables at will, so it needs
/// neither Foundation's per-component checks nor an fsync per file (100,000 pages). A file
/// that already holds the same bytes is left alone, so exporting over a previous export only
/// writes what changed (and keeps the other files' times for tools that sync by date); a
/// changed file is overwritten in place rather than truncated first, which on ext4 would flush
/// it to disk on close.
struct SiteWriter: Sendable {
    let root: String

    func makeRoot() throws { try makeFolders(root) }

    /// Makes the folder of each file, in order (parents before their children).
    func makeFolders(of relativePaths: [String]) async throws {
        try makeRoot()
        var last = ""
        for relativePath in relativePaths {
            guard let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            let folder = root + "/" + relativePath[..<slash]
            guard folder != last else { continue }
            last = folder
            if mkdir(folder, 0o755) != 0 && errno != EEXIST {
                guard errno == ENOENT else { throw WriteError(path: folder, code: errno) }
                try makeFolders(folder)
            }
        }
    }

    func write(_ contents: String, to relativePath: String) throws {
        let file = root + "/" + relativePath
        var descriptor = open(file, O_RDWR | O_CREAT, 0o644)
        if descriptor < 0 && errno == ENOENT, let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) {
            try makeFolders(String(file[..<slash]))
            descriptor = open(file, O_RDWR | O_CREAT, 0o644)
        }
        guard descriptor >= 0 else { throw WriteError(path: file, code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw WriteError(path: file, code: errno) }
        var text = contents
        try text.withUTF8 { bytes in
            let size = Int(status.st_size)
            if size == bytes.count, size > 0, try Self.holds(descriptor, bytes, file: file) { return }
            var offset = 0
            while offset < bytes.count {
                let written = pwrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset, off_t(offset))
                guard written > 0 else { throw WriteError(path: file, code: errno) }
                offset += written
            }
            if size > bytes.count && ftruncate(descriptor, off_t(bytes.count)) != 0 {
                throw WriteError(path: file, code: errno)
            }
        }
    }

    /// Whether an open file of the right size already holds these bytes.
    private static func holds(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> Bool {
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var offset = 0
        while offset < bytes.count {
            let read = existing.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + offset, bytes.count - offset, off_t(offset))
            }
            guard read >= 0 else { throw WriteError(path: file, code: errno) }
            guard read > 0 else { return false }
            offset += read
        }
        return existing.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }

    /// The files an earlier export may have left in the folders an export owns, relative to the
    /// root: `FOLDER/NAME/index.html` for each folder in one of them, and each file of
    /// `sitemaps/`. One directory listing per owned folder: pages are never looked into.
    func pageCandidates() -> [String] {
        var candidates: [String] = []
        for folder in SiteExport.ownedFolders {
            let path = root + "/" + folder
            // Only a real folder: a link could lead out of the site.
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, let directory = opendir(path) else {
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: &entry.pointee.d_name) {
                    String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                }
                guard name != ".", name != ".." else { continue }
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var entryStatus = stat()
                    guard lstat(path + "/" + name, &entryStatus) == 0 else { continue }
                    type = entryStatus.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
                }
                if folder == "sitemaps" {
                    if type == UInt8(DT_REG) { candidates.append(folder + "/" + name) }
                } else if type == UInt8(DT_DIR) {
                    candidates.append(folder + "/" + name + "/index.html")
                }
            }
        }
        return candidates
    }

    /// Deletes files (paths relative to the root), then their folders when that left them empty;
    /// returns how many files there were.
    func remove(_ relativePaths: [String]) throws -> Int {
        var removed = 0
        for relativePath in relativePaths {
            let file = root + "/" + relativePath
            guard unlink(file) == 0 else {
                if errno == ENOENT { continue }
                throw WriteError(path: file, code: errno)
            }
            removed += 1
            // A folder that still holds something (a file of the site's owner) is kept.
            if let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) { _ = rmdir(String(file[..<slash])) }
        }
        return removed
    }

    /// Makes a folder and the folders above it that are missing.
    func makeFolders(_ path: String) throws {
        var folder = ""
        for (index, part) in path.split(separator: "/", omittingEmptySubsequences: false).enumerated() {
            folder += index == 0 ? String(part) : "/" + part
            guard !folder.isEmpty else { continue }
            if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw WriteError(path: folder, code: errno) }
        }
    }
}

/// A file or folder of the site could not be written.
private struct WriteError: Error, CustomStringConvertible {
    let path: String
    let code: Int32

    var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
}

/// The first error of the parallel writers.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func record(_ error: any Error) { lock.withLock { errors.append(error) } }
    var first: (any Error)? { lock.withLock { errors.first } }
}
