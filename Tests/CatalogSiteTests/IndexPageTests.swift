import CatalogModel
import CatalogTestSupport
import LearningGraph
import Testing

@testable import CatalogSite

/// The courses and people indexes: every entry listed once, linked, grouped and counted.
@Suite struct IndexPageTests {
    private let site = Site(catalog: WebSample.catalog)

    @Test("the courses page lists every course once under its ecosystem, best first within each")
    func courses() throws {
        let html = site.coursesPage().html
        let catalog = WebSample.catalog
        for course in catalog.courses {
            let link = "<a href=\"\(SitePath.course(course.id))\">"
            #expect(html.ranges(of: link).count == 1, "\(course.id) listed once")
        }
        var previous = html.startIndex
        for kind in CourseKind.known where catalog.courses.contains(where: { $0.kind == kind }) {
            let count = catalog.courses.filter { $0.kind == kind }.count
            let heading = try #require(
                html.firstRange(of: "\(kind.label) <span class=\"muted\">(\(count))</span></h2>")
            )
            #expect(heading.lowerBound > previous, "\(kind.label) follows the kinds before it")
            previous = heading.lowerBound
        }
        // Within a group, the order is the graph's ranking.
        let ranked = site.graph.rankedCourses().map(\.course.id)
        let positions = ranked.compactMap { id in html.firstRange(of: "<a href=\"\(SitePath.course(id))\">")?.lowerBound
        }
        for kind in CourseKind.known {
            let group = ranked.enumerated().filter { catalog.course($0.element)?.kind == kind }.map {
                positions[$0.offset]
            }
            #expect(group == group.sorted())
        }
        #expect(html.contains("aria-current=\"page\">Courses</a>"))
    }

    @Test("the people page lists everyone by name with what they made")
    func people() throws {
        let html = site.peoplePage().html
        let names = WebSample.catalog.people.map(\.name).sorted { $0.lowercased() < $1.lowercased() }
        let positions = try names.map { try #require(html.firstRange(of: HTML.escape($0))).lowerBound }
        #expect(positions == positions.sorted())
        for person in WebSample.catalog.people {
            #expect(html.contains("<a href=\"\(SitePath.person(person.id))\">"))
        }
        // HTML in a name is escaped, never markup.
        #expect(!html.contains("Ada <Lovelace>") && html.contains("Ada &lt;Lovelace&gt;"))
    }

    @Test("a course page's breadcrumb leads back to the courses")
    func breadcrumb() throws {
        let html = try #require(site.coursePage("azure-llmops")).html
        #expect(html.contains("<a href=\"/courses/\">Courses</a> › "))
    }
}
