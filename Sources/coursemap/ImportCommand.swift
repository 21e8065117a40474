import ArgumentParser

/// `coursemap import`: turns existing material into catalog rows for review.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a Markdown outline into catalog rows for review.",
        subcommands: [ImportOutlineCommand.self]
    )
}
