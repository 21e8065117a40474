import CatalogModel
import CatalogSite
import Hummingbird
import Prometheus

/// Everything that is not a page: assets, data files, sitemap, robots, health and metrics.
struct SiteFilesController {
    let live: LiveCatalog
    let registry: PrometheusCollectorRegistry

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("assets/site.css") { _, _ in
            Response.body(
                ByteBuffer(string: SiteAssets.stylesheet),
                contentType: "text/css; charset=utf-8",
                maxAge: 3600
            )
        }
        routes.get("assets/site.js") { _, _ in
            Response.body(
                ByteBuffer(string: SiteAssets.script),
                contentType: "text/javascript; charset=utf-8",
                maxAge: 3600
            )
        }
        routes.get("assets/graph.json") { request, _ in
            let snapshot = live.current
            let body = snapshot.pages.body(for: request.uri.path) { ByteBuffer(string: snapshot.site.graphData()) }
            return Response.body(body, contentType: "application/json")
        }
        routes.get("assets/search.json") { request, _ in
            let snapshot = live.current
            let body = snapshot.pages.body(for: request.uri.path) { ByteBuffer(string: snapshot.site.searchData()) }
            return Response.body(body, contentType: "application/json")
        }
        routes.get("sitemap.xml") { request, _ in
            let snapshot = live.current
            let body = snapshot.pages.body(for: request.uri.path) { ByteBuffer(string: snapshot.site.sitemap()) }
            return Response.body(body, contentType: "application/xml; charset=utf-8")
        }
        routes.get("sitemaps/:part") { request, context in
            let snapshot = live.current
            let name = context.parameters.get("part") ?? ""
            // Bounded by the site's part count before any work (and before anything is cached).
            guard name.hasSuffix(".xml"), let number = Int(name.dropLast(".xml".count)),
                number >= 1, number <= snapshot.site.sitemapPartCount()
            else { throw HTTPError(.notFound) }
            let body = try snapshot.pages.body(for: request.uri.path) {
                guard let xml = snapshot.site.sitemapPart(number) else { throw HTTPError(.notFound) }
                return ByteBuffer(string: xml)
            }
            return Response.body(body, contentType: "application/xml; charset=utf-8")
        }
        routes.get("robots.txt") { _, _ in
            Response.body(ByteBuffer(string: live.current.site.robots()), contentType: "text/plain; charset=utf-8")
        }
        routes.get("healthz") { _, _ in
            let snapshot = live.current
            return APIModels.Health(
                status: "ok",
                generation: snapshot.generation,
                courses: snapshot.catalog.courses.count,
                lessons: snapshot.catalog.lessons.count
            )
        }
        routes.get("metrics") { _, _ in
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: buffer))
            )
        }
        return routes
    }
}
