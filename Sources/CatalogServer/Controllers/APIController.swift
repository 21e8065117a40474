import CatalogModel
import CatalogSearch
import CatalogSite
import Hummingbird

/// The JSON API under `/api`: courses, lessons, topics, people, paths, search and next.
struct APIController {
    let live: LiveCatalog

    /// The most items one list page holds.
    static let maximumPerPage = 500

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("courses", use: courses)
        routes.get("courses/:id", use: course)
        routes.get("lessons", use: lessons)
        routes.get("lessons/:id", use: lesson)
        routes.get("topics", use: topics)
        routes.get("topics/:id", use: topic)
        routes.get("people", use: people)
        routes.get("people/:id", use: person)
        routes.get("paths", use: paths)
        routes.get("paths/:id", use: path)
        routes.get("search", use: search)
        routes.get("next", use: next)
        return routes
    }

    @Sendable func courses(
        _ request: Request,
        context: AppRequestContext
    ) throws -> APIModels.Page<APIModels.CourseSummary> {
        let catalog = live.current.catalog
        return Self.page(catalog.courses, request) { APIModels.CourseSummary($0, catalog: catalog) }
    }

    @Sendable func course(_ request: Request, context: AppRequestContext) throws -> APIModels.CourseDetail {
        let catalog = live.current.catalog
        guard let course = catalog.course(try Self.id(context)) else { throw HTTPError(.notFound) }
        return APIModels.CourseDetail(course, catalog: catalog)
    }

    @Sendable func lessons(
        _ request: Request,
        context: AppRequestContext
    ) throws -> APIModels.Page<APIModels.LessonItem> {
        let catalog = live.current.catalog
        if let course = request.uri.queryParameters.get("course") {
            return Self.page(catalog.lessons(of: CourseID(course)), request, APIModels.LessonItem.init)
        }
        return Self.page(catalog.lessons, request, APIModels.LessonItem.init)
    }

    @Sendable func lesson(_ request: Request, context: AppRequestContext) throws -> APIModels.LessonDetail {
        let snapshot = live.current
        guard let lesson = snapshot.catalog.lesson(try Self.id(context)) else { throw HTTPError(.notFound) }
        return APIModels.LessonDetail(
            lesson: APIModels.LessonItem(lesson),
            related: Insights.related(to: lesson.id, in: snapshot)
        )
    }

    @Sendable func topics(_ request: Request, context: AppRequestContext) throws -> APIModels.Page<APIModels.TopicItem>
    {
        let snapshot = live.current
        return Self.page(snapshot.catalog.topics, request) {
            APIModels.TopicItem($0, catalog: snapshot.catalog, lessonCount: snapshot.site.lessonCount(of: $0.id))
        }
    }

    @Sendable func topic(_ request: Request, context: AppRequestContext) throws -> APIModels.TopicItem {
        let snapshot = live.current
        guard let topic = snapshot.catalog.topic(try Self.id(context)) else { throw HTTPError(.notFound) }
        return APIModels.TopicItem(
            topic,
            catalog: snapshot.catalog,
            lessonCount: snapshot.site.lessonCount(of: topic.id)
        )
    }

    @Sendable func people(_ request: Request, context: AppRequestContext) throws -> APIModels.Page<APIModels.PersonItem>
    {
        let catalog = live.current.catalog
        return Self.page(catalog.people, request) { APIModels.PersonItem($0, catalog: catalog) }
    }

    @Sendable func person(_ request: Request, context: AppRequestContext) throws -> APIModels.PersonItem {
        let catalog = live.current.catalog
        guard let person = catalog.person(try Self.id(context)) else { throw HTTPError(.notFound) }
        return APIModels.PersonItem(person, catalog: catalog)
    }

    @Sendable func paths(_ request: Request, context: AppRequestContext) throws -> APIModels.Page<APIModels.PathItem> {
        let snapshot = live.current
        return Self.page(snapshot.catalog.paths, request) { Insights.pathItem($0, in: snapshot) }
    }

    @Sendable func path(_ request: Request, context: AppRequestContext) throws -> APIModels.PathItem {
        let snapshot = live.current
        guard let path = snapshot.catalog.path(try Self.id(context)) else { throw HTTPError(.notFound) }
        return Insights.pathItem(path, in: snapshot)
    }

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> APIModels.SearchResponse {
        let snapshot = live.current
        let query = SearchRequest(request.uri.queryParameters).query
        let kept = snapshot.index.keptResults(query)
        let results = if let kept { kept } else { try await snapshot.index.search(query) }
        var facets: [String: [APIModels.FacetValue]] = [:]
        for (facet, counts) in results.facets {
            facets[facet.rawValue] = counts.map { APIModels.FacetValue(value: $0.value, count: $0.count) }
        }
        return APIModels.SearchResponse(
            query: query.text,
            filters: Dictionary(uniqueKeysWithValues: query.filters.map { ($0.key.rawValue, $0.value) }),
            total: results.total,
            page: query.page,
            perPage: query.pageSize,
            hits: results.hits.map { hit in
                APIModels.SearchHit(
                    lesson: hit.lesson.rawValue,
                    course: hit.course.rawValue,
                    title: snapshot.catalog.lesson(hit.lesson)?.title ?? "",
                    score: hit.score,
                    page: SitePath.lesson(hit.lesson)
                )
            },
            facets: facets,
            partial: results.partial.map { APIModels.PartialMatch(matched: $0.matched, words: $0.words) }
        )
    }

    /// `GET /api/next?done=a,b,c`: lessons to take next given the ones done.
    @Sendable func next(_ request: Request, context: AppRequestContext) throws -> APIModels.NextResponse {
        let done = (request.uri.queryParameters.get("done") ?? "").split(separator: ",").prefix(1000)
            .map { String($0.prefix(64)) }.filter { !$0.isEmpty }
        let limit = min(max(request.uri.queryParameters.get("limit", as: Int.self) ?? 10, 1), 50)
        return Insights.next(done: done, limit: limit, in: live.current)
    }

    // MARK: - Helpers

    /// The `:id` parameter as a typed identifier; an ill-formed id is a 404 like an unknown one.
    static func id<Entity>(_ context: AppRequestContext) throws -> Identifier<Entity> {
        let text = try context.parameters.require("id")
        guard Identifiers.isWellFormed(text) else { throw HTTPError(.notFound) }
        return Identifier(text)
    }

    /// One page of a list, from `page` (1-based) and `per_page` (at most 500, default 100).
    static func page<Row, Item: ResponseCodable & Equatable>(
        _ rows: [Row],
        _ request: Request,
        _ transform: (Row) -> Item
    ) -> APIModels.Page<Item> {
        let parameters = request.uri.queryParameters
        let perPage = min(max(parameters.get("per_page", as: Int.self) ?? 100, 1), maximumPerPage)
        let page = min(max(parameters.get("page", as: Int.self) ?? 1, 1), 1_000_000)
        let start = min((page - 1) * perPage, rows.count)
        let items = rows[start..<min(start + perPage, rows.count)].map(transform)
        return APIModels.Page(items: items, total: rows.count, page: page, perPage: perPage)
    }
}
