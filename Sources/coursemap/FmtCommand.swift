import ArgumentParser

struct FmtCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite the tables in canonical form."
    )

    func run() async throws {
        throw CleanExit.message("'fmt' is not built yet")
    }
}
