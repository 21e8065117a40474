import ArgumentParser

struct ExportGeoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geo",
        abstract: "Write the catalog as one deterministic GRC-20 edit for Geo."
    )

    func run() async throws {
        throw CleanExit.message("'geo' is not built yet")
    }
}
