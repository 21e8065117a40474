import ArgumentParser
import CatalogModel
import CatalogTables
import Foundation
import LinkCheck

struct LinksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Check every link of the catalog and keep its history.",
        discussion: """
            Checks every course, lesson, person and path address (HEAD, then GET when HEAD is refused), \
            politely: a total limit, a per-host limit and a pause between requests to one host, retries \
            with backoff for timeouts, 429 and 5xx. Results are kept in DIR/.coursemap/links.csv, read \
            back on the next run: a transient failure only counts as broken after failing on several \
            runs. Exits 1 when a link is broken.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        case github
    }

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Output format: text, json or github (annotations).")
    var format: Format = .text

    @Option(name: .customLong("max-age"), help: "Skip links checked less than this long ago, e.g. 12h or 7d.")
    var maxAge: String = "0"

    @Option(help: "Do not check addresses matching this regular expression (repeatable).")
    var exclude: [String] = []

    @Flag(name: .customLong("allow-private"), help: "Also check private, loopback and link-local hosts.")
    var allowPrivate = false

    @Option(help: "Requests in flight at once over all hosts.")
    var concurrency = 32

    @Option(name: .customLong("per-host"), help: "Requests in flight at once to one host.")
    var perHost = 2

    @Option(help: "Least time between two request starts to one host, e.g. 100ms.")
    var interval = "100ms"

    @Option(help: "Time allowed for one request, e.g. 15s.")
    var timeout = "15s"

    @Option(help: "Tries per link when failures are transient (the first included).")
    var attempts = 3

    @Option(name: .customLong("broken-after"), help: "Failing runs in a row before a transient failure is broken.")
    var brokenAfter = 3

    @Flag(name: .customLong("no-progress"), help: "Never draw the progress bar.")
    var noProgress = false

    func validate() throws {
        for (name, value) in [("--max-age", maxAge), ("--interval", interval), ("--timeout", timeout)]
        where LinkDuration.parse(value) == nil {
            throw ValidationError("\(name) \(value) is not a duration such as 250ms, 30s, 15m, 12h or 7d")
        }
        if concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if perHost < 1 { throw ValidationError("--per-host must be at least 1") }
        if attempts < 1 { throw ValidationError("--attempts must be at least 1") }
        if brokenAfter < 1 { throw ValidationError("--broken-after must be at least 1") }
    }

    func run() async throws {
        let loaded = try catalog.load()
        let exclusion: LinkExclusion
        do {
            exclusion = try LinkExclusion(patternTexts: exclude, allowPrivate: allowPrivate)
        } catch {
            throw ValidationError(error.description)
        }
        let history: LinkHistory
        do {
            history = try LinkHistory.read(folder: loaded.folder)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        for diagnostic in history.diagnostics { printError(diagnostic.description) }

        var configuration = LinkCheckConfiguration()
        configuration.concurrency = concurrency
        configuration.perHost = perHost
        configuration.hostInterval = LinkDuration.parse(interval) ?? configuration.hostInterval
        configuration.timeout = LinkDuration.parse(timeout) ?? configuration.timeout
        configuration.maxAge = LinkDuration.parse(maxAge) ?? .zero
        configuration.maxAttempts = attempts
        configuration.brokenAfterRuns = brokenAfter
        configuration.allowPrivate = allowPrivate

        let bar = ProgressLine(enabled: ProgressLine.isWanted(unless: noProgress), unit: "links")
        let report = await LinkChecker(configuration: configuration).run(
            LinkTarget.collect(from: loaded.catalog),
            history: history,
            exclusion: exclusion,
            progress: { done, total in bar.update(done: done, total: total) }
        )
        bar.finish()

        do {
            try report.history.write(to: loaded.folder)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        switch format {
        case .text: print(report.text, terminator: "")
        case .json: print(report.json, terminator: "")
        case .github:
            print(report.githubAnnotations, terminator: "")
            let counts = report.counts
            printError(
                LinkReport.State.allCases.map { "\($0.rawValue) \(counts[$0, default: 0])" }.joined(separator: ", ")
            )
        }
        if report.hasBroken { throw ExitCode.failure }
    }

}
