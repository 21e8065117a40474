import CatalogModel
import CatalogSite
import CatalogTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import CatalogServer

/// An application over the sample catalog, as `serve` builds it.
private func makeApplication(
    configuration: ServerConfiguration = ServerConfiguration(logLevel: .critical)
) throws -> (some ApplicationProtocol, LiveCatalog) {
    let live = LiveCatalog(try CatalogSnapshot(catalog: WebSample.catalog), configuration: configuration)
    return (buildApplication(configuration, live: live), live)
}

@Suite("Routes")
struct RouteTests {
    @Test(
        "every page answers 200 with HTML",
        arguments: [
            "/", "/topics/", "/paths/", "/coverage/", "/courses/", "/people/", "/courses/azure-llmops/",
            "/courses/azure-llmops",
            "/lessons/hf-eval/", "/topics/evaluation/", "/people/ada/", "/paths/llmops-101/", "/search/?q=eval",
            "/search/?q=eval&kind=oss&topic=evaluation",
        ]
    )
    func pages(_ uri: String) async throws {
        let (app, _) = try makeApplication()
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(buffer: response.body).hasPrefix("<!doctype html>"))
            }
        }
    }

    @Test(
        "every response carries the security headers, errors included",
        arguments: ["/", "/courses/nope/", "/api/courses", "/healthz", "/api/lessons/nope"]
    )
    func securityHeaders(_ uri: String) async throws {
        let (app, _) = try makeApplication()
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                let csp = response.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("script-src 'self'"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(
                    response.headers.contains {
                        $0.name.canonicalName == "referrer-policy" && $0.value == "strict-origin-when-cross-origin"
                    }
                )
            }
        }
    }

    @Test(
        "unknown ids, unknown pages and ../ give the HTML 404 page",
        arguments: [
            "/courses/nope/", "/lessons/nope", "/topics/NOPE/", "/people/x/", "/paths/x/", "/nothing",
            "/lessons/../etc/passwd", "/lessons/..%2F..%2Fetc%2Fpasswd", "/assets/../Package.swift",
        ]
    )
    func notFound(_ uri: String) async throws {
        let (app, _) = try makeApplication()
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Page not found"))
            }
        }
    }

    @Test("a 1 MB query, bad UTF-8 and other methods give 4xx, never 500")
    func hostileRequests() async throws {
        let (app, _) = try makeApplication()
        try await app.test(.router) { client in
            let huge = "/search/?q=" + String(repeating: "a", count: 1_000_000)
            try await client.execute(uri: huge, method: .get) { #expect($0.status == .uriTooLong) }
            try await client.execute(uri: "/search/?q=%FF%FE", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/search?q=%E2%82", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/", method: .post, body: ByteBuffer(string: "x")) {
                #expect($0.status == .methodNotAllowed)
            }
        }
    }

    @Test(
        "FTS5 syntax in a query is text",
        arguments: ["%22", "*", "NEAR(", "-", "a%20-%20b", "title%3Aeval", "%22NEAR%22%20stars*", "(((", "%27%3B--"]
    )
    func ftsSyntax(_ query: String) async throws {
        let (app, _) = try makeApplication()
        try await app.test(.router) { client in
            try await client.execute(uri: "/search/?q=\(query)", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/search?q=\(query)", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test("past its limit the sitemap is an index whose parts are served, and no part beyond them")
    func sitemapParts() async throws {
        let configuration = ServerConfiguration(sitemapLimit: 4, logLevel: .critical)
        let snapshot = try CatalogSnapshot(catalog: WebSample.catalog, sitemapLimit: configuration.sitemapLimit)
        let app = buildApplication(configuration, live: LiveCatalog(snapshot, configuration: configuration))
        let parts = snapshot.site.sitemapPartCount()
        #expect(parts >= 2)
        try await app.test(.router) { client in
            try await client.execute(uri: "/sitemap.xml", method: .get) { response in
                #expect(String(buffer: response.body).contains("<sitemap><loc>/sitemaps/\(parts).xml</loc></sitemap>"))
            }
            var listed = 0
            for part in 1...parts {
                try await client.execute(uri: "/sitemaps/\(part).xml", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "application/xml; charset=utf-8")
                    listed += String(buffer: response.body).components(separatedBy: "<url>").count - 1
                }
            }
            #expect(listed == snapshot.site.pagePaths.count - 1)  // every page but search
            try await client.execute(uri: "/sitemaps/\(parts + 1).xml", method: .get) {
                #expect($0.status == .notFound)
            }
        }
    }

    @Test("sitemap, robots, assets, health and metrics answer with their types")
    func siteFiles() async throws {
        let (app, _) = try makeApplication()
        try await app.test(.router) { client in
            try await client.execute(uri: "/sitemap.xml", method: .get) { response in
                #expect(response.headers[.contentType] == "application/xml; charset=utf-8")
                #expect(String(buffer: response.body).contains("/courses/azure-llmops/"))
            }
            // One sitemap holds the bundled-size catalog: there are no parts to serve.
            for part in ["/sitemaps/1.xml", "/sitemaps/0.xml", "/sitemaps/x.xml", "/sitemaps/99999999999.xml"] {
                try await client.execute(uri: part, method: .get) { #expect($0.status == .notFound) }
            }
            try await client.execute(uri: "/robots.txt", method: .get) {
                #expect(String(buffer: $0.body).contains("Sitemap:"))
            }
            try await client.execute(uri: "/assets/site.css", method: .get) {
                #expect($0.headers[.contentType] == "text/css; charset=utf-8")
            }
            try await client.execute(uri: "/assets/site.js", method: .get) {
                #expect($0.headers[.contentType] == "text/javascript; charset=utf-8")
            }
            try await client.execute(uri: "/assets/graph.json", method: .get) {
                #expect(String(buffer: $0.body).hasPrefix("{\"topics\":"))
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(
                    String(buffer: response.body) == "{\"courses\":3,\"generation\":1,\"lessons\":7,\"status\":\"ok\"}"
                )
            }
            // An unknown page is counted with its own status (the error path of the middleware).
            try await client.execute(uri: "/courses/no-such-course/", method: .get) {
                #expect($0.status == .notFound)
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(text.contains("coursemap_http_requests_total"))
                #expect(text.contains("route=\"/healthz\""))
                #expect(text.contains("status=\"404\""))
            }
        }
    }
}

@Suite("JSON API")
struct APITests {
    private func json(_ uri: String) async throws -> (HTTPResponse.Status, Any?, String) {
        let (app, _) = try makeApplication()
        return try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                let text = String(buffer: response.body)
                return (response.status, try? JSONSerialization.jsonObject(with: Data(text.utf8)), text)
            }
        }
    }

    @Test("lists are paged", arguments: ["/api/courses", "/api/lessons", "/api/topics", "/api/people", "/api/paths"])
    func lists(_ uri: String) async throws {
        let (status, object, _) = try await json(uri + "?per_page=2")
        #expect(status == .ok)
        let page = try #require(object as? [String: Any])
        #expect((page["items"] as? [Any])?.count ?? 0 <= 2)
        #expect(page["perPage"] as? Int == 2)
    }

    @Test("a course has its lessons in order")
    func course() async throws {
        let (status, object, _) = try await json("/api/courses/azure-llmops")
        #expect(status == .ok)
        let lessons = try #require((object as? [String: Any])?["lessons"] as? [[String: Any]])
        #expect(lessons.compactMap { $0["id"] as? String } == ["azure-eval-intro", "azure-judge-lab", "azure-tracing"])
    }

    @Test(
        "unknown ids are 404 in JSON routes",
        arguments: [
            "/api/courses/nope", "/api/lessons/nope", "/api/topics/nope", "/api/people/nope", "/api/paths/nope",
            "/api/lessons/..%2Fx",
        ]
    )
    func unknown(_ uri: String) async throws {
        let (status, _, _) = try await json(uri)
        #expect(status == .notFound)
    }

    @Test("search returns hits and facet counts")
    func search() async throws {
        let (status, object, _) = try await json("/api/search?q=judge&kind=oss")
        #expect(status == .ok)
        let response = try #require(object as? [String: Any])
        #expect(response["total"] as? Int == 1)
        let facets = try #require(response["facets"] as? [String: Any])
        #expect(facets["kind"] != nil)
    }

    @Test("a search no lesson fully matches says how many words its hits have, in JSON and on the page")
    func partialSearch() async throws {
        let (status, object, _) = try await json("/api/search?q=judge%20zqxjunknown")
        #expect(status == .ok)
        let response = try #require(object as? [String: Any])
        let partial = try #require(response["partial"] as? [String: Any])
        #expect(partial["matched"] as? Int == 1 && partial["words"] as? Int == 2)
        #expect(((response["total"] as? Int) ?? 0) > 0)
        let full = try #require(try await json("/api/search?q=judge").1 as? [String: Any])
        #expect(full["partial"] == nil)
        let (app, _) = try makeApplication()
        try await app.test(.router) { client in
            try await client.execute(uri: "/search/?q=judge+zqxjunknown", method: .get) { response in
                #expect(String(buffer: response.body).contains("No lesson has all 2 words; "))
            }
        }
    }

    @Test("the same request gives byte-identical JSON with sorted keys")
    func deterministic() async throws {
        let first = try await json("/api/lessons/hf-eval").2
        let second = try await json("/api/lessons/hf-eval").2
        #expect(first == second)
        #expect(first.hasPrefix("{\"lesson\":{\"course\":\"hf-course\",\"description\":"))
    }

    @Test("next reports unknown ids and answers for known ones")
    func next() async throws {
        let (status, object, _) = try await json("/api/next?done=indie-loop,nope")
        #expect(status == .ok)
        let response = try #require(object as? [String: Any])
        #expect(response["done"] as? [String] == ["indie-loop"])
        #expect(response["unknown"] as? [String] == ["nope"])
    }
}

@Suite("Reload")
struct ReloadTests {
    private func writeCatalog(_ directory: String, lessonTitle: String, broken: Bool = false) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let files = [
            "topics.csv": "id,name\nlifecycle,Lifecycle\n",
            "courses.csv":
                "id,title,provider,kind,url,topics\nc1,Course one,Acme,oss,https://example.org/c1,lifecycle\n",
            "lessons.csv": "id,course,order,title,url,topics\nl1,\(broken ? "missing" : "c1"),1,\(lessonTitle),"
                + "https://example.org/l1,lifecycle\n",
        ]
        for (name, text) in files { try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8) }
    }

    @Test("a valid change is swapped in; a change with errors keeps the old catalog")
    func reload() throws {
        let directory = NSTemporaryDirectory() + "coursemap-reload-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try writeCatalog(directory, lessonTitle: "First title")
        let configuration = ServerConfiguration(catalogDirectory: directory, reload: true, logLevel: .critical)
        let live = LiveCatalog(
            try CatalogSnapshot(catalog: try LiveCatalog.loadValid(directory)),
            configuration: configuration
        )
        #expect(live.current.catalog.lessons.first?.title == "First title")

        try writeCatalog(directory, lessonTitle: "Second title")
        #expect(try live.reload() == 2)
        #expect(live.current.catalog.lessons.first?.title == "Second title")

        try writeCatalog(directory, lessonTitle: "Broken", broken: true)
        #expect(throws: ServerError.self) { try live.reload() }
        #expect(live.current.catalog.lessons.first?.title == "Second title")
        #expect(live.current.generation == 2)
    }

    @Test("after a reload, searches answer from the new catalog, not from the old one's caches")
    func reloadDropsSearchCaches() async throws {
        let directory = NSTemporaryDirectory() + "coursemap-reload-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try writeCatalog(directory, lessonTitle: "Alpha title")
        let configuration = ServerConfiguration(
            catalogDirectory: directory,
            indexDirectory: directory + "/.index",
            logLevel: .critical
        )
        let live = LiveCatalog(
            try CatalogSnapshot(
                catalog: try LiveCatalog.loadValid(directory),
                indexDirectory: configuration.indexDirectory
            ),
            configuration: configuration
        )
        let app = buildApplication(configuration, live: live)
        try await app.test(.router) { client in
            func hits(_ uri: String) async throws -> String {
                try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }
            }
            let page = try await hits("/search/?q=alpha")
            let api = try await hits("/api/search?q=alpha")
            #expect(page.contains("Alpha title"))
            #expect(api.contains("\"total\":1"))
            try writeCatalog(directory, lessonTitle: "Beta title")
            #expect(try live.reload() == 2)
            #expect(try await !hits("/search/?q=alpha").contains("Alpha title"))
            #expect(try await hits("/api/search?q=alpha").contains("\"total\":0"))
            #expect(try await hits("/search/?q=beta").contains("Beta title"))
        }
    }

    @Test("the watcher notices a changed file")
    func fingerprint() throws {
        let directory = NSTemporaryDirectory() + "coursemap-watch-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try writeCatalog(directory, lessonTitle: "A")
        let live = LiveCatalog(
            try CatalogSnapshot(catalog: try LiveCatalog.loadValid(directory)),
            configuration: ServerConfiguration(catalogDirectory: directory)
        )
        let watcher = CatalogWatcher(
            live: live,
            directory: directory,
            interval: .seconds(1),
            logger: Logger(label: "test")
        )
        let before = watcher.fingerprint()
        try writeCatalog(directory, lessonTitle: "A longer title")
        #expect(watcher.fingerprint() != before)
    }
}
