import GRDB

extension SearchIndex {
    /// The schema, as append-only named migrations.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 search index") { db in
            try db.create(table: "course") { table in
                table.primaryKey("id", .text)
                table.column("title", .text).notNull()
                table.column("provider", .text).notNull()
                table.column("kind", .text).notNull()
            }
            try db.create(table: "lesson") { table in
                table.primaryKey("rowid", .integer)
                table.column("id", .text).notNull().unique()
                table.column("course", .text).notNull().indexed().references("course", onDelete: .cascade)
                table.column("position", .integer).notNull()
                table.column("title", .text).notNull()
                table.column("description", .text).notNull()
                table.column("objectives", .text).notNull()
                table.column("terms", .text).notNull()
                table.column("topicNames", .text).notNull()
                table.column("provider", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("format", .text).notNull()
                table.column("level", .text).notNull()
                table.column("access", .text).notNull()
                table.column("quality", .double).notNull().defaults(to: 0)
            }
            try db.create(table: "lesson_topic") { table in
                table.column("lesson", .integer).notNull().references("lesson", onDelete: .cascade)
                table.column("topic", .text).notNull()
                table.column("direct", .boolean).notNull()
                table.primaryKey(["lesson", "topic"])
            }
            try db.create(index: "lesson_topic_on_topic", on: "lesson_topic", columns: ["topic"])
            try db.create(virtualTable: "lesson_ft", using: FTS5()) { table in
                // External content without triggers: the index is written once, after the
                // lessons, by one 'rebuild' (a trigger per row made most of a large index's build).
                table.content = "lesson"
                table.contentRowID = "rowid"
                // English text: porter stemming over unicode61 without diacritics.
                table.tokenizer = .porter(wrapping: .unicode61())
                table.column("title")
                table.column("description")
                table.column("objectives")
                table.column("terms")
                table.column("topicNames")
                table.column("provider")
            }
        }
        return migrator
    }
}
