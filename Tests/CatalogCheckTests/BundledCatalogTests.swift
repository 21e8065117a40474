import CatalogModel
import CatalogTables
import CatalogTestSupport
import Testing

@testable import CatalogCheck

/// The promises the bundled LLMOps catalog makes, computed from its tables.
@Suite struct BundledCatalogTests {
    let catalog: Catalog
    let diagnostics: [Diagnostic]

    init() throws {
        let result = try CatalogFolder(path: TestCatalog.bundledDirectory).read()
        catalog = result.catalog
        diagnostics = result.diagnostics + CatalogChecker().check(result.catalog, missingColumns: result.missingColumns)
    }

    @Test("validates with no error and no warning")
    func strict() {
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(10).map(\.description))")
    }

    @Test("has 18 or more courses, 150 or more lessons, and 5 or more lessons per course")
    func size() {
        #expect(catalog.courses.count >= 18)
        #expect(catalog.lessons.count >= 150)
        for course in catalog.courses {
            #expect(catalog.lessons(of: course.id).count >= 5, "\(course.id) has too few lessons")
        }
        let kinds = Set(catalog.courses.compactMap(\.kind))
        #expect(kinds == [.cloud, .oss, .independent])
    }

    @Test("teaches every top-level topic in at least 2 cloud and 2 open-source courses", arguments: Topic.topLevel)
    func consensus(_ topic: TopicID) {
        let context = CheckContext(catalog: catalog)
        var courses: [CourseKind: Set<CourseID>] = [:]
        for lesson in catalog.lessons where context.closedTopics(lesson.topics).contains(topic) {
            if let kind = catalog.course(lesson.course)?.kind { courses[kind, default: []].insert(lesson.course) }
        }
        #expect((courses[.cloud]?.count ?? 0) >= 2, "\(topic) is taught by \(courses[.cloud] ?? []) in the cloud")
        #expect((courses[.oss]?.count ?? 0) >= 2, "\(topic) is taught by \(courses[.oss] ?? []) in open source")
    }

    @Test("uses each lesson URL once, over https, without tracking parameters")
    func addresses() {
        let urls = catalog.lessons.map(\.url)
        #expect(Set(urls).count == urls.count)
        for url in urls + catalog.courses.map(\.url) {
            #expect(WebAddress.classify(url) == .https, "\(url)")
            #expect(WebAddress.trackingParameters(in: url).isEmpty, "\(url)")
        }
    }

    @Test("has the eight fixed top-level topics, without broader, and three learning paths")
    func topicsAndPaths() {
        for id in Topic.topLevel {
            #expect(catalog.topic(id)?.broader == nil)
        }
        #expect(catalog.topics.filter { $0.broader != nil }.count >= 25)
        #expect(Set(catalog.paths.map(\.id)).isSuperset(of: ["llmops-101", "llm-ops-concepts", "llmops-workshop"]))
    }
}
