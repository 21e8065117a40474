import CatalogModel
import CatalogTables
import Foundation
import Testing

@testable import LinkCheck

@Suite("Link history kept across runs")
struct LinkHistoryTests {
    static func temporaryFolder() throws -> CatalogFolder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return CatalogFolder(path: path)
    }

    static func configuration() -> LinkCheckConfiguration {
        var configuration = LinkCheckConfiguration()
        configuration.allowPrivate = true
        configuration.hostInterval = .zero
        configuration.maxAttempts = 1
        return configuration
    }

    @Test("a link failing on two runs then answering keeps failing-since, then clears it")
    func historySurvivesRuns() async throws {
        // Given a catalog folder and a link that fails, fails again a day later, then works.
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let clock = TestClock()
        let checker = LinkChecker(configuration: Self.configuration(), clock: clock)
        let entries = try await LocalHTTPServer.withServer { server in
            let url = server.url("/toggle")
            let targets = [LinkTarget(url: url, usages: [.init(table: .lessons, id: "intro")])]
            var entries: [LinkHistory.Entry] = []
            for status in [500, 404, 200] {
                server.setStatus(status, for: "/toggle")
                // When each run reads the previous run's file and writes its own.
                let history = try LinkHistory.read(folder: folder)
                let report = await checker.run(targets, history: history, exclusion: LinkExclusion(allowPrivate: true))
                try report.history.write(to: folder)
                entries.append(try #require(try LinkHistory.read(folder: folder).entry(for: url)))
                clock.advance(by: .seconds(86_400))
            }
            return entries
        }
        // Then failing-since is the first failure, counts grow, and success clears both.
        let first = clock.now.addingTimeInterval(-3 * 86_400)
        #expect(entries[0].health == .transient)
        #expect(entries[0].failingSince == first)
        #expect(entries[0].consecutiveFailures == 1)
        #expect(entries[0].lastSuccess == nil)
        #expect(entries[1].health == .broken)
        #expect(entries[1].lastStatus == "404")
        #expect(entries[1].failingSince == first)
        #expect(entries[1].consecutiveFailures == 2)
        #expect(entries[2].health == .ok)
        #expect(entries[2].failingSince == nil)
        #expect(entries[2].consecutiveFailures == 0)
        #expect(entries[2].lastSuccess == first.addingTimeInterval(2 * 86_400))
    }

    @Test("a transient failure becomes broken only after the set number of runs")
    func transientBecomesBroken() {
        var history = LinkHistory()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        var healths: [LinkHistory.Health] = []
        for run in 0..<3 {
            let entry = history.record(
                url: "https://example.org",
                observed: .transient,
                status: "503",
                at: start.addingTimeInterval(Double(run) * 3600),
                brokenAfterRuns: 3
            )
            healths.append(entry.health)
        }
        #expect(healths == [.transient, .transient, .broken])
        #expect(history.entry(for: "https://example.org")?.failingSince == start)
    }

    @Test("links checked within --max-age are taken from the history, not requested")
    func maxAgeSkips() async throws {
        var configuration = Self.configuration()
        configuration.maxAge = .seconds(3600)
        let clock = TestClock()
        let checker = LinkChecker(configuration: configuration, clock: clock)
        let (second, requests) = try await LocalHTTPServer.withServer { server in
            let targets = [LinkTarget(url: server.url("/ok"))]
            let first = await checker.run(targets, history: LinkHistory(), exclusion: LinkExclusion(allowPrivate: true))
            clock.advance(by: .seconds(60))
            let second = await checker.run(
                targets,
                history: first.history,
                exclusion: LinkExclusion(allowPrivate: true)
            )
            return (second, server.seen.requests["/ok"])
        }
        #expect(requests == 1)
        #expect(second.items.first?.fromHistory == true)
        #expect(second.items.first?.state == .ok)
        #expect(second.checkedCount == 0)
    }

    @Test("the file is sorted, canonical and reads back equal")
    func roundTrip() throws {
        var history = LinkHistory()
        let time = Date(timeIntervalSince1970: 1_750_000_000.7)
        history.record(
            url: "https://b.org/x",
            observed: .redirected,
            status: "200",
            finalURL: "https://b.org/y",
            at: time
        )
        history.record(url: "https://a.org/\"quoted\",comma", observed: .broken, status: "404", at: time)
        let text = history.csvText
        let lines = text.split(separator: "\n")
        #expect(
            lines.first
                == "url,last_checked,last_status,health,last_success,failing_since,consecutive_failures,final_url"
        )
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("\"https://a.org/"))
        #expect(
            lines[2] == "https://b.org/x,2025-06-15T15:06:40Z,200,redirected,2025-06-15T15:06:40Z,,0,https://b.org/y"
        )
        let read = LinkHistory.parse(Array(text.utf8), file: "links.csv")
        #expect(read == history)
        #expect(read.csvText == text)
    }

    @Test("unreadable rows become warnings and are dropped")
    func badRows() {
        let text = """
            url,last_checked,last_status,health,last_success,failing_since,consecutive_failures,final_url
            https://a.org,yesterday,200,ok,,,0,
            https://b.org,2025-06-15T15:06:40Z,200,fine,,,0,
            https://c.org,2025-06-15T15:06:40Z,200,ok,,,-2,
            https://d.org,2025-06-15T15:06:40Z,200,ok,,,0,

            """
        let history = LinkHistory.parse(Array(text.utf8), file: "links.csv")
        #expect(history.entries.keys.sorted() == ["https://d.org"])
        #expect(history.diagnostics.map(\.location.line) == [2, 3, 4])
        #expect(history.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("a catalog never checked has an empty history")
    func missingFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        #expect(try LinkHistory.read(folder: folder).entries.isEmpty)
    }

    @Test("records of addresses the catalog dropped are forgotten")
    func pruning() async {
        var history = LinkHistory()
        let time = Date(timeIntervalSince1970: 1_750_000_000)
        history.record(url: "http://127.0.0.1:9/gone", observed: .ok, status: "200", at: time)
        history.record(url: "http://10.0.0.1/kept", observed: .ok, status: "200", at: time)
        let report = await LinkChecker(configuration: Self.configuration(), clock: TestClock()).run(
            [LinkTarget(url: "http://10.0.0.1/kept")],
            history: history,
            exclusion: LinkExclusion()
        )
        #expect(report.history.entries.keys.sorted() == ["http://10.0.0.1/kept"])
        #expect(report.items.map(\.state) == [.excluded])
    }
}
