import CatalogCheck
import CatalogModel
import CatalogTables
import LearningGraph

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
    /// Topic order, ranking, next, related lessons, path steps and coverage.
    package let graph: LearningGraph
    /// What the link checker last found for each address (empty when links were never checked).
    package let links: LinkHistory
    let index: SiteIndex
    /// The parts of every page that do not depend on the page, built once.
    let chrome: SiteChrome
    /// The facet navigation of each search (its words and filters), shared by all its pages.
    let facetNavigation = RenderMemo()
    /// The list items of the lessons most pages suggest (each topic's best), built once.
    private(set) var suggestionItems: [LessonID: String] = [:]
    /// Every page path of the site, in a stable order: home, indexes, topics, paths, courses,
    /// lessons, people (the sitemap's and the export's order).
    package let pagePaths: [String]
    /// The most pages one sitemap file lists; past it `sitemap.xml` is an index of parts.
    package let sitemapLimit: Int

    /// Makes the site of a catalog.
    ///
    /// - Parameters:
    ///   - catalog: the catalog to show.
    ///   - baseURL: the public address, e.g. `https://example.org/llmops/`; empty when unknown.
    ///   - graph: the catalog's learning graph, when the caller has built it already; else it is
    ///     built with the link history's failures lowering the ranking.
    ///   - links: the link history, read by the caller (`.coursemap/links.csv`); pages show it.
    ///   - quality: `Site.qualityScores(totals: graph.qualityTotalsByLesson())` of this `graph`,
    ///     when the caller has computed them already.
    ///   - pagePaths: `Site.pagePaths(of: catalog)`, when the caller has made them already.
    ///   - sitemapLimit: the most pages per sitemap file (sitemaps.org's limit unless testing).
    package init(
        catalog: Catalog,
        baseURL: String = "",
        graph: LearningGraph? = nil,
        links: LinkHistory = LinkHistory(),
        quality: [LessonID: Double]? = nil,
        pagePaths: [String]? = nil,
        sitemapLimit: Int = Site.sitemapsOrgLimit
    ) {
        let graph = graph ?? LearningGraph(catalog: catalog, linkHealth: links.rankingHealth)
        self.links = links
        // Totals only: a lesson's reasons are built when its page is rendered.
        let quality = quality ?? Self.qualityScores(totals: graph.qualityTotalsByLesson())
        self.catalog = catalog
        self.graph = graph
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        let pathPrefix = Self.pathPart(of: base)
        self.pathPrefix = pathPrefix
        self.quality = quality
        self.index = SiteIndex(catalog: catalog, topicGraph: graph.topics, quality: quality)
        self.pagePaths = pagePaths ?? Self.pagePaths(of: catalog)
        self.sitemapLimit = max(sitemapLimit, 1)
        self.chrome = SiteChrome(catalog: catalog, pathPrefix: pathPrefix)
        var items: [LessonID: String] = [:]
        for candidates in index.relatedByTopic.values {
            for candidate in candidates where items[candidate.id] == nil {
                if let lesson = catalog.lesson(candidate.id) {
                    items[candidate.id] = lessonItemStart(lesson, showCourse: true)
                }
            }
        }
        self.suggestionItems = items
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
    /// Each lesson's quality total scaled to 0...1 across the catalog (best lesson is 1).
    package static func qualityScores(totals: [LessonID: Int]) -> [LessonID: Double] {
        guard let best = totals.values.max(), let worst = totals.values.min() else { return [:] }
        let span = Double(max(best - worst, 1))
        return totals.mapValues { Double($0 - worst) / span }
    }

    /// Each lesson's quality total from the graph's ranking, scaled to 0...1 across the catalog.
    package static func qualityScores(of ranked: [RankedLesson]) -> [LessonID: Double] {
        guard let best = ranked.map(\.score.total).max(), let worst = ranked.map(\.score.total).min() else {
            return [:]
        }
        let span = Double(max(best - worst, 1))
        var scores: [LessonID: Double] = [:]
        for item in ranked where scores[item.lesson.id] == nil {
            scores[item.lesson.id] = Double(item.score.total - worst) / span
        }
        return scores
    }
}
