import CatalogModel
import CatalogTables

/// What merging imported rows into a catalog would write, and what it found on the way.
package struct MergePlan: Sendable {
    /// The new content of each table that changes (the others stay as they are).
    package var files: [TableKind: [UInt8]] = [:]
    /// The physical lines of the added rows in each changed file.
    package var addedLines: [TableKind: [Int]] = [:]
    /// `already-imported` warnings and `import-conflict` errors, at outline lines.
    package var diagnostics: [Diagnostic] = []
    package var duplicates = 0
    package var conflicts = 0

    /// How many rows each table gains.
    package var added: [TableKind: Int] { addedLines.mapValues(\.count) }

    /// The catalog's files after the merge: the given ones with the changed ones replaced.
    package func merged(with files: [TableKind: [UInt8]]) -> [TableKind: [UInt8]] {
        files.merging(self.files) { _, new in new }
    }
}

/// Adds imported rows to a catalog's tables without ever changing an existing row.
///
/// A row already there (same key and same title or address) is a duplicate: reported, not
/// added again. A row whose key is taken by a different row is a conflict: reported, not
/// added, and for a path or course its steps or lessons are held back too. Existing bytes are
/// kept as they are and new rows are appended; only when a table lacks a column the new rows
/// fill is the file rewritten (cells unchanged) with the column added at the end.
package enum CatalogMerge {
    /// Plans the merge.
    /// - Parameters:
    ///   - imported: the rows to add.
    ///   - files: the catalog's table files as read (CatalogFolder.readFiles()).
    ///   - folder: the folder as diagnostics name it, e.g. `catalog`.
    package static func plan(_ imported: ImportedOutline, into files: [TableKind: [UInt8]], folder: String)
        -> MergePlan
    {
        let catalog = CatalogReader.read(files, folder: folder).catalog
        var plan = MergePlan()
        var rows: [TableKind: [[String: String]]] = [:]
        func note(_ line: Int, duplicate: Bool, _ message: String, outlineFile: String) {
            let location = SourceLocation(file: outlineFile, line: line, column: 1)
            if duplicate {
                plan.duplicates += 1
                plan.diagnostics.append(
                    Diagnostic(.warning, .alreadyImported, at: location, message + "; not added again"))
            } else {
                plan.conflicts += 1
                plan.diagnostics.append(
                    Diagnostic(
                        .error, .importConflict, at: location, message + "; the imported row was not added",
                        hint: "give the imported row another id or order, or edit the table by hand"))
            }
        }
        let file = imported.file
        func place(_ source: RecordSource?) -> String {
            guard let source else { return "the catalog" }
            return "\(source.layout.file):\(source.line)"
        }

        // Paths and their steps.
        var blockedPaths: Set<PathID> = []
        for path in imported.paths {
            guard let existing = catalog.path(path.row.id) else {
                rows[.paths, default: []].append(RowCells.cells(of: path.row))
                continue
            }
            if same(existing.title, path.row.title) {
                note(
                    path.line, duplicate: true, "path \"\(path.row.id)\" is already in \(place(existing.source))",
                    outlineFile: file)
            } else {
                blockedPaths.insert(path.row.id)
                note(
                    path.line, duplicate: false,
                    "path id \"\(path.row.id)\" is taken by \"\(existing.title)\" (\(place(existing.source))); its steps are held back too",
                    outlineFile: file)
            }
        }
        for step in imported.steps where !blockedPaths.contains(step.row.path) {
            let taken = catalog.steps(of: step.row.path).first { $0.order.value == step.row.order.value }
            guard let taken else {
                rows[.steps, default: []].append(RowCells.cells(of: step.row))
                continue
            }
            if same(taken.title, step.row.title) {
                note(
                    step.line, duplicate: true,
                    "step \(step.row.order.text) \"\(step.row.title)\" of path \"\(step.row.path)\" is already in \(place(taken.source))",
                    outlineFile: file)
            } else {
                note(
                    step.line, duplicate: false,
                    "step \(step.row.order.text) of path \"\(step.row.path)\" is \"\(taken.title)\" in \(place(taken.source)), not \"\(step.row.title)\"",
                    outlineFile: file)
            }
        }

        // Courses and their lessons.
        var blockedCourses: Set<CourseID> = []
        for course in imported.courses {
            guard let existing = catalog.course(course.row.id) else {
                rows[.courses, default: []].append(RowCells.cells(of: course.row))
                continue
            }
            if same(existing.title, course.row.title) || existing.url == course.row.url {
                note(
                    course.line, duplicate: true, "course \"\(course.row.id)\" is already in \(place(existing.source))",
                    outlineFile: file)
            } else {
                blockedCourses.insert(course.row.id)
                note(
                    course.line, duplicate: false,
                    "course id \"\(course.row.id)\" is taken by \"\(existing.title)\" (\(place(existing.source))); its lessons are held back too",
                    outlineFile: file)
            }
        }
        for lesson in imported.lessons where !blockedCourses.contains(lesson.row.course) {
            let row = lesson.row
            if let existing = catalog.lesson(row.id) {
                let duplicate =
                    existing.course == row.course && (existing.url == row.url || same(existing.title, row.title))
                note(
                    lesson.line, duplicate: duplicate,
                    duplicate
                        ? "lesson \"\(row.id)\" is already in \(place(existing.source))"
                        : "lesson id \"\(row.id)\" is taken by \"\(existing.title)\" (\(place(existing.source)))",
                    outlineFile: file)
                continue
            }
            let siblings = catalog.lessons(of: row.course)
            if let same = siblings.first(where: { $0.url == row.url && self.same($0.title, row.title) }) {
                note(
                    lesson.line, duplicate: true,
                    "lesson \"\(row.title)\" is already in \(place(same.source)) as \"\(same.id)\"",
                    outlineFile: file)
                continue
            }
            if let taken = siblings.first(where: { $0.order.value == row.order.value }) {
                note(
                    lesson.line, duplicate: false,
                    "order \(row.order.text) of course \"\(row.course)\" is taken by \"\(taken.title)\" (\(place(taken.source)))",
                    outlineFile: file)
                continue
            }
            rows[.lessons, default: []].append(RowCells.cells(of: row))
        }

        for (table, newRows) in rows {
            let name = folder.isEmpty ? table.fileName : folder + "/" + table.fileName
            let written = append(newRows, to: files[table], table: table, file: name)
            plan.files[table] = written.bytes
            plan.addedLines[table] = written.lines
        }
        plan.diagnostics.sort()
        return plan
    }

    private static func same(_ left: String, _ right: String) -> Bool {
        InlineText.collapse(left).lowercased() == InlineText.collapse(right).lowercased()
    }

    /// The table's bytes with the rows added, and the physical line of each added row.
    static func append(_ rows: [[String: String]], to bytes: [UInt8]?, table: TableKind, file: String)
        -> (bytes: [UInt8], lines: [Int])
    {
        let document = bytes.map { CSVParser.parse($0, file: file) }
        var written = (document?.header?.cells ?? []).map { $0.trimmingSpaces() }
        if let first = written.first, first.hasPrefix("\u{FEFF}") { written[0] = String(first.dropFirst()) }
        let fresh = written.isEmpty
        if fresh { written = table.columnNames }
        var header = written.map { $0.lowercased() }
        let needed = table.columnNames.filter { column in rows.contains { !($0[column] ?? "").isEmpty } }
        let missing = needed.filter { !header.contains($0) }
        header += missing
        written += missing
        let newRows = rows.map { row in header.map { row[$0] ?? "" } }

        if let bytes, !fresh, missing.isEmpty {
            var output = bytes
            if let last = output.last, last != UInt8(ascii: "\n"), last != UInt8(ascii: "\r") {
                output.append(UInt8(ascii: "\n"))
            }
            var line = lineBreaks(in: output) + 1
            var lines: [Int] = []
            for row in newRows {
                let text = CSVWriter.write([row])
                lines.append(line)
                line += lineBreaks(in: Array(text.utf8))
                output += Array(text.utf8)
            }
            return (output, lines)
        }
        // A new file, or a header that needs more columns: write every row again, cells unchanged.
        var all: [[String]] = [written]
        for record in document?.records ?? [] {
            all.append(record.cells + Array(repeating: "", count: max(0, header.count - record.cells.count)))
        }
        let existingCount = all.count
        all += newRows
        var lines: [Int] = []
        var line = 1
        var output: [UInt8] = []
        for (index, row) in all.enumerated() {
            let text = Array(CSVWriter.write([row]).utf8)
            if index >= existingCount { lines.append(line) }
            line += lineBreaks(in: text)
            output += text
        }
        return (output, lines)
    }

    /// The number of line ends (LF, CRLF or a lone CR).
    static func lineBreaks(in bytes: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                count += 1
            } else if bytes[index] == UInt8(ascii: "\r") {
                count += 1
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            }
            index += 1
        }
        return count
    }
}
