import CatalogModel

/// The website of one catalog: every page rendered from the Catalog, with no I/O.
///
/// The server and the static export both render through this type, so the same catalog gives
/// the same HTML in both. Built once per catalog; lookups it needs are precomputed here.
package struct Site: Sendable {
    package let catalog: Catalog
    /// The public address of the site, without trailing slash, e.g. `https://example.org/llmops`;
    /// empty when unknown (then no canonical links are written and the sitemap uses paths).
    package let baseURL: String
    /// The path part of `baseURL` prefixed to every link, e.g. `/llmops`; empty at the root.
    package let pathPrefix: String
    /// Each lesson's quality score in 0...1 (best lesson of the catalog is 1).
    package let quality: [LessonID: Double]

    let index: SiteIndex

    /// Makes the site of a catalog.
    ///
    /// - Parameters:
    ///   - catalog: the catalog to show.
    ///   - baseURL: the public address, e.g. `https://example.org/llmops/`; empty when unknown.
    ///   - quality: each lesson's quality score in 0...1.
    package init(catalog: Catalog, baseURL: String = "", quality: [LessonID: Double] = [:]) {
        self.catalog = catalog
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.pathPrefix = Self.pathPart(of: base)
        self.quality = quality
        self.index = SiteIndex(catalog: catalog, quality: quality)
    }

    /// The link to a page, with the site's path prefix.
    package func link(_ path: String) -> String { pathPrefix + path }

    /// The absolute address of a page when the base address is known, else its link.
    package func absolute(_ path: String) -> String { baseURL.isEmpty ? link(path) : baseURL + path }

    private static func pathPart(of base: String) -> String {
        let parts = base.split(separator: "/", omittingEmptySubsequences: false)
        // "https:", "", "host", "path", ...: the path starts after the host.
        guard parts.count > 3, parts[0].hasSuffix(":"), parts[1].isEmpty else { return base.hasPrefix("/") ? base : "" }
        return "/" + parts[3...].joined(separator: "/")
    }
}

extension Site {
    /// The number of lessons on a topic, its finer topics included.
    package func lessonCount(of topic: TopicID) -> Int { index.lessonsByTopic[topic]?.count ?? 0 }
}

extension Site {
    /// The site of a catalog with its quality scores from the learning graph's ranking.
    package static func make(catalog: Catalog, baseURL: String = "") -> Site {
        Site(catalog: catalog, baseURL: baseURL, quality: qualityScores(of: catalog))
    }

    /// Each lesson's quality in 0...1 (filled from the ranking of the learning graph).
    package static func qualityScores(of catalog: Catalog) -> [LessonID: Double] { [:] }
}
