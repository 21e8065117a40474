import ArgumentParser
import CatalogSite
import Foundation
import LearningGraph
import Synchronization

struct ExportSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write every page of the site as static files."
    )

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "The folder to write the site into.", completion: .directory)
    var out = "public"

    @Option(help: "The public address of the site, e.g. https://example.org/llmops/.")
    var baseURL = ""

    @Option(help: "Link health instead of DIR/.coursemap/links.csv: a links.csv file, or JSON as for report.")
    var linkHealth: String?

    @Flag(
        help: """
            Delete the pages of an earlier export that this one no longer has (index.html files \
            under courses/, lessons/, topics/, people/, paths/, and sitemap parts). Other files stay.
            """
    )
    var prune = false

    @Flag(name: .customLong("no-progress"), help: "Never draw the progress bar.")
    var noProgress = false

    private static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.2f s", value)
    }

    func run() async throws {
        let start = ContinuousClock.now
        let loaded = try catalog.loadValid()
        let links = try LinkHealthFile.load(linkHealth, folder: loaded.folder)
        let read = ContinuousClock.now
        let writer = SiteWriter(root: out)
        // The folders depend on the catalog only: the file system makes them (kernel time) on
        // another core while this one builds the graph and the site.
        let paths = Site.pagePaths(of: loaded.catalog)
        async let folders: Void = writer.makeFolders(of: paths.map(SiteExport.filePath(of:)))
        let graph = LearningGraph(catalog: loaded.catalog, linkHealth: links.health)
        let export = SiteExport(
            site: Site(catalog: loaded.catalog, baseURL: baseURL, graph: graph, links: links.history, pagePaths: paths)
        )
        // Freeing a catalog of 100,000 lessons at exit takes time and gives nothing back.
        defer { ProcessLifetime.keep(export) }
        let built = ContinuousClock.now
        do {
            try await folders
            let bar = ProgressLine(enabled: ProgressLine.isWanted(unless: noProgress), unit: "files")
            let written = try Self.write(export, with: writer) { done, total in bar.update(done: done, total: total) }
            bar.finish()
            let end = ContinuousClock.now
            print(
                "wrote \(written) files to \(out) in \(Self.seconds(end - start)) "
                    + "(read and check \(Self.seconds(read - start)), graph and ranking \(Self.seconds(built - read)), "
                    + "pages \(Self.seconds(end - built)))"
            )
            if prune {
                let removed = try writer.remove(export.staleFiles(among: writer.pageCandidates()))
                print("removed \(removed) \(removed == 1 ? "file" : "files") of an earlier export")
            }
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }

    /// Renders and writes every file on all cores; returns how many files were written.
    ///
    /// Each file depends only on the site, so the order in which workers take them never
    /// changes a byte. Workers take small batches from a shared counter: pages differ in cost
    /// (a course page lists 100 lessons), so a fixed split would leave one core idle at the end.
    private static func write(
        _ export: SiteExport,
        with writer: SiteWriter,
        progress: @Sendable (_ done: Int, _ total: Int) -> Void
    ) throws -> Int {
        try writer.makeRoot()
        let support = export.supportFilePaths
        let paths = export.pagePaths
        let total = support.count + paths.count
        let next = Atomic<Int>(0)
        let finished = Atomic<Int>(0)
        let failures = FailureBox()
        let batch = 32
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while failures.first == nil {
                let first = next.add(batch, ordering: .relaxed).oldValue
                guard first < total else { return }
                defer { progress(finished.add(min(batch, total - first), ordering: .relaxed).newValue, total) }
                for item in first..<min(first + batch, total) {
                    let file: (path: String, contents: String)?
                    if item < support.count {
                        file = export.supportFile(support[item])
                    } else {
                        file = export.render(paths[item - support.count])
                    }
                    guard let file else { continue }
                    do { try writer.write(file.contents, to: file.path) } catch { failures.record(error) }
                }
            }
        }
        if let error = failures.first { throw error }
        return total
    }
}

/// Writes the files of the static site under one folder, creating folders as needed.
///
/// Plain `open(2)` and `write(2)`: a site is rebuilt from the tables at will, so it needs
/// neither Foundation's per-component checks nor an fsync per file (100,000 pages). A file
/// that already holds the same bytes is left alone, so exporting over a previous export only
/// writes what changed (and keeps the other files' times for tools that sync by date); a
/// changed file is overwritten in place rather than truncated first, which on ext4 would flush
/// it to disk on close.
private struct SiteWriter: Sendable {
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
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func record(_ error: any Error) { lock.withLock { errors.append(error) } }
    var first: (any Error)? { lock.withLock { errors.first } }
}
