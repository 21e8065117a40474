import ArgumentParser

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the curator's report: coverage, gaps, ranking with reasons."
    )

    func run() async throws {
        throw CleanExit.message("'report' is not built yet")
    }
}
