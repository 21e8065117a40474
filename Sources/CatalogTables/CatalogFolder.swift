import CatalogModel
import Foundation

/// The catalog's folder on disk: reads its tables and writes files atomically.
///
/// The only file I/O of the table layer; everything else works on bytes it is given.
package struct CatalogFolder: Sendable {
    /// The folder's path as given, e.g. `catalog`; used in diagnostics.
    package let path: String

    package init(path: String) {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.path = path
    }

    /// The path of a table's file.
    package func filePath(of table: TableKind) -> String { path + "/" + table.fileName }

    /// Reads every table file that exists.
    /// - Throws: ``CatalogFolderError`` when the folder or a required table cannot be read.
    package func readFiles() throws(CatalogFolderError) -> [TableKind: [UInt8]] {
        var files: [TableKind: [UInt8]] = [:]
        for table in try tablesPresent() {
            guard let bytes = Self.contents(of: filePath(of: table)) else {
                throw .unreadable(filePath(of: table), reason: "it cannot be opened")
            }
            files[table] = bytes
        }
        return files
    }

    /// The tables whose files exist, after checking that the folder and required tables do.
    package func tablesPresent() throws(CatalogFolderError) -> [TableKind] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .folderNotFound(path)
        }
        guard isDirectory.boolValue else { throw .notAFolder(path) }
        var tables: [TableKind] = []
        for table in TableKind.allCases {
            let file = filePath(of: table)
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
                if table.isRequired { throw .missingTable(file) }
                continue
            }
            if isDirectory.boolValue { throw .unreadable(file, reason: "it is a folder, not a file") }
            // Opening a named pipe for reading waits for a writer: refuse it (and sockets, devices)
            // instead of hanging.
            var status = stat()
            if stat(file, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                throw .unreadable(file, reason: "it is not a regular file (a pipe, socket or device)")
            }
            guard FileManager.default.isReadableFile(atPath: file) else {
                throw .unreadable(file, reason: "it cannot be opened")
            }
            tables.append(table)
        }
        return tables
    }

    /// The bytes of a regular file, read straight into one array (no intermediate copy: tables
    /// can be large).
    package static func contents(of file: String) -> [UInt8]? {
        guard let opened = OpenFile(path: file) else { return nil }
        return opened.read(0..<opened.size)
    }

    /// Reads and maps the tables (form diagnostics only; run CatalogCheck for the rules), one
    /// file at a time so that a large table's bytes are released before the next is read; a
    /// large file is read a part at a time (see ``TableBytes``).
    package func read() throws(CatalogFolderError) -> CatalogReader.Result {
        try read(parts: CatalogReader.Parts())
    }

    /// Reads the tables; files of at least `parts.threshold` bytes are read a part at a time.
    func read(parts: CatalogReader.Parts) throws(CatalogFolderError) -> CatalogReader.Result {
        let present = Set(try tablesPresent())
        var failed: String?
        let result = CatalogReader.read(folder: path, parts: parts) { table -> TableBytes? in
            guard present.contains(table) else { return nil }
            guard let bytes = Self.tableBytes(of: filePath(of: table), wholeBelow: parts.threshold) else {
                failed = filePath(of: table)
                return nil
            }
            return bytes
        }
        if let failed { throw .unreadable(failed, reason: "it cannot be read") }
        if let table = result.unreadable.first {
            throw .unreadable(filePath(of: table), reason: "it changed or became unreadable while it was read")
        }
        return result
    }

    /// A table file's bytes: read whole when small, else opened to be read a range at a time.
    static func tableBytes(of file: String, wholeBelow threshold: Int) -> TableBytes? {
        guard let opened = OpenFile(path: file) else { return nil }
        guard opened.size >= threshold, opened.size > 0 else {
            return opened.read(0..<opened.size).map(TableBytes.memory)
        }
        return .file(count: opened.size) { range in opened.read(range) }
    }

    /// Writes a file next to the tables through a temporary file and a rename, so a reader
    /// never sees half a file and a failure leaves the old file whole.
    package static func writeAtomically(_ bytes: [UInt8], to file: String) throws(CatalogFolderError) {
        let url = URL(fileURLWithPath: file)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try Data(bytes).write(to: temporary)
            // rename(2) replaces the old file in one step.
            guard rename(temporary.path, file) == 0 else {
                throw CatalogFolderError.unwritable(file, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(file, reason: String(describing: error))
        }
    }
}

/// Why a catalog folder could not be read or written.
package enum CatalogFolderError: Error, CustomStringConvertible, Equatable {
    case folderNotFound(String)
    case notAFolder(String)
    case missingTable(String)
    case unreadable(String, reason: String)
    case unwritable(String, reason: String)

    package var description: String {
        switch self {
        case .folderNotFound(let path): "catalog folder \(path) does not exist"
        case .notAFolder(let path): "\(path) is not a folder"
        case .missingTable(let file): "\(file) is missing: a catalog needs courses.csv, lessons.csv and topics.csv"
        case .unreadable(let file, let reason): "cannot read \(file): \(reason)"
        case .unwritable(let file, let reason): "cannot write \(file): \(reason)"
        }
    }
}
