import CatalogModel
import CatalogSearch
import Hummingbird

/// The JSON shapes of `/api/...`: plain Codable values, encoded with sorted keys.
package enum APIModels {
    /// A course in a list.
    package struct CourseSummary: ResponseCodable, Equatable {
        var id: String
        var title: String
        var provider: String
        var kind: String?
        var url: String
        var topics: [String]
        var lessonCount: Int
        var page: String
    }

    /// A course with its lessons.
    package struct CourseDetail: ResponseCodable, Equatable {
        var course: CourseSummary
        var description: String
        var level: String?
        var access: String?
        var people: [CreditItem]
        var lessons: [LessonItem]
    }

    /// A person's part in a course, lesson or path.
    package struct CreditItem: ResponseCodable, Equatable {
        var person: String
        var role: String
    }

    /// A lesson.
    package struct LessonItem: ResponseCodable, Equatable {
        var id: String
        var course: String
        var order: Int?
        var title: String
        var url: String
        var description: String
        var topics: [String]
        var format: String?
        var module: String
        var objectives: [String]
        var terms: [String]
        var minutes: Int?
        var level: String?
        var access: String?
        var people: [CreditItem]
        var page: String
    }

    /// A lesson with what to read next and what is related (from the learning graph).
    package struct LessonDetail: ResponseCodable, Equatable {
        var lesson: LessonItem
        var related: [Suggestion]
    }

    /// A topic.
    package struct TopicItem: ResponseCodable, Equatable {
        var id: String
        var name: String
        var description: String
        var broader: String?
        var narrower: [String]
        var requires: [String]
        var aliases: [String]
        var lessonCount: Int
        var page: String
    }

    /// A person.
    package struct PersonItem: ResponseCodable, Equatable {
        var id: String
        var name: String
        var url: String
        var affiliation: String
        var courses: [String]
        var lessons: [String]
        var page: String
    }

    /// A learning path with its steps.
    package struct PathItem: ResponseCodable, Equatable {
        var id: String
        var title: String
        var description: String
        var source: String
        var steps: [StepItem]
        var page: String
    }

    /// One step of a path, with its best lessons.
    package struct StepItem: ResponseCodable, Equatable {
        var order: Int?
        var module: String
        var title: String
        var topics: [String]
        var lessons: [Suggestion]
    }

    /// A suggested lesson and why.
    package struct Suggestion: ResponseCodable, Equatable {
        var lesson: String
        var title: String
        var reasons: [String]
        var page: String
    }

    /// A page of a list.
    package struct Page<Item: ResponseCodable & Equatable>: ResponseCodable, Equatable {
        var items: [Item]
        var total: Int
        var page: Int
        var perPage: Int
    }

    /// Search results with facet counts.
    package struct SearchResponse: ResponseCodable, Equatable {
        var query: String
        var filters: [String: String]
        var total: Int
        var page: Int
        var perPage: Int
        var hits: [SearchHit]
        var facets: [String: [FacetValue]]
        /// Present when no lesson has every word: the hits have `matched` of the query's `words`.
        var partial: PartialMatch?
    }

    /// How many of a query's words the hits match.
    package struct PartialMatch: ResponseCodable, Equatable {
        var matched: Int
        var words: Int
    }

    /// One search result.
    package struct SearchHit: ResponseCodable, Equatable {
        var lesson: String
        var course: String
        var title: String
        var score: Double
        var page: String
    }

    /// A facet value and its count.
    package struct FacetValue: ResponseCodable, Equatable {
        var value: String
        var count: Int
    }

    /// What to learn next given lessons done.
    package struct NextResponse: ResponseCodable, Equatable {
        var done: [String]
        var unknown: [String]
        var fringe: [String]
        var next: [Suggestion]
    }

    /// The health check's answer.
    package struct Health: ResponseCodable, Equatable {
        var status: String
        var generation: Int
        var courses: Int
        var lessons: Int
    }
}
