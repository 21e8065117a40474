import Foundation

extension LinkHistory {
    /// The history file's path inside a catalog folder.
    package static func filePath(in folder: CatalogFolder) -> String { folder.path + "/.coursemap/links.csv" }

    /// Reads the catalog's link history; a catalog never checked has an empty one.
    /// - Throws: ``CatalogFolderError`` only when the file exists and cannot be read.
    package static func read(folder: CatalogFolder) throws(CatalogFolderError) -> LinkHistory {
        let file = filePath(in: folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else { return LinkHistory() }
        if isDirectory.boolValue { throw .unreadable(file, reason: "it is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .unreadable(file, reason: "it cannot be opened")
        }
        return parse([UInt8](data), file: file)
    }

    /// Writes the history atomically into the catalog's `.coursemap` folder, creating the folder.
    /// - Throws: ``CatalogFolderError/unwritable(_:reason:)`` when the folder or file cannot be written.
    package func write(to folder: CatalogFolder) throws(CatalogFolderError) {
        let file = Self.filePath(in: folder)
        let directory = (file as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(directory, reason: String(describing: error))
        }
        try CatalogFolder.writeAtomically(Array(csvText.utf8), to: file)
    }
}
