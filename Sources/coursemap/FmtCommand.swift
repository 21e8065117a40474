import ArgumentParser
import CatalogCheck
import CatalogModel
import CatalogTables

struct FmtCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite the tables in canonical form.",
        discussion: """
            Contract columns first, unknown columns after them untouched, LF line ends, list cells as a;b;c, \
            topic aliases rewritten to ids, tracking parameters removed from URLs, lessons sorted by course \
            then order. A file that cannot be read whole is left alone. Writes go through a temporary file \
            and a rename.
            """
    )

    @OptionGroup var options: CatalogOptions

    @Flag(help: "Change nothing; list the files that would change and exit 1 if any would.")
    var check = false

    func run() async throws {
        let folder = CatalogFolder(path: options.directory)
        let files: [TableKind: [UInt8]]
        do {
            files = try folder.readFiles()
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        let context = TableFormatter.Context(files: files)
        var changed: [String] = []
        var refused: [Diagnostic] = []
        for table in TableKind.allCases {
            guard let bytes = files[table] else { continue }
            let path = folder.filePath(of: table)
            let outcome = TableFormatter.format(bytes, table: table, file: path, context: context)
            guard let formatted = outcome.bytes else {
                refused += outcome.diagnostics
                continue
            }
            guard formatted != bytes else { continue }
            changed.append(path)
            if !check {
                do {
                    try CatalogFolder.writeAtomically(formatted, to: path)
                } catch {
                    printError("error: \(error)")
                    throw ExitCode(2)
                }
            }
        }
        for path in changed { print(check ? "would reformat \(path)" : "formatted \(path)") }
        if !refused.isEmpty {
            let sources = SourceLines(
                Dictionary(uniqueKeysWithValues: files.map { (folder.filePath(of: $0.key), $0.value) })
            )
            print(DiagnosticRenderer.render(refused.sorted(), as: .text, sources: sources), terminator: "")
            printError("error: files with the problems above were left alone; fix them and run fmt again")
            throw ExitCode.failure
        }
        if check && !changed.isEmpty { throw ExitCode.failure }
    }
}
