import ArgumentParser

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a Markdown outline into catalog rows for review."
    )

    func run() async throws {
        throw CleanExit.message("'import' is not built yet")
    }
}
