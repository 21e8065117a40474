import ArgumentParser
import CatalogModel
import CatalogTables
import Foundation
import GeoExport
import Synchronization

struct ExportGeoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geo",
        abstract: "Write the catalog as one deterministic GRC-20 edit for Geo.",
        discussion: """
            Writes an uncompressed, canonical GRC-20 v2 edit (split into FILE-1.grc20, FILE-2.grc20, ... \
            above 10 MB). With --previous, writes only what changed since the given published edit(s).
            """
    )

    @OptionGroup var catalog: CatalogOptions

    @Option(name: .long, help: "The .grc20 file to write.")
    var out: String

    @Option(name: .long, help: "A previously published edit to diff against (repeat for several, oldest first).")
    var previous: [String] = []

    @Option(name: .customLong("space-name"), help: "The <space-name> in every derived id key.")
    var spaceName = "ai"

    @Option(name: .long, help: "A CSV of key,geo_id mapping keys such as topics:evaluation to existing Geo ids.")
    var overrides: String?

    @Option(name: .long, help: "Also write a readable JSON sidecar: every op with names resolved, counts, ids.")
    var json: String?

    @Option(name: .long, help: "Also write one CSV per Geo type into this folder, for Geo's CSV import.")
    var csv: String?

    @Option(name: .customLong("created-at"), help: "The edit's created_at in microseconds since the epoch.")
    var createdAt: Int64 = 0

    @Option(name: .long, help: "The publisher's personal space id, written as the edit's author.")
    var author: String?

    /// Prints how long loading, mapping, encoding and writing took, for scripts/bench-geo.sh.
    @Flag(help: .hidden)
    var timings = false

    func validate() throws {
        guard out.hasSuffix(".grc20") else { throw ValidationError("--out must name a .grc20 file") }
        if let author, GeoID(hex: author) == nil { throw ValidationError("--author must be a 32-digit hex Geo id") }
        guard !spaceName.isEmpty, !spaceName.contains(":") else {
            throw ValidationError("--space-name must be non-empty and have no ':'")
        }
    }

    func run() async throws {
        let loadStart = ContinuousClock.now
        let loaded = try catalog.loadValid()
        let loadTime = ContinuousClock.now - loadStart
        defer { ProcessLifetime.keep(loaded.catalog) }
        var options = ExportOptions(spaceName: spaceName, createdAt: createdAt, recordsLabels: json != nil)
        if let author, let id = GeoID(hex: author) { options.authors = [id] }
        if let overrides { options.overrides = try readOverrides(overrides) }

        var previousEdits: [Edit]?
        if !previous.isEmpty {
            previousEdits = try previous.map { file in try GeoFiles.decode(file) }
        }
        let start = ContinuousClock.now
        let result: GeoExportResult
        do {
            result = try GeoExporter.export(loaded.catalog, options: options, previous: previousEdits)
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        // Freeing hundreds of thousands of ops at exit would only cost time.
        defer { ProcessLifetime.keep(result) }

        let files = GeoFiles.partNames(for: out, count: result.parts.count)
        let writeStart = ContinuousClock.now
        try writeParts(result.parts, to: files)
        let elapsed = ContinuousClock.now - start
        if timings {
            let phases = [
                ("load", loadTime), ("map", result.timings.map), ("encode", result.timings.encode),
                ("write", ContinuousClock.now - writeStart),
            ]
            printError("timings: " + phases.map { "\($0.0) \($0.1.seconds) s" }.joined(separator: ", "))
        }

        if let json { try write(Array(sidecar(result, files: files).rendered.utf8), to: json) }
        if let csv { try writeTables(TypeTables.make(loaded.catalog), into: csv) }

        let totalBytes = result.parts.reduce(0) { $0 + $1.bytes.count }
        let totalOps = result.parts.reduce(0) { $0 + $1.edit.ops.count }
        print("wrote \(files.joined(separator: ", ")): \(totalOps) ops, \(totalBytes) bytes in \(elapsed.seconds) s")
        if let diff = result.diff {
            let counts = diff.counts
            print(
                "changes: \(counts.newEntities) new entities, \(counts.changedEntities) changed, "
                    + "\(counts.newRelations) new relations, \(counts.movedRelations) moved, "
                    + "\(counts.deletedRelations) deleted"
            )
            if !diff.removedEntities.isEmpty {
                let state = GraphState(previousEdits ?? [])
                printError(
                    "warning: \(diff.removedEntities.count) entities are gone from the catalog but stay in Geo "
                        + "(the indexer does not support DeleteEntity); remove them in Geo's browser:"
                )
                for id in diff.removedEntities.prefix(50) { printError("  \(id.hex) \(state.name(of: id) ?? "")") }
            }
        }
    }

    private func readOverrides(_ file: String) throws -> [String: GeoID] {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("error: cannot read \(file)")
            throw ExitCode(2)
        }
        let document = CSVParser.parse([UInt8](data), file: file)
        do {
            return try OverrideTable.parse(document.rows.map { (line: $0.line, cells: $0.cells) })
        } catch {
            printError("error: \(file): \(error)")
            throw ExitCode.failure
        }
    }

    private func sidecar(_ result: GeoExportResult, files: [String]) -> JSON {
        let description = EditDescription(edits: [], labels: result.mapping.labels)
        var typeCounts: [String: Int] = [:]
        for type in result.mapping.entityTypes.values { typeCounts[type, default: 0] += 1 }
        let ids = result.mapping.keys.map { ($0.value, JSON.string($0.key.hex)) }
        return .object([
            "spaceName": .string(spaceName),
            "targetSpace": .string(WellKnown.aiSpace.hex),
            "entityCounts": .object(typeCounts.mapValues { .int(Int64($0)) }),
            "ids": .object(Dictionary(ids, uniquingKeysWith: { first, _ in first })),
            "removedEntities": .array((result.diff?.removedEntities ?? []).map { .string($0.hex) }),
            "edits": .array(
                zip(files, result.parts).map { file, part in
                    description.json(
                        part.edit,
                        extra: ["file": .string(file), "bytes": .int(Int64(part.bytes.count))]
                    )
                }
            ),
        ])
    }

    private func writeTables(_ tables: [String: [[String]]], into folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            printError("error: cannot create \(folder): \(error)")
            throw ExitCode(2)
        }
        for (name, rows) in tables.sorted(by: { $0.key < $1.key }) {
            try write(Array(CSVWriter.write(rows).utf8), to: folder + "/" + name)
        }
    }

    /// Writes every part, several at once (each is a copy of up to 10 MB); the first failure in file order is reported.
    private func writeParts(_ parts: [ExportedEdit], to files: [String]) throws {
        let failures = Mutex<[Int: String]>([:])
        DispatchQueue.concurrentPerform(iterations: min(parts.count, files.count)) { index in
            do {
                try CatalogFolder.writeAtomically(parts[index].bytes, to: files[index])
            } catch {
                failures.withLock { $0[index] = String(describing: error) }
            }
        }
        if let error = failures.withLock({ $0.min { $0.key < $1.key }?.value }) {
            printError("error: \(error)")
            throw ExitCode(2)
        }
    }

    private func write(_ bytes: [UInt8], to file: String) throws {
        do {
            try CatalogFolder.writeAtomically(bytes, to: file)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
    }
}

/// File helpers shared by `export geo` and `inspect`.
enum GeoFiles {
    /// `FILE.grc20` for one part; `FILE-1.grc20`, `FILE-2.grc20`, ... for several.
    static func partNames(for file: String, count: Int) -> [String] {
        guard count > 1 else { return [file] }
        let stem = file.hasSuffix(".grc20") ? String(file.dropLast(6)) : file
        return (1...count).map { "\(stem)-\($0).grc20" }
    }

    /// Reads and strictly decodes an edit file; a bad file prints its reason and exits 1.
    static func decode(_ file: String) throws -> Edit {
        try decodeDetailed(file).edit
    }

    static func decodeDetailed(_ file: String) throws -> EditDecoder.Decoded {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("error: cannot read \(file)")
            throw ExitCode(2)
        }
        do {
            return try EditDecoder().decodeDetailed([UInt8](data))
        } catch {
            printError("error: \(file): \(error)")
            throw ExitCode.failure
        }
    }
}

extension Duration {
    /// Seconds with three decimals, e.g. `0.412`.
    var seconds: String {
        let (whole, attoseconds) = components
        let millis = Int64(whole) * 1000 + attoseconds / 1_000_000_000_000_000
        let fraction = String(millis % 1000)
        return "\(millis / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
