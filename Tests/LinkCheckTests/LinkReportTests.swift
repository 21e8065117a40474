import CatalogModel
import CatalogTables
import Foundation
import Testing

@testable import LinkCheck

@Suite("Targets, exclusions and rendering")
struct LinkReportTests {
    static func layout(_ table: TableKind) -> TableLayout {
        TableLayout(file: "catalog/\(table.fileName)", table: table, columns: table.columns.map(\.name))
    }

    @Test("every course, lesson, person and path address is collected once, sorted")
    func collectsTargets() {
        let lessons = Self.layout(.lessons)
        let catalog = Catalog(
            courses: [Course(id: "c", title: "C", provider: "P", kind: .oss, url: "https://b.org/")],
            lessons: [
                Lesson(
                    id: "l1",
                    course: "c",
                    order: .value(1),
                    title: "L1",
                    url: " https://a.org/1 ",
                    source: RecordSource(layout: lessons, line: 2)
                ),
                Lesson(
                    id: "l2",
                    course: "c",
                    order: .value(2),
                    title: "L2",
                    url: "https://b.org/",
                    source: RecordSource(layout: lessons, line: 3)
                ),
            ],
            people: [Person(id: "p", name: "P", url: "")],
            paths: [LearningPath(id: "path", title: "Path", sourceURL: "https://c.org/outline")]
        )
        let targets = LinkTarget.collect(from: catalog)
        #expect(targets.map(\.url) == ["https://a.org/1", "https://b.org/", "https://c.org/outline"])
        #expect(targets[1].usages.map(\.id) == ["c", "l2"])
        #expect(targets[0].usages.first?.location == SourceLocation(file: "catalog/lessons.csv", line: 2, column: 5))
    }

    @Test(
        "private, loopback and link-local hosts are excluded unless allowed",
        arguments: [
            ("http://127.0.0.1:8080/x", true), ("http://localhost/x", true), ("https://10.1.2.3/", true),
            ("https://172.20.0.1/", true), ("https://192.168.1.1/", true), ("https://169.254.1.1/", true),
            ("http://[::1]:80/", true), ("https://[fd00::1]/", true), ("https://172.32.0.1/", false),
            ("https://example.org/", false), ("https://10.example.org/", false),
        ]
    )
    func privateHosts(_ url: String, _ isPrivate: Bool) {
        #expect((LinkExclusion().reason(for: url) != nil) == isPrivate)
        #expect(LinkExclusion(allowPrivate: true).reason(for: url) == nil)
    }

    @Test("--exclude patterns match anywhere in the address; a bad pattern is an error")
    func excludePatterns() throws {
        let exclusion = try LinkExclusion(patternTexts: ["linkedin\\.com", "^http://"], allowPrivate: false)
        #expect(exclusion.reason(for: "https://www.linkedin.com/in/x") != nil)
        #expect(exclusion.reason(for: "http://example.org") != nil)
        #expect(exclusion.reason(for: "https://example.org") == nil)
        #expect(throws: LinkCheckError.self) { try LinkExclusion(patternTexts: ["(unclosed"], allowPrivate: false) }
    }

    @Test(
        "durations read with units",
        arguments: [
            ("250ms", Duration.milliseconds(250)), ("30s", .seconds(30)), ("15m", .seconds(900)),
            ("12h", .seconds(43_200)), ("7d", .seconds(604_800)), ("2", .seconds(2)), ("0", .zero),
        ]
    )
    func durations(_ text: String, _ expected: Duration) {
        #expect(LinkDuration.parse(text) == expected)
    }

    @Test("bad durations are refused", arguments: ["", "soon", "-5s", "5x", "ms"])
    func badDurations(_ text: String) {
        #expect(LinkDuration.parse(text) == nil)
    }

    static func report() -> LinkReport {
        var history = LinkHistory()
        let time = Date(timeIntervalSince1970: 1_750_000_000)
        let broken = history.record(url: "https://a.org/gone", observed: .broken, status: "404", at: time)
        let moved = history.record(
            url: "https://b.org/old",
            observed: .redirected,
            status: "200",
            finalURL: "https://b.org/new",
            at: time
        )
        let ok = history.record(url: "https://c.org/", observed: .ok, status: "200", at: time)
        let place = SourceLocation(file: "catalog/lessons.csv", line: 4, column: 5)
        return LinkReport(
            items: [
                .init(
                    target: LinkTarget(url: broken.url, usages: [.init(table: .lessons, id: "x", location: place)]),
                    state: .broken,
                    fromHistory: false,
                    entry: broken,
                    outcome: nil,
                    exclusionReason: nil
                ),
                .init(
                    target: LinkTarget(url: moved.url),
                    state: .redirected,
                    fromHistory: false,
                    entry: moved,
                    outcome: nil,
                    exclusionReason: nil
                ),
                .init(
                    target: LinkTarget(url: ok.url),
                    state: .ok,
                    fromHistory: true,
                    entry: ok,
                    outcome: nil,
                    exclusionReason: nil
                ),
            ],
            history: history
        )
    }

    @Test("GitHub annotations place a broken link on its row and warn about a moved one")
    func githubAnnotations() {
        let lines = Self.report().githubAnnotations.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "::error file=catalog/lessons.csv,line=4,col=5::broken link https://a.org/gone (404)")
        #expect(lines.last?.hasPrefix("::warning::redirected link https://b.org/old") == true)
    }

    @Test("the text report lists problems and ends with a summary table")
    func textReport() {
        let report = Self.report()
        let text = report.text
        #expect(text.hasPrefix("broken      https://a.org/gone  [404]"))
        #expect(text.contains("redirected  https://b.org/old  [200] -> https://b.org/new"))
        #expect(!text.contains("https://c.org/"))
        #expect(text.contains("broken          1\n"))
        #expect(report.hasBroken)
    }

    @Test("the JSON report has one object per address with sorted keys")
    func jsonReport() throws {
        let data = Data(Self.report().json.utf8)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(
            objects.compactMap { $0["url"] as? String } == [
                "https://a.org/gone", "https://b.org/old", "https://c.org/",
            ]
        )
        #expect(objects.compactMap { $0["state"] as? String } == ["broken", "redirected", "ok"])
        #expect(objects[1]["final_url"] as? String == "https://b.org/new")
    }

    @Test("the progress bar fills with the work done")
    func progressBar() {
        #expect(LinkProgressBar.render(done: 5, total: 10, width: 10) == "[#####.....] 5/10 links")
        #expect(LinkProgressBar.render(done: 0, total: 0, width: 4) == "[####] 0/0 links")
        #expect(LinkProgressBar.render(done: 3, total: 4, width: 4, unit: "files") == "[###.] 3/4 files")
    }
}
