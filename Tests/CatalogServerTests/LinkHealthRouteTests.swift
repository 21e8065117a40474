import CatalogModel
import CatalogTables
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import CatalogServer

@Suite("Link health on served pages")
struct LinkHealthRouteTests {
    @Test("a lesson page shows the link history kept next to the catalog, read again on reload")
    func lessonPage() async throws {
        let directory = NSTemporaryDirectory() + "coursemap-links-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let files = [
            "topics.csv": "id,name\nlifecycle,Lifecycle\n",
            "courses.csv":
                "id,title,provider,kind,url,topics\nc1,Course one,Acme,oss,https://example.org/c1,lifecycle\n",
            "lessons.csv": "id,course,order,title,url,topics\nl1,c1,1,Lesson one,https://example.org/l1,lifecycle\n",
        ]
        for (name, text) in files { try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8) }
        let configuration = ServerConfiguration(catalogDirectory: directory, logLevel: .critical)
        let live = LiveCatalog(
            try CatalogSnapshot(
                catalog: try LiveCatalog.loadValid(directory),
                links: LiveCatalog.loadLinks(directory)
            ),
            configuration: configuration
        )
        let app = buildApplication(configuration, live: live)
        try await app.test(.router) { client in
            try await client.execute(uri: "/lessons/l1/", method: .get) { response in
                #expect(String(buffer: response.body).contains("Link not checked yet."))
            }
        }

        let history = LinkHistory(entries: [
            LinkHistory.Entry(
                url: "https://example.org/l1",
                lastChecked: Date(timeIntervalSince1970: 1_795_000_000),
                lastStatus: "404",
                health: .broken,
                failingSince: Date(timeIntervalSince1970: 1_790_000_000),
                consecutiveFailures: 3
            )
        ])
        try history.write(to: CatalogFolder(path: directory))
        #expect(try live.reload() == 2)
        try await app.test(.router) { client in
            try await client.execute(uri: "/lessons/l1/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(
                    String(buffer: response.body).contains(
                        "Link broken since 2026-09-21: last answer 404, 3 failed checks in a row."
                    )
                )
            }
            try await client.execute(uri: "/courses/c1/", method: .get) { response in
                #expect(String(buffer: response.body).contains("<span class=\"badge link-broken\">link broken</span>"))
            }
        }
    }
}
