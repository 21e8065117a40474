import ArgumentParser

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the catalog as a static site or a Geo (GRC-20) edit.",
        subcommands: [ExportSiteCommand.self, ExportGeoCommand.self]
    )
}
