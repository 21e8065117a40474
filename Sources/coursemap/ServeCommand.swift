import ArgumentParser

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the catalog as a website and JSON API."
    )

    func run() async throws {
        throw CleanExit.message("'serve' is not built yet")
    }
}
