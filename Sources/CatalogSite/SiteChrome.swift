import CatalogModel

/// The markup every page shares, built once per site so that a page only adds its own parts.
///
/// `Site.document` writes the same bytes a page-by-page build would: the head's assets, the
/// header with its navigation (one item marked current per page) and search form, the "what
/// next" panel and the footer.
struct SiteChrome: Sendable {
    /// One navigation item, as written on other pages and on its own page.
    struct NavigationItem: Sendable {
        let target: String
        let plain: String
        let current: String
    }

    /// From the doctype to the opening of the title element.
    let start =
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
    /// The icon, stylesheet and script links of the head.
    let assets: String
    /// From the end of the head to the navigation list's opening.
    let bodyStart: String
    let navigation: [NavigationItem]
    /// From the end of the navigation list to the opening of `<main>`.
    let afterNavigation: String
    /// From the end of `<main>` to the end of the document.
    let end: String

    init(catalog: Catalog, pathPrefix: String) {
        let e = HTML.escape
        assets =
            "<link rel=\"icon\" href=\"data:,\">\n"
            + "<link rel=\"stylesheet\" href=\"\(e(pathPrefix + SitePath.stylesheet))\">\n"
            + "<script src=\"\(e(pathPrefix + SitePath.script))\" defer></script>\n"
        bodyStart =
            "</head>\n<body data-base=\"\(e(pathPrefix))\">\n"
            + "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
            + "<header class=\"site-header\">\n<nav aria-label=\"Site\">\n"
            + "<a class=\"brand\" href=\"\(e(pathPrefix + SitePath.home))\">\(Site.name)</a>\n<ul>\n"
        navigation = [
            ("Topics", SitePath.topics), ("Courses", SitePath.courses), ("Paths", SitePath.paths),
            ("People", SitePath.people), ("Coverage", SitePath.coverage),
        ].map {
            label,
            target in
            let href = e(pathPrefix + target)
            return NavigationItem(
                target: target,
                plain: "<li><a href=\"\(href)\">\(label)</a></li>\n",
                current: "<li><a href=\"\(href)\" aria-current=\"page\">\(label)</a></li>\n"
            )
        }
        afterNavigation =
            "</ul>\n</nav>\n"
            + "<form class=\"site-search\" role=\"search\" action=\"\(e(pathPrefix + SitePath.search))\" "
            + "method=\"get\">\n<label for=\"site-q\" class=\"visually-hidden\">Search lessons</label>\n"
            + "<input id=\"site-q\" name=\"q\" type=\"search\" placeholder=\"Search lessons\" maxlength=\"200\">\n"
            + "<button type=\"submit\">Search</button>\n</form>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n"
        end =
            "</main>\n"
            + "<aside id=\"next-panel\" class=\"next-panel\" aria-labelledby=\"next-title\" hidden>\n"
            + "<h2 id=\"next-title\">What next</h2>\n<p class=\"muted\">Based on the lessons you marked done "
            + "in this browser.</p>\n<ol id=\"next-list\"></ol>\n"
            + "<p><button type=\"button\" id=\"next-reset\" class=\"link-button\">Forget my progress</button></p>\n"
            + "</aside>\n"
            + "<footer class=\"site-footer\">\n<p>\(catalog.courses.count) courses · \(catalog.lessons.count) lessons · "
            + "\(catalog.topics.count) topics. Built from CSV tables by \(Site.name).</p>\n</footer>\n"
            + "</body>\n</html>\n"
    }

    /// The bytes of the fixed parts, to reserve a page's capacity in one step.
    var size: Int {
        start.utf8.count + assets.utf8.count + bodyStart.utf8.count + afterNavigation.utf8.count + end.utf8.count
            + navigation.reduce(0) { $0 + $1.current.utf8.count }
    }
}
