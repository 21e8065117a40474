import ArgumentParser

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the catalog's tables and report every problem with file:line:col."
    )

    func run() async throws {
        throw CleanExit.message("'validate' is not built yet")
    }
}
