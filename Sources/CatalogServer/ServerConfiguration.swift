import CatalogSite
import Logging

/// How the server runs: where it listens, which catalog it serves, and its limits.
package struct ServerConfiguration: Sendable {
    package var host: String
    package var port: Int
    /// The catalog folder, read again on `reload`.
    package var catalogDirectory: String
    /// Whether to watch the catalog's files and swap in a new catalog when they change.
    package var reload: Bool
    /// How often the watcher looks at the files.
    package var reloadInterval: Duration
    /// The public address written in canonical links and the sitemap; empty when unknown.
    package var baseURL: String
    /// Where search indexes are built (one sub-folder per catalog generation); `nil` keeps them in memory.
    package var indexDirectory: String?
    /// The longest request target (path and query) accepted, in bytes.
    package var maximumTargetLength: Int
    /// The largest request body accepted, in bytes (every route is GET; bodies are refused).
    package var maximumBodySize: Int
    /// The most pages one sitemap file lists (sitemaps.org's 50,000; tests make it small).
    package var sitemapLimit: Int
    package var logLevel: Logger.Level

    package init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        catalogDirectory: String = "catalog",
        reload: Bool = false,
        reloadInterval: Duration = .seconds(1),
        baseURL: String = "",
        indexDirectory: String? = nil,
        maximumTargetLength: Int = 2048,
        maximumBodySize: Int = 16 * 1024,
        sitemapLimit: Int = Site.sitemapsOrgLimit,
        logLevel: Logger.Level = .info
    ) {
        self.host = host
        self.port = port
        self.catalogDirectory = catalogDirectory
        self.reload = reload
        self.reloadInterval = reloadInterval
        self.baseURL = baseURL
        self.indexDirectory = indexDirectory
        self.maximumTargetLength = maximumTargetLength
        self.maximumBodySize = maximumBodySize
        self.sitemapLimit = sitemapLimit
        self.logLevel = logLevel
    }
}
