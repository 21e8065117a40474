import ArgumentParser

struct PathCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show a learning path with the best lessons for each step."
    )

    func run() async throws {
        throw CleanExit.message("'path' is not built yet")
    }
}
