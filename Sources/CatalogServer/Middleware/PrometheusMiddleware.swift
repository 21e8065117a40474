import Hummingbird
import Prometheus

/// Counts requests by route and status and times them, into a Prometheus registry.
///
/// Uses its own registry rather than the global metrics system, so that each application
/// (and each test) has its own figures.
package struct PrometheusMiddleware<Context: RequestContext>: RouterMiddleware {
    let registry: PrometheusCollectorRegistry

    package init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
    }

    package func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        try await observe(request, context: context, next: next) { status, start in
            record(context.endpointPath ?? "unmatched", status: status, since: start)
        }
    }

    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "coursemap",
            subsystem: "http",
            metricName: "requests",
            unitName: "total",
            helpText: "HTTP requests by route and status."
        )
    }
    private static var duration: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "coursemap",
            subsystem: "http",
            metricName: "request_duration",
            unitName: "seconds",
            helpText: "Time to answer an HTTP request, by route."
        )
    }

    private func record(_ route: String, status: Int, since start: ContinuousClock.Instant) {
        let labels = [("route", route), ("status", String(status))]
        registry.makeCounter(descriptor: Self.requests, labels: labels).increment()
        registry.makeDurationHistogram(
            descriptor: Self.duration,
            labels: [("route", route)],
            buckets: [
                .microseconds(250), .milliseconds(1), .milliseconds(5), .milliseconds(25), .milliseconds(100),
                .seconds(1),
            ]
        ).record(ContinuousClock.now - start)
    }
}
