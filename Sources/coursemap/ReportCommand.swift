import ArgumentParser
import CatalogCheck
import CatalogModel
import CatalogSite
import CatalogTables
import Foundation
import LearningGraph

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the curator's report: coverage, gaps, ranking with reasons.",
        discussion: """
            The report lists totals, the topic x ecosystem coverage heatmap, gaps with suggestions \
            (no oss lab, one vendor only, course without evaluation or observability, uncovered path step), \
            courses and the best lessons per topic with the reasons of their scores, and path coverage.
            """
    )

    /// The report's output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, json
    }

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Output format: md, html or json.")
    var format: Format = .md

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Option(help: "How many best lessons to list per topic.")
    var top: Int = 3

    @Option(
        help: """
            Link health instead of DIR/.coursemap/links.csv: a links.csv file (name ending in .csv) \
            or a JSON file {"URL": {"consecutiveFailures": N, "failingDays": D, "lastError": "404"}}.
            """
    )
    var linkHealth: String?

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
    }

    func run() async throws {
        let loaded = try catalog.loadValid()
        defer { ProcessLifetime.keep(loaded.catalog) }
        let links = try LinkHealthFile.load(linkHealth, folder: loaded.folder)
        let graph = LearningGraph(catalog: loaded.catalog, linkHealth: links.health)
        defer { ProcessLifetime.keep(graph) }
        let report = CuratorReport(graph: graph, topLessons: top, links: links.history)
        let text: String
        switch format {
        case .md: text = report.markdown()
        case .html: text = report.html()
        case .json: text = report.json()
        }
        guard let out else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        do {
            try CatalogFolder.writeAtomically(Array(text.utf8), to: out)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        printError("wrote \(out)")
    }
}

/// Reads the link health the report, next and export site commands use.
enum LinkHealthFile {
    /// The health of each URL for ranking (see ``load(_:folder:)``).
    static func read(_ path: String?, folder: CatalogFolder? = nil) throws -> [String: LinkHealth] {
        try load(path, folder: folder).health
    }

    /// The link history to show and the health of each URL to rank with.
    ///
    /// Without `path`, the history `coursemap links` keeps in the catalog folder (empty when links
    /// were never checked or the file cannot be read). A `path` ending in `.csv` is read as such
    /// a history. Any other `path` is the JSON object of URL to health: it ranks as given, and
    /// its failing links show as failing (it has no dates or final addresses).
    static func load(
        _ path: String?,
        folder: CatalogFolder? = nil
    ) throws -> (history: LinkHistory, health: [String: LinkHealth]) {
        guard let path else {
            guard let folder, let history = try? LinkHistory.read(folder: folder) else { return (LinkHistory(), [:]) }
            return (history, history.rankingHealth)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("error: cannot read link health file \(path)")
            throw ExitCode(2)
        }
        if path.hasSuffix(".csv") {
            let history = LinkHistory.parse([UInt8](data), file: path)
            for diagnostic in history.diagnostics { printError(diagnostic.description) }
            return (history, history.rankingHealth)
        }
        let health: [String: LinkHealth]
        do {
            health = try JSONDecoder().decode([String: LinkHealthEntry].self, from: data).mapValues(\.health)
        } catch {
            printError("error: \(path) is not a link health JSON object: \(error)")
            throw ExitCode(2)
        }
        let failing = health.filter { $0.value.consecutiveFailures > 0 }.map { url, value in
            LinkHistory.Entry(
                url: url,
                lastChecked: Date(timeIntervalSince1970: 0),
                lastStatus: value.lastError ?? "",
                health: .transient,
                consecutiveFailures: value.consecutiveFailures
            )
        }
        return (LinkHistory(entries: failing), health)
    }

    /// One entry of the file; every field is optional so a checker may write only what it knows.
    private struct LinkHealthEntry: Decodable {
        var consecutiveFailures: Int?
        var failingDays: Int?
        var lastError: String?

        var health: LinkHealth {
            LinkHealth(
                consecutiveFailures: consecutiveFailures ?? 0,
                failingDays: failingDays ?? 0,
                lastError: lastError
            )
        }
    }
}
