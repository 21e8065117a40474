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
    /// Set when no lesson has every word: the results are the lessons with the most of them.
    package var partial: PartialMatch?

    package init(
        query: SearchQuery,
        total: Int,
        hits: [Hit],
        facets: [SearchFacet: [FacetCount]],
        partial: PartialMatch? = nil
    ) {
        self.query = query
        self.total = total
        self.hits = hits
        self.facets = facets
        self.partial = partial
    }

    /// How many of the query's words the results match.
    package struct PartialMatch: Hashable, Sendable {
        /// The words each result matches.
        package var matched: Int
        /// The query's words.
        package var words: Int

        package init(matched: Int, words: Int) {
            self.matched = matched
            self.words = words
        }
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
