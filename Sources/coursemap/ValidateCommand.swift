import ArgumentParser
import CatalogCheck
import CatalogModel
import CatalogTables
import Foundation

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the catalog's tables and report every problem with file:line:col.",
        discussion: """
            Exits 0 when there is no error, 1 when there is one (or a warning with --strict), \
            2 when a file cannot be read at all.
            """
    )

    @OptionGroup var options: CatalogOptions

    @Option(help: "Output format: text, json or github (workflow annotations).")
    var format: DiagnosticRenderer.Format = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: .hidden)
    var timings = false

    /// Skips the quick confirmation of a large clean catalog (for comparing the two passes).
    @Flag(help: .hidden)
    var fullCheck = false

    func run() async throws {
        if timings { try printTimings() }
        // A large catalog that is certainly clean is confirmed without building its values;
        // anything less than certain gets the full check below, which finds and places every problem.
        if !fullCheck, options.isCertainlyClean() {
            if format == .json {
                print(DiagnosticRenderer.render([], as: .json, sources: SourceLines([:])), terminator: "")
            }
            return
        }
        let loaded = try options.load()
        let diagnostics = loaded.diagnostics
        // Excerpts need the files split into lines: only for text output, only files with findings.
        let sources = format == .text && !diagnostics.isEmpty ? loaded.sourceLines(for: diagnostics) : SourceLines([:])
        let output = DiagnosticRenderer.render(diagnostics, as: format, sources: sources)
        if format == .json || !diagnostics.isEmpty { print(output, terminator: "") }
        let (errors, warnings) = diagnostics.counts
        if format == .text, !diagnostics.isEmpty {
            printError("\(options.directory): \(errors) error(s), \(warnings) warning(s)")
        }
        ProcessLifetime.keep(loaded.catalog)
        if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
    }
}

extension ValidateCommand {
    /// Prints how long each phase and rule takes, for profiling on large catalogs.
    private func printTimings() throws {
        let clock = ContinuousClock()
        var start = clock.now
        func lap(_ name: String) {
            let now = clock.now
            printError("\(name): \(now - start)")
            start = now
        }
        let folder = CatalogFolder(path: options.directory)
        if let screen = try folder.screen(checkingOthers: CatalogOptions.otherTablesAreClean) {
            lap("quick pass: read and check other tables, scan lessons")
            let clean = screen.othersPass && CatalogChecker().lessonsFit(screen.rest.catalog, screen.lessons)
            lap("quick pass: confirm (\(clean ? "clean" : "not certain"))")
            ProcessLifetime.keep(screen)
        }
        let files = try folder.readFiles()
        lap("read files")
        let result = CatalogReader.read(files, folder: folder.path)
        lap("parse and map")
        let context = CheckContext(catalog: result.catalog, missingColumns: result.missingColumns)
        lap("check context")
        for rule in CatalogChecker.standardRules {
            _ = rule.diagnostics(for: context)
            lap(String(describing: type(of: rule)))
        }
    }
}

extension DiagnosticRenderer.Format: ExpressibleByArgument {}
