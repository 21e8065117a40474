import HTTPTypes
import Hummingbird

/// Adds the security headers to every response, errors included.
///
/// The CSP allows scripts and styles only from the site itself (no `unsafe-inline`): pages
/// carry no inline script or style; JSON-LD blocks are data, not scripts, so CSP ignores them.
package struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    package static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    package init() {}

    package func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            var response = try await next(request, context)
            Self.addHeaders(to: &response.headers)
            return response
        } catch let error as any HTTPResponseError {
            var response = try error.response(from: request, context: context)
            Self.addHeaders(to: &response.headers)
            return response
        }
    }

    private static var extraHeaders: [(HTTPField.Name, String)] {
        [
            ("Referrer-Policy", "strict-origin-when-cross-origin"), ("X-Frame-Options", "DENY"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ].compactMap { name, value in HTTPField.Name(name).map { ($0, value) } }
    }

    static func addHeaders(to headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        for (name, value) in extraHeaders { headers[name] = value }
    }
}
