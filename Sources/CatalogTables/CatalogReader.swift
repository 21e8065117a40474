import CatalogModel

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
    }

    /// Reads the given tables.
    /// - Parameters:
    ///   - files: the content of each table file that exists.
    ///   - folder: the folder as it should appear in messages, e.g. `catalog`.
    package static func read(_ files: [TableKind: [UInt8]], folder: String) -> Result {
        var diagnostics: [Diagnostic] = []
        var layouts: [TableKind: TableLayout] = [:]
        var missing: [TableKind: Set<String>] = [:]
        var tables: [TableKind: TableRows] = [:]
        for table in TableKind.allCases {
            guard let bytes = files[table] else { continue }
            let file = folder.isEmpty ? table.fileName : folder + "/" + table.fileName
            let document = CSVParser.parse(bytes, file: file)
            let rows = TableRows(document: document, table: table, file: file)
            diagnostics += document.diagnostics
            diagnostics += rows.diagnostics
            layouts[table] = rows.layout
            missing[table] = rows.missingColumns
            tables[table] = rows
        }
        let catalog = Catalog(
            courses: tables[.courses].map(courses) ?? [],
            lessons: tables[.lessons].map(lessons) ?? [],
            topics: tables[.topics].map(topics) ?? [],
            people: tables[.people].map(people) ?? [],
            paths: tables[.paths].map(paths) ?? [],
            steps: tables[.steps].map(steps) ?? [],
            layouts: layouts
        )
        return Result(catalog: catalog, diagnostics: diagnostics, missingColumns: missing)
    }

    static func courses(_ table: TableRows) -> [Course] {
        table.document.records.map { row in
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

    static func lessons(_ table: TableRows) -> [Lesson] {
        var lessons: [Lesson] = []
        lessons.reserveCapacity(table.document.rows.count)
        for row in table.document.records {
            let cell = table.cells(of: row)
            lessons.append(
                Lesson(
                    id: LessonID(cell["id"]),
                    course: CourseID(cell["course"]),
                    order: WholeNumber(text: cell["order"]),
                    title: cell["title"],
                    url: cell["url"],
                    description: cell["description"],
                    topics: cell.identifiers("topics"),
                    format: cell.optional("format"),
                    people: cell.list("people").map(Credit.init(item:)),
                    module: cell["module"],
                    objectives: cell.list("objectives"),
                    terms: cell.list("terms"),
                    minutes: WholeNumber(text: cell["minutes"]),
                    level: cell.optional("level"),
                    access: cell.optional("access"),
                    source: table.source(of: row)
                )
            )
        }
        return lessons
    }

    static func topics(_ table: TableRows) -> [Topic] {
        table.document.records.map { row in
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

    static func people(_ table: TableRows) -> [Person] {
        table.document.records.map { row in
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

    static func paths(_ table: TableRows) -> [LearningPath] {
        table.document.records.map { row in
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

    static func steps(_ table: TableRows) -> [PathStep] {
        table.document.records.map { row in
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
