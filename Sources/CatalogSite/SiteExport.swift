/// Every file of the static site, produced without touching the disk.
///
/// The caller writes each file; pages are produced one at a time so that a catalog of
/// 100,000 lessons never holds its whole site in memory.
package struct SiteExport: Sendable {
    package let site: Site

    package init(site: Site) {
        self.site = site
    }

    /// The relative file path of a page path: `/courses/x/` gives `courses/x/index.html`.
    package static func filePath(of pagePath: String) -> String {
        let trimmed = pagePath.split(separator: "/").joined(separator: "/")
        return trimmed.isEmpty ? "index.html" : trimmed + "/index.html"
    }

    /// The non-page files: assets, data, sitemap, robots and the 404 page, in a fixed order.
    package func supportFiles() -> [(path: String, contents: String)] {
        Self.supportFilePaths.compactMap(supportFile)
    }

    /// The paths of the non-page files, in the order of ``supportFiles()``.
    package static let supportFilePaths = [
        "assets/site.css", "assets/site.js", "assets/graph.json", "assets/search.json", "sitemap.xml", "robots.txt",
        "404.html",
    ]

    /// One non-page file by its path in ``supportFilePaths``, built on its own so that workers
    /// can share them out; `nil` for any other path.
    package func supportFile(_ path: String) -> (path: String, contents: String)? {
        let contents: String
        switch path {
        case "assets/site.css": contents = SiteAssets.stylesheet
        case "assets/site.js": contents = SiteAssets.script
        case "assets/graph.json": contents = site.graphData()
        case "assets/search.json": contents = site.searchData()
        case "sitemap.xml": contents = site.sitemap()
        case "robots.txt": contents = site.robots()
        case "404.html": contents = site.notFoundPage().html
        default: return nil
        }
        return (path, contents)
    }

    /// Page paths in export order; split them among workers with ``render(_:)``.
    package var pagePaths: [String] { site.pagePaths }

    /// The file path and HTML of one page (search is the form the browser script fills).
    package func render(_ pagePath: String) -> (path: String, contents: String)? {
        let page = pagePath == SitePath.search ? site.searchPage(nil) : site.page(at: pagePath)
        return page.map { (Self.filePath(of: pagePath), $0.html) }
    }
}
