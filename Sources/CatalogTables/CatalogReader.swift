import CatalogModel
import Foundation

/// Builds a ``Catalog`` from the bytes of its tables. Never throws: bad content becomes
/// diagnostics and the catalog holds every row that could be read.
package enum CatalogReader {
    /// What reading produced: the catalog and the problems of the tables' form.
    package struct Result: Sendable {
        package var catalog: Catalog
        /// Form problems: `malformed-csv`, `ragged-row`, `missing-column`. Content rules are
        /// CatalogCheck's.
        package var diagnostics: [Diagnostic]
        /// Required columns missing from each table's header.
        package var missingColumns: [TableKind: Set<String>]
        /// Tables whose bytes could not be read (read as empty): an I/O error, not a finding.
        package var unreadable: [TableKind] = []
    }

    /// Reads the given tables.
    /// - Parameters:
    ///   - files: the content of each table file that exists.
    ///   - folder: the folder as it should appear in messages, e.g. `catalog`.
    package static func read(_ files: [TableKind: [UInt8]], folder: String) -> Result {
        read(folder: folder) { files[$0] }
    }

    /// Reads the tables that `load` gives, one at a time, so each file's bytes can be
    /// released before the next is read.
    package static func read(folder: String, load: (TableKind) -> [UInt8]?) -> Result {
        read(folder: folder, parts: Parts(), load: load)
    }

    /// When a table is parsed in parts side by side.
    struct Parts {
        /// Tables at least this large are split.
        var threshold = 4 << 20
        /// Into how many parts (the header aside).
        var count = ProcessInfo.processInfo.activeProcessorCount
        /// A file read a range at a time is cut into parts of about this size (more parts than
        /// cores), so that only a few parts' bytes are in memory at once.
        var size = 4 << 20
        /// Its starts are looked for in blocks of this size.
        var block = 1 << 20
    }

    static func read(folder: String, parts: Parts, load: (TableKind) -> [UInt8]?) -> Result {
        read(folder: folder, parts: parts) { load($0).map(TableBytes.memory) }
    }

    /// Reads the tables that `tables` gives, in memory or a range at a time.
    static func read(folder: String, parts: Parts, tables: (TableKind) -> TableBytes?) -> Result {
        var diagnostics: [Diagnostic] = []
        var unreadable: [TableKind] = []
        var layouts: [TableKind: TableLayout] = [:]
        var missing: [TableKind: Set<String>] = [:]

        // Each row becomes a model value as soon as it is parsed: a large table is never held
        // as rows and as values at the same time.
        func stream<Row: Sendable>(_ table: TableKind, _ makeMapper: @Sendable (TableRows) -> (CSVRow) -> Row) -> [Row]
        {
            guard let bytes = tables(table) else { return [] }
            let file = folder.isEmpty ? table.fileName : folder + "/" + table.fileName
            var read = readInParts(bytes, table: table, file: file, parts: parts, makeMapper)
            if read == nil, let whole = bytes.slice(0..<bytes.count) {
                read = readWhole(whole.buffer, range: whole.range, firstLine: 1, table: table, file: file, makeMapper)
            }
            guard let read else {
                unreadable.append(table)
                return []
            }
            diagnostics += read.diagnostics
            layouts[table] = read.shape.layout
            missing[table] = read.shape.missingColumns
            return read.values
        }

        let courses = stream(.courses, course)
        let lessons = stream(.lessons, lesson)
        let topics = stream(.topics, topic)
        let people = stream(.people, person)
        let paths = stream(.paths, path)
        let steps = stream(.steps, step)
        let catalog = Catalog(
            courses: courses,
            lessons: lessons,
            topics: topics,
            people: people,
            paths: paths,
            steps: steps,
            layouts: layouts
        )
        return Result(catalog: catalog, diagnostics: diagnostics, missingColumns: missing, unreadable: unreadable)
    }

    /// The values of one table (or part of it) with what the parser and the shape check found.
    private struct TableRead<Row: Sendable>: Sendable {
        var values: [Row]
        var diagnostics: [Diagnostic]
        var shape: TableRows
    }

    /// Parses a table, or the part of it from `range`, whose first row is the header when
    /// `header` is nil.
    private static func readWhole<Row: Sendable>(
        _ bytes: [UInt8],
        range: Range<Int>,
        firstLine: Int,
        atFileStart: Bool? = nil,
        table: TableKind,
        file: String,
        header: TableRows? = nil,
        _ makeMapper: (TableRows) -> (CSVRow) -> Row
    ) -> TableRead<Row> {
        var rows = header
        // Shape problems already known (the header's own) are not repeated by a part.
        let knownProblems = header?.diagnostics.count ?? 0
        var mapper = header.map(makeMapper)
        var values: [Row] = []
        let document = CSVParser.parse(
            bytes,
            range: range,
            firstLine: firstLine,
            atFileStart: atFileStart,
            file: file
        ) { row in
            if let map = mapper {
                rows?.checkShape(of: row)
                values.append(map(row))
            } else {
                let header = TableRows(header: row, table: table, file: file)
                rows = header
                mapper = makeMapper(header)
            }
        }
        let shape = rows ?? TableRows(header: nil, table: table, file: file)
        return TableRead(
            values: values,
            diagnostics: document.diagnostics + shape.diagnostics.dropFirst(knownProblems),
            shape: shape
        )
    }

    /// Parses a large table in parts side by side; nil when it is small, cannot be split, has
    /// malformed quoting (the parts might then not start where rows start, so the caller reads
    /// it whole and reports exactly what a single pass would), or a part cannot be read.
    private static func readInParts<Row: Sendable>(
        _ bytes: TableBytes,
        table: TableKind,
        file: String,
        parts: Parts,
        _ makeMapper: @Sendable (TableRows) -> (CSVRow) -> Row
    ) -> TableRead<Row>? {
        guard bytes.count >= parts.threshold, parts.count > 1 else { return nil }
        var count = parts.count
        if case .file = bytes { count = max(count, bytes.count / max(parts.size, 1)) }
        guard let starts = Self.starts(of: bytes, parts: count, block: parts.block), starts.count > 1,
            let headBytes = bytes.slice(0..<starts[0].offset)
        else {
            return nil
        }
        let head = readWhole(
            headBytes.buffer,
            range: headBytes.range,
            firstLine: 1,
            table: table,
            file: file,
            makeMapper
        )
        let header = head.shape
        let reads = Parallel.map(count: starts.count) { index -> TableRead<Row>? in
            let end = index + 1 < starts.count ? starts[index + 1].offset : bytes.count
            // A part read from the file is released as soon as its rows are values.
            guard let part = bytes.slice(starts[index].offset..<end) else { return nil }
            return readWhole(
                part.buffer,
                range: part.range,
                firstLine: starts[index].line,
                atFileStart: starts[index].offset == 0,
                table: table,
                file: file,
                header: header,
                makeMapper
            )
        }
        let parts = reads.compactMap { $0 }
        guard parts.count == reads.count else { return nil }
        let all = [head] + parts
        let isMalformed = all.contains { part in part.diagnostics.contains { $0.code == .malformedCSV } }
        guard !isMalformed else { return nil }
        return TableRead(
            values: parts.flatMap(\.values),
            diagnostics: all.flatMap(\.diagnostics),
            shape: header
        )
    }

    /// Where the parts of a table start (see ``CSVChunks``); a file is scanned a block at a time.
    private static func starts(of bytes: TableBytes, parts: Int, block: Int) -> [CSVChunks.Start]? {
        switch bytes {
        case .memory(let bytes):
            return bytes.withUnsafeBufferPointer { CSVChunks.split($0, parts: parts) }
        case .file(let count, let read):
            var scanner = CSVChunks.Scanner(count: count, parts: parts)
            var offset = 0
            while offset < count, !scanner.isFinished {
                let end = min(offset + max(block, 1), count)
                guard let bytes = read(offset..<end), bytes.count == end - offset else { return nil }
                bytes.withUnsafeBufferPointer { scanner.scan($0) }
                offset = end
            }
            return scanner.starts
        }
    }

    static func course(_ table: TableRows) -> (CSVRow) -> Course {
        { row in
            let cell = table.cells(of: row)
            return Course(
                id: CourseID(cell["id"]),
                title: cell["title"],
                provider: cell["provider"],
                kind: cell.optional("kind"),
                url: cell["url"],
                description: cell["description"],
                topics: cell.identifiers("topics"),
                people: cell.list("people").map(Credit.init(item:)),
                level: cell.optional("level"),
                access: cell.optional("access"),
                source: table.source(of: row)
            )
        }
    }

    static func lesson(_ table: TableRows) -> (CSVRow) -> Lesson {
        // The lessons table is the large one: find each column once, not once per row.
        let layout = table.layout
        let id = layout.column(of: "id")
        let course = layout.column(of: "course")
        let order = layout.column(of: "order")
        let title = layout.column(of: "title")
        let url = layout.column(of: "url")
        let description = layout.column(of: "description")
        let topics = layout.column(of: "topics")
        let format = layout.column(of: "format")
        let people = layout.column(of: "people")
        let module = layout.column(of: "module")
        let objectives = layout.column(of: "objectives")
        let terms = layout.column(of: "terms")
        let minutes = layout.column(of: "minutes")
        let level = layout.column(of: "level")
        let access = layout.column(of: "access")
        func optional<Value: Vocabulary>(_ text: String) -> Value? { text.isEmpty ? nil : Value(rawValue: text) }

        return { row in
            let cell = table.cells(of: row)
            return Lesson(
                id: LessonID(cell[column: id]),
                course: CourseID(cell[column: course]),
                order: WholeNumber(text: cell[column: order]),
                title: cell[column: title],
                url: cell[column: url],
                description: cell[column: description],
                topics: ListCell.items(cell[column: topics]).map { TopicID($0) },
                format: optional(cell[column: format]),
                people: ListCell.items(cell[column: people]).map(Credit.init(item:)),
                module: cell[column: module],
                objectives: ListCell.items(cell[column: objectives]),
                terms: ListCell.items(cell[column: terms]),
                minutes: WholeNumber(text: cell[column: minutes]),
                level: optional(cell[column: level]),
                access: optional(cell[column: access]),
                source: table.source(of: row)
            )
        }
    }

    static func topic(_ table: TableRows) -> (CSVRow) -> Topic {
        { row in
            let cell = table.cells(of: row)
            let broader = cell["broader"]
            return Topic(
                id: TopicID(cell["id"]),
                name: cell["name"],
                description: cell["description"],
                broader: broader.isEmpty ? nil : TopicID(broader),
                requires: cell.identifiers("requires"),
                aliases: cell.list("aliases"),
                order: WholeNumber(text: cell["order"]),
                source: table.source(of: row)
            )
        }
    }

    static func person(_ table: TableRows) -> (CSVRow) -> Person {
        { row in
            let cell = table.cells(of: row)
            return Person(
                id: PersonID(cell["id"]),
                name: cell["name"],
                url: cell["url"],
                affiliation: cell["affiliation"],
                source: table.source(of: row)
            )
        }
    }

    static func path(_ table: TableRows) -> (CSVRow) -> LearningPath {
        { row in
            let cell = table.cells(of: row)
            return LearningPath(
                id: PathID(cell["id"]),
                title: cell["title"],
                description: cell["description"],
                sourceURL: cell["source"],
                people: cell.list("people").map(Credit.init(item:)),
                source: table.source(of: row)
            )
        }
    }

    static func step(_ table: TableRows) -> (CSVRow) -> PathStep {
        { row in
            let cell = table.cells(of: row)
            return PathStep(
                path: PathID(cell["path"]),
                order: WholeNumber(text: cell["order"]),
                module: cell["module"],
                title: cell["title"],
                objectives: cell.list("objectives"),
                terms: cell.list("terms"),
                topics: cell.identifiers("topics"),
                lessons: cell.identifiers("lessons"),
                source: table.source(of: row)
            )
        }
    }
}
