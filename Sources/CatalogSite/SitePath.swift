import CatalogModel

/// The address of every page, the same for the server and the static export.
///
/// Pages are folders (`/courses/x/`) so that a static host serves `courses/x/index.html`.
package enum SitePath {
    package static let home = "/"
    package static let search = "/search/"
    package static let coverage = "/coverage/"
    package static let topics = "/topics/"
    package static let paths = "/paths/"
    package static let courses = "/courses/"
    package static let people = "/people/"
    package static let stylesheet = "/assets/site.css"
    package static let script = "/assets/site.js"
    /// Topics, their prerequisites and best lessons, for the client-side "what next".
    package static let graphData = "/assets/graph.json"
    /// The compact index the static site searches in the browser.
    package static let searchData = "/assets/search.json"

    package static func course(_ id: CourseID) -> String { "/courses/\(id.rawValue)/" }
    package static func lesson(_ id: LessonID) -> String { "/lessons/\(id.rawValue)/" }
    package static func topic(_ id: TopicID) -> String { "/topics/\(id.rawValue)/" }
    package static func person(_ id: PersonID) -> String { "/people/\(id.rawValue)/" }
    package static func path(_ id: PathID) -> String { "/paths/\(id.rawValue)/" }

    /// The search page for a query and facet filters, parameters in a fixed order.
    package static func search(text: String, filters: [(String, String)] = [], page: Int = 1) -> String {
        // Built by appending: a search page builds one link per facet value.
        var link = search
        link.reserveCapacity(search.utf8.count + text.utf8.count + 24 * filters.count + 16)
        var separator = "?"
        func add(_ name: String, _ value: String) {
            link += separator
            link += name
            link += "="
            link += percentEncode(value)
            separator = "&"
        }
        if !text.isEmpty { add("q", text) }
        for (name, value) in filters.sorted(by: { $0.0 < $1.0 }) { add(name, value) }
        if page > 1 { add("page", String(page)) }
        return link
    }

    /// Percent-encodes a query value (unreserved characters stay).
    package static func percentEncode(_ text: String) -> String {
        // Search links are built for every facet value of every search page: most values are
        // plain words that need no encoding at all.
        if text.utf8.allSatisfy(isUnreserved) { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
