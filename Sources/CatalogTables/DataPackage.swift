import CatalogModel
import Foundation

/// The Frictionless Data Package descriptor (`datapackage.json`) of a catalog folder.
///
/// Describes the tables present with their real headers (unknown columns as strings), types,
/// required and unique constraints, vocabularies as enums, identifier patterns, primary keys and
/// the foreign keys Frictionless can express (single-valued references; list cells cannot be).
package enum DataPackage {
    /// The descriptor as pretty, key-sorted JSON: the same tables give the same bytes.
    /// - Parameter headers: each present table's header cells as written.
    package static func descriptor(headers: [TableKind: [String]], name: String = "coursemap-catalog") -> [UInt8] {
        let resources = TableKind.allCases.compactMap { table in
            headers[table].map { resource(table, header: $0) }
        }
        let package = Package(
            name: name,
            title: "Coursemap learning catalog",
            profile: "tabular-data-package",
            resources: resources
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(package)) ?? Data()
        return Array(data) + [UInt8(ascii: "\n")]
    }

    /// The headers of the table files given, for ``descriptor(headers:name:)``.
    package static func headers(of files: [TableKind: [UInt8]]) -> [TableKind: [String]] {
        var headers: [TableKind: [String]] = [:]
        for (table, bytes) in files {
            let document = CSVParser.parse(bytes, file: table.fileName)
            headers[table] = (document.header?.cells ?? []).map { $0.trimmingSpaces() }
        }
        return headers
    }

    private static func resource(_ table: TableKind, header: [String]) -> Resource {
        let known = Dictionary(table.columns.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<String>()
        let fields = header.map { name -> Field in
            let key = name.lowercased()
            defer { seen.insert(key) }
            guard let column = known[key], !seen.contains(key) else { return Field(name: name, type: "string") }
            return field(for: column, in: table, named: name)
        }
        var foreignKeys: [ForeignKey] = []
        func reference(_ field: String, _ resource: TableKind?, _ target: String = "id") {
            guard header.contains(where: { $0.lowercased() == field }) else { return }
            // A self-reference names the resource "" in Frictionless.
            let name = resource.map(\.rawValue) ?? ""
            foreignKeys.append(ForeignKey(fields: [field], reference: .init(resource: name, fields: [target])))
        }
        switch table {
        case .lessons: reference("course", .courses)
        case .topics: reference("broader", nil)
        case .steps: reference("path", .paths)
        default: break
        }
        let primaryKey: [String]
        switch table {
        case .steps: primaryKey = ["path", "order"]
        default: primaryKey = ["id"]
        }
        let hasKey = primaryKey.allSatisfy { key in header.contains { $0.lowercased() == key } }
        return Resource(
            name: table.rawValue,
            path: table.fileName,
            schema: Schema(
                fields: fields,
                primaryKey: hasKey ? primaryKey : nil,
                foreignKeys: foreignKeys.isEmpty ? nil : foreignKeys,
                missingValues: [""]
            )
        )
    }

    private static func field(for column: TableKind.Column, in table: TableKind, named name: String) -> Field {
        var field = Field(name: name, type: "string")
        var constraints = Constraints()
        if column.isRequired { constraints.required = true }
        switch column.type {
        case .identifier:
            constraints.pattern = "[a-z0-9]+(-[a-z0-9]+)*"
            constraints.maxLength = Identifiers.maximumLength
            if column.name == "id" && table != .steps { constraints.unique = true }
        case .url:
            constraints.pattern = "[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*"
        case .wholeNumber:
            field.type = "integer"
            constraints.minimum = table == .topics ? 0 : 1
        case .vocabulary:
            constraints.enumeration = vocabulary(column.name)
        case .list:
            field.description = "list: items separated by ;"
        case .text:
            break
        }
        field.constraints = constraints.isEmpty ? nil : constraints
        return field
    }

    private static func vocabulary(_ column: String) -> [String]? {
        switch column {
        case "kind": CourseKind.known.map(\.rawValue)
        case "format": LessonFormat.known.map(\.rawValue)
        case "level": Level.known.map(\.rawValue)
        case "access": Access.known.map(\.rawValue)
        default: nil
        }
    }

    // MARK: - Descriptor shape

    private struct Package: Encodable {
        var name: String
        var title: String
        var profile: String
        var resources: [Resource]
    }

    private struct Resource: Encodable {
        var name: String
        var path: String
        var profile = "tabular-data-resource"
        var format = "csv"
        var mediatype = "text/csv"
        var encoding = "utf-8"
        var schema: Schema
    }

    private struct Schema: Encodable {
        var fields: [Field]
        var primaryKey: [String]?
        var foreignKeys: [ForeignKey]?
        var missingValues: [String]
    }

    private struct Field: Encodable {
        var name: String
        var type: String
        var description: String?
        var constraints: Constraints?
    }

    private struct Constraints: Encodable {
        var required: Bool?
        var unique: Bool?
        var pattern: String?
        var maxLength: Int?
        var minimum: Int?
        var enumeration: [String]?

        var isEmpty: Bool {
            required == nil && unique == nil && pattern == nil && maxLength == nil && minimum == nil
                && enumeration == nil
        }

        enum CodingKeys: String, CodingKey {
            case required, unique, pattern, maxLength, minimum
            case enumeration = "enum"
        }
    }

    private struct ForeignKey: Encodable {
        var fields: [String]
        var reference: Reference

        struct Reference: Encodable {
            var resource: String
            var fields: [String]
        }
    }
}
