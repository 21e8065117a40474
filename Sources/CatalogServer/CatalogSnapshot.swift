import CatalogModel
import CatalogSearch
import CatalogSite
import CatalogTables
import Foundation
import LearningGraph

/// One immutable generation of what the server serves: catalog, site, search index and caches.
package struct CatalogSnapshot: Sendable {
    package let catalog: Catalog
    package let site: Site
    package let index: SearchIndex
    /// Counts up from 1 on each successful reload.
    package let generation: Int
    package let pages: ResponseCache
    package let searches: ResponseCache

    /// Builds a generation.
    ///
    /// - Parameters:
    ///   - catalog: a valid catalog.
    ///   - generation: its number.
    ///   - baseURL: the public address for canonical links.
    ///   - indexDirectory: where to build the SQLite index; `nil` for memory.
    ///   - links: the catalog's link history (see ``LiveCatalog/loadLinks(_:)``); pages show it.
    ///   - sitemapLimit: the most pages per sitemap file.
    /// - Throws: when the search index cannot be built.
    package init(
        catalog: Catalog,
        generation: Int = 1,
        baseURL: String = "",
        indexDirectory: String? = nil,
        links: LinkHistory = LinkHistory(),
        sitemapLimit: Int = Site.sitemapsOrgLimit
    ) throws {
        self.catalog = catalog
        self.generation = generation
        // The site and the search index need only the graph's quality: they are built side by
        // side (the index's SQLite inserts are most of a large catalog's start).
        let graph = LearningGraph(catalog: catalog, linkHealth: links.rankingHealth)
        let quality = Site.qualityScores(totals: graph.qualityTotalsByLesson())
        let (site, index) = Parallel.both(
            {
                Site(
                    catalog: catalog,
                    baseURL: baseURL,
                    graph: graph,
                    links: links,
                    quality: quality,
                    sitemapLimit: sitemapLimit
                )
            },
            {
                Result {
                    if let indexDirectory {
                        try SearchIndex.onDisk(
                            catalog: catalog,
                            quality: quality,
                            directory: indexDirectory + "/generation-\(generation)"
                        )
                    } else {
                        try SearchIndex.inMemory(catalog: catalog, quality: quality)
                    }
                }
            }
        )
        self.site = site
        self.index = try index.get()
        pages = ResponseCache()
        searches = ResponseCache()
    }
}
