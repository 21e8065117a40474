import ArgumentParser
import CatalogCheck
import CatalogModel

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

    func run() async throws {
        let loaded = try options.load()
        let diagnostics = loaded.diagnostics
        let lines = SourceLines(loaded.files)
        let output = DiagnosticRenderer.render(diagnostics, as: format, sources: lines)
        if format == .json || !diagnostics.isEmpty { print(output, terminator: "") }
        let (errors, warnings) = diagnostics.counts
        if format == .text, !diagnostics.isEmpty {
            printError("\(options.directory): \(errors) error(s), \(warnings) warning(s)")
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
    }
}

extension DiagnosticRenderer.Format: ExpressibleByArgument {}
