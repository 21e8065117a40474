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

    func run() async throws {
        let loaded = try catalog.loadValid()
        let start = ContinuousClock.now
        let export = SiteExport(site: Site(catalog: loaded.catalog, baseURL: baseURL))
        let writer = SiteWriter(root: out)
        do {
            for file in export.supportFiles() { try writer.write(file.contents, to: file.path) }
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
            let elapsed = ContinuousClock.now - start
            print(
                "wrote \(paths.count + export.supportFiles().count) files to \(out) in \(elapsed.formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow)))"
            )
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}

/// Writes the files of the static site under one folder, creating folders as needed.
private struct SiteWriter: Sendable {
    let root: String

    func write(_ contents: String, to relativePath: String) throws {
        let file = root + "/" + relativePath
        let folder = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: file, contents: Data(contents.utf8)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
        }
    }
}

/// The first error of the parallel writers.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func record(_ error: any Error) { lock.withLock { errors.append(error) } }
    var first: (any Error)? { lock.withLock { errors.first } }
}
