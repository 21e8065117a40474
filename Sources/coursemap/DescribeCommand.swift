import ArgumentParser

struct DescribeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Write datapackage.json (a Frictionless Data Package) for the tables."
    )

    func run() async throws {
        throw CleanExit.message("'describe' is not built yet")
    }
}
