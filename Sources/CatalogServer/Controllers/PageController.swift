import CatalogModel
import CatalogSearch
import CatalogSite
import Hummingbird

/// The HTML pages: home, indexes, course, lesson, topic, person, path, coverage and search.
struct PageController {
    let live: LiveCatalog

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/", use: page)
        routes.get("topics", use: page)
        routes.get("paths", use: page)
        routes.get("coverage", use: page)
        routes.get("courses", use: page)
        routes.get("people", use: page)
        routes.get("courses/:id", use: page)
        routes.get("lessons/:id", use: page)
        routes.get("topics/:id", use: page)
        routes.get("people/:id", use: page)
        routes.get("paths/:id", use: page)
        routes.get("search", use: search)
        return routes
    }

    /// Any page the site renders from its path; an unknown id is a 404.
    @Sendable func page(_ request: Request, context: AppRequestContext) throws -> Response {
        let snapshot = live.current
        let path = request.uri.path
        let body = try snapshot.pages.body(for: path) {
            guard let page = snapshot.site.page(at: path) else { throw HTTPError(.notFound) }
            return ByteBuffer(string: page.html)
        }
        return .html(body)
    }

    /// The search page, rendered on the server from the index.
    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        let snapshot = live.current
        let query = SearchRequest(request.uri.queryParameters).query
        let key = SearchRequest.cacheKey(query)
        if let cached = snapshot.searches.cached(key) { return .html(cached) }
        // Another page of a kept ranking is a slice: no hop to another executor.
        let kept = snapshot.index.keptResults(query)
        let results = if let kept { kept } else { try await snapshot.index.search(query) }
        let body = snapshot.searches.body(for: key) { ByteBuffer(string: snapshot.site.searchPage(results).html) }
        return .html(body)
    }
}

/// The query parameters of a search: `q`, one per facet (`topic`, `kind`, ...), `page`, `per_page`.
struct SearchRequest {
    var query: SearchQuery

    init(_ parameters: Parameters) {
        var filters: [SearchFacet: String] = [:]
        for facet in SearchFacet.allCases {
            if let value = parameters.get(facet.rawValue), !value.isEmpty { filters[facet] = String(value.prefix(100)) }
        }
        query = SearchQuery(
            text: parameters.get("q") ?? "",
            filters: filters,
            page: parameters.get("page", as: Int.self) ?? 1,
            pageSize: parameters.get("per_page", as: Int.self) ?? 20
        )
    }

    /// A key that names the same query whatever the parameter order.
    static func cacheKey(_ query: SearchQuery) -> String {
        var key = "q=\(query.text)\u{1}p=\(query.page)\u{1}n=\(query.pageSize)"
        for facet in SearchFacet.allCases {
            if let value = query.filters[facet] { key += "\u{1}\(facet.rawValue)=\(value)" }
        }
        return key
    }
}
