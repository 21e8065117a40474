import ArgumentParser
import CatalogSite
import Foundation

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

    private static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.2f s", value)
    }

    func run() async throws {
        let start = ContinuousClock.now
        let loaded = try catalog.loadValid()
        let read = ContinuousClock.now
        let export = SiteExport(site: Site(catalog: loaded.catalog, baseURL: baseURL))
        let built = ContinuousClock.now
        let writer = SiteWriter(root: out)
        do {
            let support = export.supportFiles()
            for file in support { try writer.write(file.contents, to: file.path) }
            let paths = export.pagePaths
            let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
            let failures = FailureBox()
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: paths.count, by: workers) {
                    guard let page = export.render(paths[index]) else { continue }
                    do { try writer.write(page.contents, to: page.path) } catch { failures.record(error) }
                }
            }
            if let error = failures.first { throw error }
            let end = ContinuousClock.now
            print(
                "wrote \(paths.count + support.count) files to \(out) in \(Self.seconds(end - start)) "
                    + "(read and check \(Self.seconds(read - start)), graph and ranking \(Self.seconds(built - read)), "
                    + "pages \(Self.seconds(end - built)))"
            )
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}

/// Writes the files of the static site under one folder, creating folders as needed.
///
/// Plain `mkdir(2)` and `write(2)`: a site is rebuilt from the tables at will, so it needs
/// neither Foundation's per-component checks nor an fsync per file (100,000 pages).
private struct SiteWriter: Sendable {
    let root: String

    func write(_ contents: String, to relativePath: String) throws {
        let file = root + "/" + relativePath
        var folder = ""
        let parts = file.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (index, part) in parts.enumerated() {
            folder += index == 0 ? String(part) : "/" + part
            guard !folder.isEmpty else { continue }
            if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw WriteError(path: folder, code: errno) }
        }
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: file, code: errno) }
        defer { close(descriptor) }
        var text = contents
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                guard written > 0 else { throw WriteError(path: file, code: errno) }
                offset += written
            }
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
