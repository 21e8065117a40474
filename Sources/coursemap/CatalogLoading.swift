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

    /// Whether a large catalog has no finding at all, confirmed by the quick pass; false when
    /// that is not certain, the catalog is small, or the folder cannot be read.
    func isCertainlyClean() -> Bool {
        guard let screen = try? CatalogFolder(path: directory).screen(checkingOthers: Self.otherTablesAreClean) else {
            return false
        }
        let clean = screen.othersPass && CatalogChecker().lessonsFit(screen.rest.catalog, screen.lessons)
        // Unmapping the table and freeing the digest cost milliseconds the exit does for free.
        if clean { ProcessLifetime.keep(screen) }
        return clean
    }

    /// The rules on every table but lessons (read by its header), run beside the lessons' scan.
    @Sendable static func otherTablesAreClean(_ rest: CatalogReader.Result) -> Bool {
        CatalogChecker().otherTablesAreClean(
            rest.catalog,
            diagnostics: rest.diagnostics,
            missingColumns: rest.missingColumns
        )
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
