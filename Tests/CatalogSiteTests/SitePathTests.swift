import Testing

@testable import CatalogSite

@Suite struct SitePathTests {
    @Test("query values keep unreserved characters and percent-encode every other byte")
    func percentEncoding() {
        #expect(SitePath.percentEncode("evaluation") == "evaluation")
        #expect(SitePath.percentEncode("a-b_c.d~E9") == "a-b_c.d~E9")
        #expect(SitePath.percentEncode("LLM as judge/é&x") == "LLM%20as%20judge%2F%C3%A9%26x")
        #expect(SitePath.percentEncode("") == "")
    }

    @Test("search links sort their filters and leave out the first page")
    func searchLinks() {
        let link = SitePath.search(text: "rag eval", filters: [("topic", "rag"), ("format", "docs")], page: 1)
        #expect(link == SitePath.search + "?q=rag%20eval&format=docs&topic=rag")
        #expect(SitePath.search(text: "", filters: [], page: 3) == SitePath.search + "?page=3")
    }
}
