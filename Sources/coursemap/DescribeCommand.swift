import ArgumentParser
import CatalogModel
import CatalogTables

struct DescribeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Write datapackage.json (a Frictionless Data Package) for the tables.",
        discussion: "Check it with: frictionless validate DIR/datapackage.json"
    )

    @OptionGroup var options: CatalogOptions

    @Flag(help: "Print the descriptor instead of writing it.")
    var stdout = false

    func run() async throws {
        let folder = CatalogFolder(path: options.directory)
        do {
            let files = try folder.readFiles()
            let descriptor = DataPackage.descriptor(headers: DataPackage.headers(of: files))
            if stdout {
                print(String(decoding: descriptor, as: UTF8.self), terminator: "")
            } else {
                let path = folder.path + "/datapackage.json"
                try CatalogFolder.writeAtomically(descriptor, to: path)
                print("wrote \(path)")
            }
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
    }
}
