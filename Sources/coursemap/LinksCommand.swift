import ArgumentParser

struct LinksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Check every link of the catalog and keep its history."
    )

    func run() async throws {
        throw CleanExit.message("'links' is not built yet")
    }
}
