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

    @Option(help: "A JSON file of link health: {\"URL\": {\"consecutiveFailures\": N, \"failingDays\": D}}.")
    var linkHealth: String?

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
    }

    func run() async throws {
        let loaded = try catalog.loadValid()
        defer { ProcessLifetime.keep(loaded.catalog) }
        let health = try LinkHealthFile.read(linkHealth, folder: loaded.folder)
        let graph = LearningGraph(catalog: loaded.catalog, linkHealth: health)
        defer { ProcessLifetime.keep(graph) }
        let report = CuratorReport(graph: graph, topLessons: top)
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

/// Reads the optional link-health file the report and next commands take.
enum LinkHealthFile {
    /// The health of each URL: from `path` when given, else from the link history that
    /// `coursemap links` keeps in the catalog folder (none when links were never checked).
    static func read(_ path: String?, folder: CatalogFolder? = nil) throws -> [String: LinkHealth] {
        guard let path else {
            guard let folder, let history = try? LinkHistory.read(folder: folder) else { return [:] }
            var health: [String: LinkHealth] = [:]
            for entry in history.sortedEntries where entry.consecutiveFailures > 0 {
                // Measured up to the last check, not the clock, so the same history ranks the same.
                let days = Int((entry.failingDuration(at: entry.lastChecked) ?? 0) / 86_400)
                health[entry.url] = LinkHealth(
                    consecutiveFailures: entry.consecutiveFailures,
                    failingDays: days,
                    lastError: entry.lastStatus
                )
            }
            return health
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("error: cannot read link health file \(path)")
            throw ExitCode(2)
        }
        do {
            return try JSONDecoder().decode([String: LinkHealthEntry].self, from: data).mapValues(\.health)
        } catch {
            printError("error: \(path) is not a link health JSON object: \(error)")
            throw ExitCode(2)
        }
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
