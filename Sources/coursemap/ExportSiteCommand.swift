import ArgumentParser

struct ExportSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write every page of the site as static files."
    )

    func run() async throws {
        throw CleanExit.message("'site' is not built yet")
    }
}
