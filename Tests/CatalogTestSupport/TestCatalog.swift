import CatalogModel
import CatalogTables
import Foundation

/// Builds catalogs for tests from inline table text or from the fixtures folder.
package enum TestCatalog {
    /// The folder `Tests/Fixtures`, found from this file's path so tests run from any directory.
    package static let fixturesDirectory: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures").path
    }()

    /// The tiny valid example catalog's folder.
    package static var tinyDirectory: String { fixturesDirectory + "/tiny" }

    /// Reads tables given as text, as `catalog/<table>.csv`.
    package static func read(_ tables: [TableKind: String], folder: String = "catalog") -> CatalogReader.Result {
        CatalogReader.read(tables.mapValues { Array($0.utf8) }, folder: folder)
    }

    /// The tiny example catalog's files.
    package static func tinyFiles() throws -> [TableKind: [UInt8]] {
        try CatalogFolder(path: tinyDirectory).readFiles()
    }

    /// The tiny example catalog's tables as text, to edit in a test.
    package static func tinyTables() throws -> [TableKind: String] {
        try tinyFiles().mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// The tiny example catalog.
    package static func tiny() throws -> Catalog {
        read(try tinyTables()).catalog
    }
}

/// A small, fast, seeded random number generator (SplitMix64) so that random tests reproduce.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    /// The text with one line (1-based, of the lines split on LF) replaced, for planting faults.
    package func replacingLine(_ number: Int, with line: String) -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard number >= 1, number <= lines.count else { return self }
        lines[number - 1] = line
        return lines.joined(separator: "\n")
    }

    /// The text with a line appended (before the final line break, if any).
    package func appendingLine(_ line: String) -> String {
        hasSuffix("\n") ? self + line + "\n" : self + "\n" + line + "\n"
    }
}
