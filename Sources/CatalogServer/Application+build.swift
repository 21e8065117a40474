import CatalogModel
import Hummingbird
import Logging
import Prometheus
import ServiceLifecycle

/// Builds the application `serve` runs and the tests exercise.
///
/// - Parameters:
///   - configuration: address, catalog folder, limits and reload.
///   - live: the catalog to serve (and to swap on reload).
///   - logger: the access and server log.
/// - Returns: the application; call `runService()` to serve.
package func buildApplication(
    _ configuration: ServerConfiguration,
    live: LiveCatalog,
    logger: Logger? = nil,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    var logger = logger ?? Logger(label: "coursemap")
    logger.logLevel = configuration.logLevel
    let registry = PrometheusCollectorRegistry()
    let router = buildRouter(configuration, live: live, registry: registry, logger: logger)
    var services: [any Service] = []
    if configuration.reload {
        services.append(
            CatalogWatcher(
                live: live,
                directory: configuration.catalogDirectory,
                interval: configuration.reloadInterval,
                logger: logger
            )
        )
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
        services: services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
}

/// Builds the router: middleware first (limits, security headers, log, metrics, 404 page), then routes.
package func buildRouter(
    _ configuration: ServerConfiguration,
    live: LiveCatalog,
    registry: PrometheusCollectorRegistry,
    logger: Logger
) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: AccessLogMiddleware(logger: logger))
    router.add(middleware: PrometheusMiddleware(registry: registry))
    router.add(
        middleware: RequestLimitsMiddleware(
            maximumTargetLength: configuration.maximumTargetLength,
            maximumBodySize: configuration.maximumBodySize
        )
    )
    router.add(middleware: NotFoundPageMiddleware(live: live))
    router.addRoutes(PageController(live: live).endpoints)
    router.addRoutes(SiteFilesController(live: live, registry: registry).endpoints)
    router.addRoutes(APIController(live: live).endpoints, atPath: "/api")
    return router
}
