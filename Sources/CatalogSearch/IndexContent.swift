import CatalogModel
import Foundation
import GRDB

/// The rows and in-memory columns of a search index, derived from a catalog in one pass.
struct IndexContent {
    var courses: [CourseRecord] = []
    var lessons: [LessonRecord] = []
    var links: [LessonTopicRecord] = []
    var columns = IndexColumns()

    init(catalog: Catalog, quality: [LessonID: Double]) {
        var seenCourses = Set<CourseID>()
        for course in catalog.courses where seenCourses.insert(course.id).inserted {
            courses.append(CourseRecord(course))
        }
        let topicText = Self.topicText(catalog)
        let ancestry = Self.ancestry(catalog)
        var seenLessons = Set<LessonID>()
        var position: [CourseID: Int] = [:]
        for lesson in catalog.lessons {
            guard let course = catalog.course(lesson.course), seenLessons.insert(lesson.id).inserted else { continue }
            let rowid = Int64(lessons.count + 1)
            var topics: [TopicID] = []
            for topic in lesson.topics {
                for covered in [topic] + (ancestry[topic] ?? []) where !topics.contains(covered) {
                    topics.append(covered)
                }
            }
            let score = min(1, max(0, quality[lesson.id] ?? 0))
            position[course.id, default: 0] += 1
            let record = LessonRecord(
                rowid: rowid,
                id: lesson.id.rawValue,
                course: course.id.rawValue,
                position: lesson.order.value ?? position[course.id, default: 0],
                title: Self.normal(lesson.title),
                description: Self.normal(lesson.description),
                objectives: Self.normal(lesson.objectives.joined(separator: "\n")),
                terms: Self.normal(lesson.terms.joined(separator: "\n")),
                topicNames: Self.normal(topics.compactMap { topicText[$0] }.joined(separator: "\n")),
                provider: Self.normal(course.provider),
                kind: course.kind?.rawValue ?? "",
                format: lesson.format?.rawValue ?? "",
                level: (lesson.level ?? course.level)?.rawValue ?? "",
                access: (lesson.access ?? course.access ?? .free).rawValue,
                quality: score
            )
            lessons.append(record)
            for topic in topics {
                links.append(
                    LessonTopicRecord(lesson: rowid, topic: topic.rawValue, direct: lesson.topics.contains(topic))
                )
            }
            columns.append(
                lesson: lesson.id,
                course: course.id,
                quality: score,
                single: [
                    .kind: record.kind, .format: record.format, .provider: course.provider, .level: record.level,
                    .access: record.access,
                ],
                topics: topics
            )
        }
    }

    /// Writes the rows with one prepared statement per table (the FTS5 table follows by trigger).
    func insert(into db: Database) throws {
        let course = try db.makeStatement(sql: "INSERT INTO course (id, title, provider, kind) VALUES (?, ?, ?, ?)")
        for record in courses {
            try course.execute(arguments: [record.id, record.title, record.provider, record.kind])
        }
        let lesson = try db.makeStatement(
            sql: """
                INSERT INTO lesson (rowid, id, course, position, title, description, objectives, terms, topicNames,
                provider, kind, format, level, access, quality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        for record in lessons {
            try lesson.execute(arguments: [
                record.rowid, record.id, record.course, record.position, record.title, record.description,
                record.objectives, record.terms, record.topicNames, record.provider, record.kind, record.format,
                record.level, record.access, record.quality,
            ])
        }
        let link = try db.makeStatement(sql: "INSERT INTO lesson_topic (lesson, topic, direct) VALUES (?, ?, ?)")
        for record in links { try link.execute(arguments: [record.lesson, record.topic, record.direct]) }
    }

    /// NFC, as the FTS5 tokenizer expects; ASCII text (most of a catalog) is NFC already.
    private static func normal(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Each topic's name and aliases, as searchable text.
    private static func topicText(_ catalog: Catalog) -> [TopicID: String] {
        var text: [TopicID: String] = [:]
        for topic in catalog.topics where text[topic.id] == nil {
            text[topic.id] = ([topic.name] + topic.aliases).joined(separator: " ")
        }
        return text
    }

    /// Each topic's broader topics, nearest first; a cycle in `broader` stops the walk.
    private static func ancestry(_ catalog: Catalog) -> [TopicID: [TopicID]] {
        var result: [TopicID: [TopicID]] = [:]
        for topic in catalog.topics {
            var chain: [TopicID] = []
            var current = topic.broader
            while let id = current, id != topic.id, !chain.contains(id) {
                chain.append(id)
                current = catalog.topic(id)?.broader
            }
            result[topic.id] = chain
        }
        return result
    }
}
