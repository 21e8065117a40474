import CatalogCheck
import CatalogModel
import CatalogTables
import Foundation
import Testing

@testable import OutlineImport

/// Fixture files and a validating merge shared by the importer's tests.
enum Fixtures {
    /// The bytes of a file in Fixtures/.
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return [UInt8](try Data(contentsOf: url))
    }

    /// The topics of the real catalog (a copy of catalog/topics.csv).
    static func topics() throws -> [Topic] {
        CatalogReader.read([.topics: try bytes("topics.csv")], folder: "catalog").catalog.topics
    }

    /// A catalog folder's files with the real topics and empty courses and lessons tables.
    static func emptyCatalog() throws -> [TableKind: [UInt8]] {
        [
            .topics: try bytes("topics.csv"),
            .courses: Array((TableKind.courses.columnNames.joined(separator: ",") + "\n").utf8),
            .lessons: Array((TableKind.lessons.columnNames.joined(separator: ",") + "\n").utf8),
        ]
    }

    /// Imports a fixture the way the command does (tracking removed with the catalog's rule).
    static func importing(
        _ name: String, as mode: OutlineImporter.Mode = .path, id: String? = nil, sourceURL: String? = nil
    ) throws -> ImportedOutline {
        let options = OutlineImporter.Options(
            mode: mode, file: name, id: id, sourceURL: sourceURL, removeTracking: { WebAddress.removingTracking($0) })
        return OutlineImporter.importOutline(try bytes(name), topics: try topics(), options: options)
    }

    /// Merges rows into catalog files and validates the result as `coursemap validate` would.
    static func mergeAndCheck(_ imported: ImportedOutline, into files: [TableKind: [UInt8]]) -> (
        plan: MergePlan, files: [TableKind: [UInt8]], diagnostics: [Diagnostic]
    ) {
        let plan = CatalogMerge.plan(imported, into: files, folder: "catalog")
        let merged = plan.merged(with: files)
        let read = CatalogReader.read(merged, folder: "catalog")
        let checked = CatalogChecker().check(read.catalog, missingColumns: read.missingColumns)
        return (plan, merged, (read.diagnostics + checked).sorted())
    }

    /// The catalog read back from files.
    static func catalog(_ files: [TableKind: [UInt8]]) -> Catalog {
        CatalogReader.read(files, folder: "catalog").catalog
    }
}
