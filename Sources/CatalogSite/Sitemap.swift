import CatalogModel

extension Site {
    /// Every page path of the site, in a stable order: home, indexes, topics, paths, courses, lessons, people.
    package var pagePaths: [String] { Self.pagePaths(of: catalog) }

    /// The page paths of a catalog's site, known before the site is built (see ``pagePaths``).
    package static func pagePaths(of catalog: Catalog) -> [String] {
        var paths = [SitePath.home, SitePath.topics, SitePath.paths, SitePath.coverage, SitePath.search]
        var seen = Set(paths)
        func add(_ path: String) { if seen.insert(path).inserted { paths.append(path) } }
        for topic in catalog.topics where topic.id.isWellFormed { add(SitePath.topic(topic.id)) }
        for path in catalog.paths where path.id.isWellFormed { add(SitePath.path(path.id)) }
        for course in catalog.courses where course.id.isWellFormed { add(SitePath.course(course.id)) }
        for lesson in catalog.lessons where lesson.id.isWellFormed { add(SitePath.lesson(lesson.id)) }
        for person in catalog.people where person.id.isWellFormed { add(SitePath.person(person.id)) }
        return paths
    }

    /// The sitemap (sitemaps.org): every page but search, with absolute addresses when the base is known.
    package func sitemap() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in pagePaths where path != SitePath.search {
            xml += "<url><loc>\(HTML.escape(absolute(path)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }

    /// `robots.txt`: everything may be crawled but search results; points at the sitemap.
    package func robots() -> String {
        "User-agent: *\nDisallow: \(link(SitePath.search))\nSitemap: \(absolute("/sitemap.xml"))\n"
    }
}
