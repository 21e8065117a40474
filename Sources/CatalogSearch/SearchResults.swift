import CatalogModel

/// One page of search results with the facet counts of the whole result set.
package struct SearchResults: Hashable, Sendable {
    package var query: SearchQuery
    /// The number of lessons matching the text and every filter.
    package var total: Int
    /// The lessons of the requested page, best first.
    package var hits: [Hit]
    /// For each facet, its values with counts, most frequent first (ties by value).
    package var facets: [SearchFacet: [FacetCount]]

    package init(query: SearchQuery, total: Int, hits: [Hit], facets: [SearchFacet: [FacetCount]]) {
        self.query = query
        self.total = total
        self.hits = hits
        self.facets = facets
    }

    /// The number of pages the results fill.
    package var pageCount: Int { max(1, (total + query.pageSize - 1) / query.pageSize) }

    /// One matching lesson and its blended score.
    package struct Hit: Hashable, Sendable {
        package var lesson: LessonID
        package var course: CourseID
        /// Text rank blended with the quality score, 0...1, higher is better.
        package var score: Double

        package init(lesson: LessonID, course: CourseID, score: Double) {
            self.lesson = lesson
            self.course = course
            self.score = score
        }
    }

    /// How many results a facet value would leave.
    package struct FacetCount: Hashable, Sendable {
        package var value: String
        package var count: Int

        package init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }
}
