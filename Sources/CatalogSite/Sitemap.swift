import CatalogModel

extension Site {
    /// Every page path of a catalog's site, in a stable order: home, indexes, topics, paths,
    /// courses, lessons, people; known before the site is built (see ``pagePaths``).
    package static func pagePaths(of catalog: Catalog) -> [String] {
        var paths = [
            SitePath.home, SitePath.topics, SitePath.paths, SitePath.coverage, SitePath.search, SitePath.courses,
            SitePath.people,
        ]
        var seen = Set(paths)
        func add(_ path: String) { if seen.insert(path).inserted { paths.append(path) } }
        for topic in catalog.topics where topic.id.isWellFormed { add(SitePath.topic(topic.id)) }
        for path in catalog.paths where path.id.isWellFormed { add(SitePath.path(path.id)) }
        for course in catalog.courses where course.id.isWellFormed { add(SitePath.course(course.id)) }
        for lesson in catalog.lessons where lesson.id.isWellFormed { add(SitePath.lesson(lesson.id)) }
        for person in catalog.people where person.id.isWellFormed { add(SitePath.person(person.id)) }
        return paths
    }

    /// The most addresses one sitemap file may hold (sitemaps.org).
    package static let sitemapsOrgLimit = 50_000

    /// The address of a part of a split sitemap, counted from 1.
    package static func sitemapPartPath(_ number: Int) -> String { "/sitemaps/\(number).xml" }

    /// How many parts `sitemap.xml` points at: 0 when it lists the pages itself. Cheap (no list
    /// of the pages is made), so a request for a part can be bounded with it before any work.
    package func sitemapPartCount() -> Int {
        // Every page but search: the page paths hold it once, among the first.
        let count = pagePaths.count - (pagePaths.contains(SitePath.search) ? 1 : 0)
        return count <= sitemapLimit ? 0 : (count + sitemapLimit - 1) / sitemapLimit
    }

    /// `sitemap.xml` (sitemaps.org): every page but search, with absolute addresses when the base
    /// is known; past ``sitemapLimit`` pages, an index of the parts instead.
    package func sitemap() -> String {
        let parts = sitemapPartCount()
        guard parts > 0 else { return Self.urlSet(sitemapPaths, site: self) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for number in 1...parts {
            xml += "<sitemap><loc>\(HTML.escape(absolute(Self.sitemapPartPath(number))))</loc></sitemap>\n"
        }
        xml += "</sitemapindex>\n"
        return xml
    }

    /// A part of a split sitemap, counted from 1; `nil` when there is no such part.
    package func sitemapPart(_ number: Int) -> String? {
        // The number is checked before it is multiplied: any Int may come in.
        guard number >= 1, number <= sitemapPartCount() else { return nil }
        let paths = sitemapPaths
        let start = (number - 1) * sitemapLimit
        return Self.urlSet(paths[start..<min(start + sitemapLimit, paths.count)], site: self)
    }

    private var sitemapPaths: [String] { pagePaths.filter { $0 != SitePath.search } }

    private static func urlSet(_ paths: some Collection<String>, site: Site) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            xml += "<url><loc>"
            xml += HTML.escape(site.absolute(path))
            xml += "</loc></url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }

    /// `robots.txt`: everything may be crawled but search results; points at the sitemap.
    package func robots() -> String {
        "User-agent: *\nDisallow: \(link(SitePath.search))\nSitemap: \(absolute("/sitemap.xml"))\n"
    }
}
