/// What a learner asked for: free text, at most one value per facet, and a page.
package struct SearchQuery: Hashable, Sendable {
    /// The longest text kept from a query; anything longer is cut (the server rejects it earlier).
    package static let maximumTextLength = 512
    /// The most results one page holds.
    package static let maximumPageSize = 100

    /// Free text as typed; any string is accepted.
    package var text: String
    /// The selected value of each narrowed facet.
    package var filters: [SearchFacet: String]
    /// The 1-based page number.
    package var page: Int
    package var pageSize: Int

    package init(text: String = "", filters: [SearchFacet: String] = [:], page: Int = 1, pageSize: Int = 20) {
        self.text = String(text.prefix(Self.maximumTextLength))
        self.filters = filters.filter { !$0.value.isEmpty }
        self.page = max(1, min(page, 10_000))
        self.pageSize = max(1, min(pageSize, Self.maximumPageSize))
    }

    /// Whether the query has neither text nor filters.
    package var isEmpty: Bool { SearchPattern(text) == nil && filters.isEmpty }
}
