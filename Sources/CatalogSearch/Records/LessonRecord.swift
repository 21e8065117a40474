import CatalogModel
import GRDB

/// A row of the `lesson` table: the searchable text and facet values of one lesson.
///
/// `lesson_ft` is an external-content FTS5 table over this one, rebuilt once after the rows are written.
struct LessonRecord: Codable, FetchableRecord, PersistableRecord, Hashable, Sendable {
    static let databaseTableName = "lesson"

    /// The lesson's position in the catalog's table, from 1; the FTS5 rowid.
    var rowid: Int64
    var id: String
    var course: String
    var position: Int
    var title: String
    var description: String
    var objectives: String
    var terms: String
    /// Names and aliases of the lesson's topics and their broader topics.
    var topicNames: String
    var provider: String
    var kind: String
    var format: String
    var level: String
    var access: String
    /// The quality score in 0...1 from ranking.
    var quality: Double

    /// The table's columns, for typed requests.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let course = Column(CodingKeys.course)
        static let quality = Column(CodingKeys.quality)
    }
}

/// A row of the `lesson_topic` table: a lesson and one topic it covers, directly or through a finer topic.
struct LessonTopicRecord: Codable, FetchableRecord, PersistableRecord, Hashable, Sendable {
    static let databaseTableName = "lesson_topic"

    var lesson: Int64
    var topic: String
    /// Whether the lesson names the topic itself rather than one of its finer topics.
    var direct: Bool
}

extension DerivableRequest<LessonRecord> {
    /// The lessons of one course, in learning order.
    func filter(course: CourseID) -> Self {
        filter(LessonRecord.Columns.course == course.rawValue).order(Column("position"))
    }
}
