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
