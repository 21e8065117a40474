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
    /// The bytes of each table file read, by file name as diagnostics name it.
    var files: [String: [UInt8]]
}

extension CatalogOptions {
    /// Reads and checks the catalog; an unreadable folder or file exits 2 with its reason.
    func load() throws -> LoadedCatalog {
        let folder = CatalogFolder(path: directory)
        do {
            let bytes = try folder.readFiles()
            let result = CatalogReader.read(bytes, folder: folder.path)
            let checked = CatalogChecker().check(result.catalog, missingColumns: result.missingColumns)
            var files: [String: [UInt8]] = [:]
            for (table, content) in bytes { files[folder.filePath(of: table)] = content }
            return LoadedCatalog(
                catalog: result.catalog,
                diagnostics: (result.diagnostics + checked).sorted(),
                folder: folder,
                files: files
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
