import CatalogSite
import Hummingbird

/// Answers a 404 outside `/api/` with the site's HTML not-found page instead of an empty body.
package struct NotFoundPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let live: LiveCatalog

    package init(live: LiveCatalog) {
        self.live = live
    }

    package func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && !request.uri.path.hasPrefix("/api/") {
            let page = live.current.site.notFoundPage()
            return Response(
                status: .notFound,
                headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: page.html))
            )
        }
    }
}
