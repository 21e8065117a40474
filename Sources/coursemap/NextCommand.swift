import ArgumentParser

struct NextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Show what a learner can start next after the lessons or topics they have done."
    )

    func run() async throws {
        throw CleanExit.message("'next' is not built yet")
    }
}
