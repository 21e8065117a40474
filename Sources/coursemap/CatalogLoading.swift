import ArgumentParser
import CatalogCheck
import CatalogModel
import CatalogTables

/// The catalog folder argument shared by every command that reads a catalog.
struct CatalogOptions: ParsableArguments {
    @Argument(help: "The catalog folder.", completion: .directory)
    var directory: String = "catalog"
}

/// A catalog read from disk and checked.
struct LoadedCatalog {
    var catalog: Catalog
    /// Form and rule diagnostics, sorted by place.
    var diagnostics: [Diagnostic]
    var folder: CatalogFolder

    /// The lines of the files that diagnostics point into, for excerpts.
    func sourceLines(for diagnostics: [Diagnostic]) -> SourceLines {
        var files: [String: [UInt8]] = [:]
        for file in Set(diagnostics.map(\.location.file)) {
            if let bytes = CatalogFolder.contents(of: file) { files[file] = bytes }
        }
        return SourceLines(files)
    }
}

extension CatalogOptions {
    /// Reads and checks the catalog; an unreadable folder or file exits 2 with its reason.
    func load() throws -> LoadedCatalog {
        let folder = CatalogFolder(path: directory)
        do {
            // The bytes are dropped once parsed; excerpts re-read the files they need.
            let result = try folder.read()
            let checked = CatalogChecker().check(result.catalog, missingColumns: result.missingColumns)
            return LoadedCatalog(
                catalog: result.catalog,
                diagnostics: (result.diagnostics + checked).sorted(),
                folder: folder
            )
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// Reads the catalog for a command that needs a valid one: errors are printed and exit 1.
    func loadValid() throws -> LoadedCatalog {
        let loaded = try load()
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            for diagnostic in errors.prefix(20) { printError(diagnostic.description) }
            printError("error: the catalog has \(errors.count) error(s); run coursemap validate \(directory)")
            throw ExitCode.failure
        }
        return loaded
    }
}
