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
        var trimmed = Substring(pagePath)
        while trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? "index.html" : trimmed + "/index.html"
    }

    /// The non-page files: assets, data, sitemap, robots and the 404 page, in a fixed order.
    package func supportFiles() -> [(path: String, contents: String)] {
        supportFilePaths.compactMap(supportFile)
    }

    /// The paths of the non-page files, in the order of ``supportFiles()``: the fixed ones, then
    /// the parts of a sitemap too big for one file.
    package var supportFilePaths: [String] {
        Self.fixedSupportFilePaths
            + (0..<site.sitemapPartCount()).map { Self.filePathOfSitemapPart($0 + 1) }
    }

    private static let fixedSupportFilePaths = [
        "assets/site.css", "assets/site.js", "assets/graph.json", "assets/search.json", "sitemap.xml", "robots.txt",
        "404.html",
    ]

    private static func filePathOfSitemapPart(_ number: Int) -> String {
        String(Site.sitemapPartPath(number).dropFirst())
    }

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
        default:
            guard let part = Self.sitemapPartNumber(path), let xml = site.sitemapPart(part) else {
                return nil
            }
            contents = xml
        }
        return (path, contents)
    }

    /// The number of a sitemap part's file path, e.g. 2 for `sitemaps/2.xml`.
    static func sitemapPartNumber(_ path: String) -> Int? {
        guard path.hasPrefix("sitemaps/"), path.hasSuffix(".xml") else { return nil }
        return Int(path.dropFirst("sitemaps/".count).dropLast(".xml".count))
    }

    /// Page paths in export order; split them among workers with ``render(_:)``.
    package var pagePaths: [String] { site.pagePaths }

    /// The file path and HTML of one page (search is the form the browser script fills).
    package func render(_ pagePath: String) -> (path: String, contents: String)? {
        let page = pagePath == SitePath.search ? site.searchPage(nil) : site.page(at: pagePath)
        return page.map { (Self.filePath(of: pagePath), $0.html) }
    }
}

extension SiteExport {
    /// The folders whose files an export owns: a file there that this export does not write is
    /// a page (or sitemap part) of an earlier export.
    package static let ownedFolders = ["courses", "lessons", "topics", "people", "paths", "sitemaps"]

    /// The files of an earlier export that this one no longer has, for `export site --prune`:
    /// among `existing` (paths relative to the output folder), the `index.html` pages under
    /// ``ownedFolders`` and the sitemap parts this export does not write, sorted. Anything else,
    /// such as a `CNAME` file or pages of the site's owner elsewhere, is never stale.
    package func staleFiles(among existing: [String]) -> [String] {
        var written = Set(pagePaths.map(Self.filePath(of:)))
        written.formUnion(supportFilePaths)
        return existing.filter { path in
            guard !written.contains(path) else { return false }
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count >= 2, Self.ownedFolders.contains(String(parts[0])) else { return false }
            if parts[0] == "sitemaps" { return parts.count == 2 && Self.sitemapPartNumber(path) != nil }
            return parts.count == 3 && parts[2] == "index.html"
        }
        .sorted()
    }
}
