import ArgumentParser

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Decode a GRC-20 edit and print it."
    )

    func run() async throws {
        throw CleanExit.message("'inspect' is not built yet")
    }
}
