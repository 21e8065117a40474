import CatalogModel
import Foundation
import GRDB

/// A row of the `course` table: the fields of a course that search results show or filter by.
struct CourseRecord: Codable, FetchableRecord, PersistableRecord, Hashable, Sendable {
    static let databaseTableName = "course"

    var id: String
    var title: String
    var provider: String
    var kind: String

    /// The table's columns, for typed requests.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let title = Column(CodingKeys.title)
        static let provider = Column(CodingKeys.provider)
        static let kind = Column(CodingKeys.kind)
    }

    init(_ course: Course) {
        id = course.id.rawValue
        title = course.title.precomposedStringWithCanonicalMapping
        provider = course.provider.precomposedStringWithCanonicalMapping
        kind = course.kind?.rawValue ?? ""
    }
}
