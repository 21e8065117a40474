import CatalogModel
import CatalogSearch
import CatalogTestSupport
import Foundation
import Testing

@testable import CatalogSite

@Suite("Site pages")
struct SitePageTests {
    let site = Site(catalog: WebSample.catalog, baseURL: "https://example.org/llmops/")

    @Test("the home page lists every top-level topic with counts")
    func home() {
        let html = site.homePage().html
        for name in ["Lifecycle", "Evaluation", "Observability &amp; tracing", "Deployment &amp; serving"] {
            #expect(html.contains(name))
        }
        #expect(html.contains("4 lessons"))  // evaluation: its own two lessons and the two judge lessons
        #expect(html.contains("<main id=\"main\""))
    }

    @Test("titles with markup, quotes and ampersands are escaped everywhere")
    func escapes() throws {
        let course = try #require(site.coursePage("hf-course")).html
        #expect(!course.contains("<script>alert(1)</script>"))
        #expect(course.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;course&quot;"))
        let lesson = try #require(site.lessonPage("hf-eval")).html
        #expect(lesson.contains("Open-source &lt;b&gt;evaluation&lt;/b&gt; &amp; benchmarks."))
        let person = try #require(site.personPage("ada")).html
        #expect(person.contains("Ada &lt;Lovelace&gt;"))
    }

    @Test("JSON-LD cannot close its script element")
    func jsonLDIsSafe() throws {
        let html = try #require(site.coursePage("hf-course")).html
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        #expect(!json.contains("<"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@type"] as? String == "Course")
        #expect((object["name"] as? String)?.contains("<script>") == true)
        #expect((object["hasPart"] as? [Any])?.count == 3)
    }

    @Test("a course groups its lessons by module, in order, with syllabus sections")
    func courseModules() throws {
        let html = try #require(site.coursePage("azure-llmops")).html
        let first = try #require(html.range(of: "Module 1: Evaluate"))
        let second = try #require(html.range(of: "Module 2: Observe"))
        #expect(first.lowerBound < second.lowerBound)
        let basics = try #require(html.range(of: "Evaluation basics"))
        let judges = try #require(html.range(of: "LLM judges lab"))
        #expect(basics.lowerBound < judges.lowerBound)
        #expect(html.contains("\"syllabusSections\""))
    }

    @Test("a topic shows cloud, open-source and independent columns, finer topics included")
    func topicColumns() throws {
        let html = try #require(site.topicPage("evaluation")).html
        #expect(html.contains("id=\"eco-cloud\""))
        #expect(html.contains("id=\"eco-oss\""))
        #expect(html.contains("No independent lesson on this topic yet."))
        #expect(html.contains("LLM judges lab"))  // a lesson of the finer topic llm-as-judge
        #expect(html.contains("Subtopics"))
    }

    @Test(
        "unknown and ill-formed ids give no page",
        arguments: [
            "/courses/nope/", "/lessons/../../etc/passwd", "/topics/%2e%2e/", "/people/ADA/", "/nothing/", "/a/b/c/",
        ]
    )
    func unknownPaths(_ path: String) {
        #expect(site.page(at: path) == nil)
    }

    @Test(
        "known paths render with and without the trailing slash",
        arguments: [
            "/", "/topics/", "/paths/", "/coverage/", "/courses/", "/people", "/courses/azure-llmops/",
            "/lessons/hf-judge", "/topics/evaluation/",
            "/people/grace/", "/paths/llmops-101/",
        ]
    )
    func knownPaths(_ path: String) throws {
        let page = try #require(site.page(at: path))
        #expect(page.status == 200)
        #expect(page.html.hasPrefix("<!doctype html>"))
    }

    @Test("links carry the base address's path, canonical links its full address")
    func baseURL() throws {
        let html = try #require(site.lessonPage("hf-eval")).html
        #expect(html.contains("href=\"/llmops/assets/site.css\""))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/llmops/lessons/hf-eval/\">"))
    }

    @Test("pages have no inline script or style, so the CSP can forbid them")
    func noInlineCode() throws {
        for path in site.pagePaths where path != SitePath.search {
            let html = try #require(site.page(at: path)).html
            #expect(!html.contains("<script>"))
            #expect(!html.contains("style="))
            #expect(!html.contains("<style"))
            #expect(!html.contains(" onclick="))
        }
    }

    @Test("the path page shows steps in order with pinned lessons and gaps")
    func pathPage() throws {
        let html = try #require(site.pathPage("llmops-101")).html
        let loop = try #require(html.range(of: "The loop"))
        let evaluate = try #require(html.range(of: "<h3>Evaluate</h3>"))
        #expect(loop.lowerBound < evaluate.lowerBound)
        #expect(html.contains("Evaluate with lighteval"))
    }
}

@Suite("Search page")
struct SearchPageTests {
    @Test("facet links keep the query and show counts; the selected value can be removed")
    func facets() throws {
        let site = Site(catalog: WebSample.catalog)
        let index = try SearchIndex.inMemory(catalog: WebSample.catalog)
        let results = try index.searchNow(SearchQuery(text: "judge <&>", filters: [.kind: "oss"]))
        let html = site.searchPage(results).html
        #expect(results.total == 1)
        #expect(html.contains("value=\"judge &lt;&amp;&gt;\""))
        #expect(html.contains("href=\"/search/?q=judge%20%3C%26%3E\""))  // removing the kind filter
        #expect(html.contains("class=\"count\""))
        #expect(!html.contains("<&>"))
    }

    @Test("the facet navigation kept for a search gives the same pages as rendering afresh")
    func navigationMemo() throws {
        let index = try SearchIndex.inMemory(catalog: WebSample.catalog)
        let first = try index.searchNow(SearchQuery(text: "", filters: [:], page: 1, pageSize: 1))
        let second = try index.searchNow(SearchQuery(text: "", filters: [:], page: 2, pageSize: 1))
        let filtered = try index.searchNow(SearchQuery(text: "", filters: [.kind: "oss"], page: 1, pageSize: 1))
        let site = Site(catalog: WebSample.catalog)
        let pages = [first, second, filtered].map { site.searchPage($0).html }
        let fresh = [first, second, filtered].map { Site(catalog: WebSample.catalog).searchPage($0).html }
        #expect(pages == fresh)
        #expect(first.total > 1)
        // Another filter is another navigation: the selected value can be removed there only.
        #expect(!pages[0].contains("class=\"selected\""))
        #expect(pages[2].contains("class=\"selected\""))
    }

    @Test("the static search page is a form the script fills")
    func staticForm() {
        let html = Site(catalog: WebSample.catalog).searchPage(nil).html
        #expect(html.contains("id=\"static-search\""))
        #expect(html.contains("<noscript>"))
    }
}

@Suite("Static export")
struct SiteExportTests {
    @Test("every page maps to an index.html in its folder")
    func filePaths() {
        #expect(SiteExport.filePath(of: "/") == "index.html")
        #expect(SiteExport.filePath(of: "/courses/x/") == "courses/x/index.html")
    }

    @Test("the export is byte-identical across runs")
    func deterministic() {
        func render() -> [String] {
            let export = SiteExport(site: Site(catalog: WebSample.catalog, baseURL: "https://example.org"))
            return export.supportFiles().map { $0.path + "\n" + $0.contents }
                + export.pagePaths.compactMap { export.render($0).map { $0.path + "\n" + $0.contents } }
        }
        #expect(render() == render())
    }

    @Test("the sitemap lists every page with absolute addresses and skips ill-formed ids")
    func sitemap() {
        var lessons = WebSample.catalog.lessons
        lessons.append(Lesson(id: "../bad", course: "hf-course", order: .value(9), title: "Bad", url: "https://x.org"))
        let catalog = Catalog(
            courses: WebSample.catalog.courses,
            lessons: lessons,
            topics: WebSample.catalog.topics,
            people: WebSample.catalog.people,
            paths: WebSample.catalog.paths,
            steps: WebSample.catalog.steps
        )
        let xml = Site(catalog: catalog, baseURL: "https://example.org").sitemap()
        #expect(xml.contains("<loc>https://example.org/lessons/hf-eval/</loc>"))
        #expect(!xml.contains("bad"))
        #expect(!xml.contains("/search/"))
    }

    @Test("a sitemap over the limit becomes an index of parts that together list every page once")
    func sitemapParts() throws {
        let site = Site(catalog: WebSample.catalog, baseURL: "https://example.org")
        let whole = site.sitemap()
        let locs = { (xml: String) in
            xml.split(separator: "\n").filter { $0.hasPrefix("<url><loc>") }.map(String.init)
        }
        let all = locs(whole)
        #expect(all.count > 4)
        #expect(site.sitemapPartCount() == 0)
        #expect(site.sitemapPart(1) == nil)

        let split = Site(catalog: WebSample.catalog, baseURL: "https://example.org", sitemapLimit: 4)
        let index = split.sitemap()
        let parts = (all.count + 3) / 4
        #expect(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(index.contains("<sitemap><loc>https://example.org/sitemaps/\(parts).xml</loc></sitemap>"))
        #expect(!index.contains("/sitemaps/\(parts + 1).xml"))
        #expect(split.sitemapPartCount() == parts)
        let listed = try (1...parts).flatMap { try locs(#require(split.sitemapPart($0))) }
        #expect(listed == all)
        #expect(split.sitemapPart(0) == nil)
        #expect(split.sitemapPart(parts + 1) == nil)
        #expect(split.sitemapPart(.max) == nil)
        #expect(split.sitemapPart(.min) == nil)

        let export = SiteExport(site: split)
        #expect(export.supportFilePaths.filter { $0.hasPrefix("sitemaps/") }.count == parts)
        #expect(export.supportFile("sitemaps/1.xml")?.contents == split.sitemapPart(1))
        #expect(export.supportFile("sitemaps/\(parts + 1).xml") == nil)
        #expect(SiteExport(site: site).supportFilePaths.allSatisfy { !$0.hasPrefix("sitemaps/") })
    }

    @Test("pruning finds only pages and sitemap parts this export no longer writes")
    func staleFiles() throws {
        let export = SiteExport(site: Site(catalog: WebSample.catalog))
        let current = try #require(export.pagePaths.first { $0.hasPrefix("/lessons/") })
        let existing = [
            SiteExport.filePath(of: current),
            "lessons/gone/index.html",
            "courses/gone/index.html",
            "people/gone/index.html",
            "sitemaps/1.xml",
            "sitemaps/notes.xml",
            "lessons/gone/notes.txt",
            "lessons/index.html",
            "lessons/a/b/index.html",
            "blog/post/index.html",
            "CNAME",
            "index.html",
            "assets/site.css",
        ]
        #expect(
            export.staleFiles(among: existing) == [
                "courses/gone/index.html", "lessons/gone/index.html", "people/gone/index.html", "sitemaps/1.xml",
            ]
        )
        // A sitemap part that this export writes is not stale.
        let split = SiteExport(site: Site(catalog: WebSample.catalog, sitemapLimit: 4))
        #expect(split.staleFiles(among: ["sitemaps/1.xml"]).isEmpty)
    }

    @Test("the browser search index is valid JSON listing every lesson")
    func searchData() throws {
        let data = Site(catalog: WebSample.catalog).searchData()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        #expect((object["l"] as? [Any])?.count == WebSample.catalog.lessons.count)
    }

    @Test("the graph data lists topics after their prerequisites")
    func graphData() throws {
        let data = Site(catalog: WebSample.catalog).graphData()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let topics = try #require(object["topics"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        let lifecycle = try #require(topics.firstIndex(of: "lifecycle"))
        let evaluation = try #require(topics.firstIndex(of: "evaluation"))
        let judge = try #require(topics.firstIndex(of: "llm-as-judge"))
        #expect(lifecycle < evaluation && evaluation < judge)
    }
}
