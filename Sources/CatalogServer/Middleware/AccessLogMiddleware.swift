import Foundation
import Hummingbird
import Logging

/// Writes one structured log line per request: method, path, status and duration.
package struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    package init(logger: Logger) {
        self.logger = logger
    }

    package func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        try await observe(request, context: context, next: next) { status, start in
            log(request, status: status, since: start)
        }
    }

    private func log(_ request: Request, status: Int, since start: ContinuousClock.Instant) {
        guard logger.logLevel <= .info else { return }
        let elapsed = ContinuousClock.now - start
        let microseconds = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "status": "\(status)",
                "duration_us": "\(microseconds)",
            ]
        )
    }
}
