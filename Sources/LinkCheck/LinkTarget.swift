import CatalogModel
import Foundation

/// One address to check and every row of the catalog that uses it.
package struct LinkTarget: Hashable, Sendable {
    /// Where a catalog row uses the address.
    package struct Usage: Hashable, Sendable, Comparable {
        /// The table the row is in.
        package var table: TableKind
        /// The row's id (a path step has none of its own).
        package var id: String
        /// The url cell's place, when the row was read from a file.
        package var location: SourceLocation?

        package init(table: TableKind, id: String, location: SourceLocation? = nil) {
            self.table = table
            self.id = id
            self.location = location
        }

        package static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.table, lhs.id) < (rhs.table, rhs.id)
        }
    }

    /// The address as written in the catalog (trimmed).
    package var url: String
    /// The rows that use it, sorted by table then id.
    package var usages: [Usage]

    package init(url: String, usages: [Usage] = []) {
        self.url = url
        self.usages = usages
    }

    /// Every course, lesson, person and path address of a catalog, once each, sorted by address.
    ///
    /// Empty cells are skipped; anything else is kept, even a malformed address, so the run
    /// reports it rather than silently ignoring it.
    package static func collect(from catalog: Catalog) -> [LinkTarget] {
        var usages: [String: [Usage]] = [:]
        func add(_ url: String, _ table: TableKind, _ id: String, _ source: RecordSource?, field: String = "url") {
            let url = url.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !url.isEmpty else { return }
            usages[url, default: []].append(Usage(table: table, id: id, location: source?.location(of: field)))
        }
        for course in catalog.courses { add(course.url, .courses, course.id.rawValue, course.source) }
        for lesson in catalog.lessons { add(lesson.url, .lessons, lesson.id.rawValue, lesson.source) }
        for person in catalog.people { add(person.url, .people, person.id.rawValue, person.source) }
        for path in catalog.paths { add(path.sourceURL, .paths, path.id.rawValue, path.source, field: "source") }
        return usages.keys.sorted().map { url in LinkTarget(url: url, usages: (usages[url] ?? []).sorted()) }
    }
}
