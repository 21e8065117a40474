import CatalogCheck
import CatalogModel
import CatalogTables
import Foundation
import Logging
import Synchronization

/// The snapshot the server serves now; a reload swaps it in one step.
///
/// Requests read the current snapshot once and use it to the end, so a reload never mixes
/// two catalogs within one response.
package final class LiveCatalog: Sendable {
    private let state: Mutex<CatalogSnapshot>
    private let configuration: ServerConfiguration

    package init(_ snapshot: CatalogSnapshot, configuration: ServerConfiguration) {
        state = Mutex(snapshot)
        self.configuration = configuration
    }

    /// The snapshot to answer a request with.
    package var current: CatalogSnapshot { state.withLock { $0 } }

    /// Reads the catalog folder again and swaps it in when it is valid.
    ///
    /// - Returns: the new generation number.
    /// - Throws: ``ServerError`` when the folder cannot be read or has errors; the old catalog stays.
    @discardableResult
    package func reload() throws -> Int {
        let catalog = try Self.loadValid(configuration.catalogDirectory)
        let next = current.generation + 1
        let snapshot = try CatalogSnapshot(
            catalog: catalog,
            generation: next,
            baseURL: configuration.baseURL,
            indexDirectory: configuration.indexDirectory,
            links: Self.loadLinks(configuration.catalogDirectory),
            sitemapLimit: configuration.sitemapLimit
        )
        state.withLock { $0 = snapshot }
        if let directory = configuration.indexDirectory {
            // The previous index may still serve requests in flight; the one before it is done.
            try? FileManager.default.removeItem(atPath: directory + "/generation-\(next - 2)")
        }
        return next
    }

    /// Reads the link history kept next to the catalog (`.coursemap/links.csv`); a missing or
    /// unreadable file gives an empty one, as links are an optional input.
    package static func loadLinks(_ directory: String) -> LinkHistory {
        (try? LinkHistory.read(folder: CatalogFolder(path: directory))) ?? LinkHistory()
    }

    /// Reads and checks a catalog folder.
    ///
    /// - Throws: ``ServerError/unreadableCatalog(_:)`` or ``ServerError/invalidCatalog(errors:first:)``.
    package static func loadValid(_ directory: String) throws -> Catalog {
        let result: CatalogReader.Result
        do {
            result = try CatalogFolder(path: directory).read()
        } catch {
            throw ServerError.unreadableCatalog(error.description)
        }
        let diagnostics =
            (result.diagnostics + CatalogChecker().check(result.catalog, missingColumns: result.missingColumns))
            .filter { $0.severity == .error }.sorted()
        if let first = diagnostics.first {
            throw ServerError.invalidCatalog(errors: diagnostics.count, first: first.description)
        }
        return result.catalog
    }
}

/// Why the server could not load or reload its catalog.
package enum ServerError: Error, CustomStringConvertible, Equatable {
    case unreadableCatalog(String)
    case invalidCatalog(errors: Int, first: String)

    package var description: String {
        switch self {
        case .unreadableCatalog(let reason): "cannot read the catalog: \(reason)"
        case .invalidCatalog(let errors, let first): "the catalog has \(errors) error(s), the first: \(first)"
        }
    }
}
