/// The tables of a catalog folder and the columns the format defines for each.
package enum TableKind: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case courses
    case lessons
    case topics
    case people
    case paths
    case steps

    /// The file name inside the catalog folder.
    package var fileName: String { rawValue + ".csv" }

    /// Whether a catalog must have this table.
    package var isRequired: Bool {
        switch self {
        case .courses, .lessons, .topics: true
        case .people, .paths, .steps: false
        }
    }

    /// The format's columns in canonical order; `fmt` writes them first.
    package var columns: [Column] {
        switch self {
        case .courses:
            [
                .init("id", .identifier, required: true), .init("title", .text, required: true),
                .init("provider", .text, required: true), .init("kind", .vocabulary, required: true),
                .init("url", .url, required: true), .init("description", .text),
                .init("topics", .list, required: true), .init("people", .list), .init("level", .vocabulary),
                .init("access", .vocabulary),
            ]
        case .lessons:
            [
                .init("id", .identifier, required: true), .init("course", .identifier, required: true),
                .init("order", .wholeNumber, required: true), .init("title", .text, required: true),
                .init("url", .url, required: true), .init("description", .text),
                .init("topics", .list, required: true), .init("format", .vocabulary), .init("people", .list),
                .init("module", .text), .init("objectives", .list), .init("terms", .list),
                .init("minutes", .wholeNumber), .init("level", .vocabulary), .init("access", .vocabulary),
            ]
        case .topics:
            [
                .init("id", .identifier, required: true), .init("name", .text, required: true),
                .init("description", .text), .init("broader", .identifier), .init("requires", .list),
                .init("aliases", .list), .init("order", .wholeNumber),
            ]
        case .people:
            [
                .init("id", .identifier, required: true), .init("name", .text, required: true),
                .init("url", .url), .init("affiliation", .text),
            ]
        case .paths:
            [
                .init("id", .identifier, required: true), .init("title", .text, required: true),
                .init("description", .text), .init("source", .url), .init("people", .list),
            ]
        case .steps:
            [
                .init("path", .identifier, required: true), .init("order", .wholeNumber, required: true),
                .init("module", .text), .init("title", .text, required: true), .init("objectives", .list),
                .init("terms", .list), .init("topics", .list, required: true), .init("lessons", .list),
            ]
        }
    }

    /// The names of the format's columns, in canonical order.
    package var columnNames: [String] { columns.map(\.name) }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// One column the format defines.
    package struct Column: Hashable, Sendable {
        package var name: String
        package var type: ValueType
        package var isRequired: Bool

        package init(_ name: String, _ type: ValueType, required: Bool = false) {
            self.name = name
            self.type = type
            self.isRequired = required
        }
    }

    /// What a column holds.
    package enum ValueType: String, Hashable, Sendable {
        case identifier, text, url, list, vocabulary, wholeNumber
    }
}
