import ArgumentParser
import GeoExport

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Decode a GRC-20 edit and print it.",
        discussion: "Decodes any GRC-20 v2 edit strictly; a malformed file is reported with the byte offset."
    )

    /// How to print the edit.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "The .grc20 file to decode.", completion: .file(extensions: ["grc20", "grc20z"]))
    var file: String

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    func run() async throws {
        let decoded = try GeoFiles.decodeDetailed(file)
        let description = EditDescription(edits: [decoded.edit])
        switch format {
        case .text:
            print(description.text(decoded), terminator: "")
        case .json:
            let extra: [String: JSON] = [
                "version": .int(Int64(decoded.version)), "bytes": .int(Int64(decoded.byteCount)),
                "compressed": .bool(decoded.wasCompressed),
            ]
            print(description.json(decoded.edit, extra: extra).rendered, terminator: "")
        }
    }
}
