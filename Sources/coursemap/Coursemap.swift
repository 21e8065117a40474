import ArgumentParser

@main
struct Coursemap: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coursemap",
        abstract: "Turn curated CSV tables into a learning catalog: check, tidy, browse, rank and publish it.",
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, FmtCommand.self, DescribeCommand.self, ImportCommand.self, ReportCommand.self,
            NextCommand.self, PathCommand.self, ServeCommand.self, ExportCommand.self, InspectCommand.self,
            LinksCommand.self,
        ]
    )
}
