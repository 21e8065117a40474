import ArgumentParser
import CatalogCheck
import CatalogModel
import CatalogTables
import Foundation
import OutlineImport

/// `coursemap import outline FILE.md`: a course outline or curriculum README to rows.
struct ImportOutlineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Turn a Markdown course outline or curriculum README into catalog rows.",
        discussion: """
            --as path writes paths.csv/steps.csv rows (a syllabus: one step per lesson, module from the \
            chapter heading, objectives, terms, topics suggested from topics.csv). --as course writes \
            courses.csv/lessons.csv rows with addresses (relative links resolved against --source-url, \
            tracking parameters removed, format, minutes and level where the text gives them).
            With --into DIR the rows are merged into the catalog folder: existing rows are never changed, \
            duplicates and conflicts are reported with the outline's line numbers, the result is validated \
            and each file is written atomically. Without --into the rows are printed as CSV.
            """
    )

    @Argument(help: "The Markdown outline.", completion: .file(extensions: ["md", "markdown"]))
    var file: String

    @Option(name: .customLong("as"), help: "What to make: path (paths/steps rows) or course (courses/lessons rows).")
    var mode: String = "path"

    @Option(help: "The path's or course's id (default: made from the outline's title).")
    var id: String?

    @Option(name: .customLong("source-url"), help: "The outline's own public address, e.g. a README's blob URL.")
    var sourceURL: String?

    @Option(help: "A catalog folder to merge the rows into.", completion: .directory)
    var into: String?

    @Flag(help: "Print the rows as CSV instead of merging them (the default without --into).")
    var stdout = false

    @Flag(name: .customLong("dry-run"), help: "With --into: report what would be added, write nothing.")
    var dryRun = false

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Option(
        help: "topics.csv (or a catalog folder) to suggest topics from (default: the --into folder, else ./catalog).")
    var topics: String?

    @Option(help: "The course's provider (with --as course; default: guessed from --source-url).")
    var provider: String?

    @Option(help: "The course's kind: cloud, oss or independent (with --as course).")
    var kind: String?

    func validate() throws {
        if into != nil && stdout { throw ValidationError("use either --into DIR or --stdout, not both") }
        if dryRun && into == nil { throw ValidationError("--dry-run needs --into DIR") }
        guard OutlineImporter.Mode(rawValue: mode) != nil else {
            throw ValidationError("--as must be path or course, not \"\(mode)\"")
        }
        guard format == "text" || format == "json" else {
            throw ValidationError("--format must be text or json, not \"\(format)\"")
        }
        if let id, !Identifiers.isWellFormed(id) {
            throw ValidationError(
                "--id \"\(id)\" is not an identifier (lower-case letters and digits joined by hyphens)")
        }
        if let sourceURL, case .invalid(let reason) = WebAddress.classify(sourceURL) {
            throw ValidationError("--source-url \"\(sourceURL)\" is not an absolute http(s) address: \(reason)")
        }
        if let kind, !CourseKind(rawValue: kind).isKnown {
            throw ValidationError("--kind must be one of \(CourseKind.knownList)")
        }
    }

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("error: cannot read \(file)")
            throw ExitCode(2)
        }
        let folder = into.map(CatalogFolder.init(path:))
        var files: [TableKind: [UInt8]] = [:]
        do {
            if let folder { files = try folder.readFiles() } else { files = try standaloneFiles() }
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        let topicList = CatalogReader.read([.topics: files[.topics] ?? []], folder: "").catalog.topics
        let options = OutlineImporter.Options(
            mode: OutlineImporter.Mode(rawValue: mode) ?? .path, file: file, id: id, sourceURL: sourceURL,
            provider: provider, kind: kind.map(CourseKind.init(rawValue:)),
            removeTracking: { WebAddress.removingTracking($0) })
        let imported = OutlineImporter.importOutline([UInt8](data), topics: topicList, options: options)

        // Merge (into the folder, or into an in-memory catalog of the topics alone) and validate
        // the result: only problems on the added rows are this import's.
        let name = folder?.path ?? ""
        let plan = CatalogMerge.plan(imported, into: files, folder: name)
        let merged = plan.merged(with: files)
        let read = CatalogReader.read(merged, folder: name)
        let checked = CatalogChecker().check(read.catalog, missingColumns: read.missingColumns)
        let addedPlaces = Set(
            plan.addedLines.flatMap { table, lines in
                lines.map { "\(name.isEmpty ? table.fileName : name + "/" + table.fileName):\($0)" }
            })
        let rowProblems = (read.diagnostics + checked).filter {
            addedPlaces.contains("\($0.location.file):\($0.location.line)") && $0.code != .uncoveredStep
        }
        let diagnostics = (imported.diagnostics + plan.diagnostics).sorted() + rowProblems.sorted()
        let blocked = imported.diagnostics.hasErrors || rowProblems.hasErrors

        var written = false
        if let folder, !blocked, !dryRun {
            for table in plan.files.keys.sorted() {
                guard let bytes = plan.files[table] else { continue }
                do {
                    try CatalogFolder.writeAtomically(bytes, to: folder.filePath(of: table))
                } catch {
                    printError("error: \(error)")
                    throw ExitCode(2)
                }
            }
            written = !plan.files.isEmpty
        }

        let report = ImportReport(
            imported: imported, plan: plan, diagnostics: diagnostics, into: folder?.path, written: written)
        if format == "json" {
            print(try report.json())
        } else if folder == nil {
            print(report.csv(), terminator: "")
            printError(report.text())
        } else {
            print(report.text())
        }
        if blocked || plan.conflicts > 0 { throw ExitCode.failure }
    }

    /// Without --into: the topics to suggest from, and empty courses/lessons tables so that the
    /// rows can be validated on their own.
    private func standaloneFiles() throws -> [TableKind: [UInt8]] {
        var files: [TableKind: [UInt8]] = [
            .courses: Array((TableKind.courses.columnNames.joined(separator: ",") + "\n").utf8),
            .lessons: Array((TableKind.lessons.columnNames.joined(separator: ",") + "\n").utf8),
            .topics: Array((TableKind.topics.columnNames.joined(separator: ",") + "\n").utf8),
        ]
        var isDirectory: ObjCBool = false
        var path = topics ?? "catalog"
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            path += "/topics.csv"
        }
        if let data = FileManager.default.contents(atPath: path) {
            files[.topics] = [UInt8](data)
        } else if topics != nil {
            throw CatalogFolderError.unreadable(path, reason: "it cannot be opened")
        } else {
            printError("warning: no catalog/topics.csv here; pass --topics to get topic suggestions")
        }
        return files
    }
}

/// What `import outline` prints: the rows, the merge's counts, topic suggestions and diagnostics.
private struct ImportReport: Encodable {
    var file: String
    var mode: String
    var shape: String
    var into: String?
    var written: Bool
    var added: [String: Int]
    var duplicates: Int
    var conflicts: Int
    var trackingRemoved: Int
    var repairedLines: Int
    var tables: [String: [[String: String]]]
    var suggestions: [TopicSuggestion]
    var diagnostics: [Entry]
    private var csvTables: [(String, [[String]])] = []

    struct Entry: Encodable {
        var severity: String
        var code: String
        var file: String
        var line: Int
        var column: Int
        var field: String?
        var message: String
        var hint: String?
    }

    enum CodingKeys: String, CodingKey {
        case file, mode, shape, into, written, added, duplicates, conflicts, trackingRemoved, repairedLines, tables
        case suggestions, diagnostics
    }

    init(imported: ImportedOutline, plan: MergePlan, diagnostics: [Diagnostic], into: String?, written: Bool) {
        file = imported.file
        mode = imported.mode.rawValue
        shape = imported.shape.rawValue
        self.into = into
        self.written = written
        added = Dictionary(uniqueKeysWithValues: plan.added.map { ($0.key.fileName, $0.value) })
        duplicates = plan.duplicates
        conflicts = plan.conflicts
        trackingRemoved = imported.trackingRemoved
        repairedLines = imported.repairedLines
        csvTables = imported.tables.map { ($0.table.fileName, $0.rows) }
        var tables: [String: [[String: String]]] = [:]
        for (name, rows) in csvTables {
            guard let header = rows.first else { continue }
            tables[name] = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        }
        self.tables = tables
        suggestions = imported.suggestions
        self.diagnostics = diagnostics.map {
            Entry(
                severity: $0.severity.rawValue, code: $0.code.rawValue, file: $0.location.file, line: $0.location.line,
                column: $0.location.column, field: $0.field, message: $0.message, hint: $0.hint)
        }
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Each table as `# name.csv` followed by its CSV.
    func csv() -> String {
        csvTables.map { "# \($0.0)\n" + CSVWriter.write($0.1) }.joined(separator: "\n")
    }

    func text() -> String {
        var lines: [String] = []
        for entry in diagnostics {
            lines.append(
                "\(entry.file):\(entry.line):\(entry.column): \(entry.severity)[\(entry.code)]: \(entry.message)")
            if let hint = entry.hint { lines.append("    hint: \(hint)") }
        }
        lines.append("\(file): \(shape), \(suggestions.count) \(mode == "path" ? "steps" : "lessons")")
        for suggestion in suggestions {
            let mark = suggestion.isSure ? " " : "?"
            lines.append(
                "  \(mark) line \(suggestion.line) \"\(suggestion.title)\": \(suggestion.matched.joined(separator: "; "))"
            )
        }
        if trackingRemoved > 0 { lines.append("tracking parameters removed from \(trackingRemoved) address(es)") }
        if repairedLines > 0 { lines.append("garbled text repaired on \(repairedLines) line(s)") }
        if let into {
            let counts = added.keys.sorted().map { "\($0) +\(added[$0] ?? 0)" }
            let verb = written ? "added to" : "would add to"
            lines.append(
                counts.isEmpty
                    ? "nothing new for \(into)"
                    : "\(verb) \(into): \(counts.joined(separator: ", "))")
            lines.append("already in the catalog: \(duplicates); conflicts: \(conflicts)")
            if !written && !counts.isEmpty { lines.append("nothing was written") }
        }
        return lines.joined(separator: "\n")
    }
}
