import CatalogModel
import Foundation

/// The rows and in-memory columns of a search index, derived from a catalog in one pass.
struct IndexContent {
    var courses: [CourseRecord] = []
    var lessons: [LessonRecord] = []
    var links: [LessonTopicRecord] = []
    var documents: [SearchIndex.Document] = []
    var values: [SearchFacet: [String]] = [:]
    var codes: [SearchFacet: [String: Int32]] = [:]

    init(catalog: Catalog, quality: [LessonID: Double]) {
        var seenCourses = Set<CourseID>()
        for course in catalog.courses where seenCourses.insert(course.id).inserted {
            courses.append(CourseRecord(course))
        }
        let topicText = Self.topicText(catalog)
        let ancestry = Self.ancestry(catalog)
        var seenLessons = Set<LessonID>()
        var position: [CourseID: Int] = [:]
        for lesson in catalog.lessons {
            guard let course = catalog.course(lesson.course), seenLessons.insert(lesson.id).inserted else { continue }
            let rowid = Int64(lessons.count + 1)
            var topics: [TopicID] = []
            for topic in lesson.topics {
                for covered in [topic] + (ancestry[topic] ?? []) where !topics.contains(covered) {
                    topics.append(covered)
                }
            }
            let score = min(1, max(0, quality[lesson.id] ?? 0))
            position[course.id, default: 0] += 1
            let record = LessonRecord(
                rowid: rowid,
                id: lesson.id.rawValue,
                course: course.id.rawValue,
                position: lesson.order.value ?? position[course.id, default: 0],
                title: Self.normal(lesson.title),
                description: Self.normal(lesson.description),
                objectives: Self.normal(lesson.objectives.joined(separator: "\n")),
                terms: Self.normal(lesson.terms.joined(separator: "\n")),
                topicNames: Self.normal(topics.compactMap { topicText[$0] }.joined(separator: "\n")),
                provider: Self.normal(course.provider),
                kind: course.kind?.rawValue ?? "",
                format: lesson.format?.rawValue ?? "",
                level: (lesson.level ?? course.level)?.rawValue ?? "",
                access: (lesson.access ?? course.access ?? .free).rawValue,
                quality: score
            )
            lessons.append(record)
            for topic in topics {
                links.append(
                    LessonTopicRecord(lesson: rowid, topic: topic.rawValue, direct: lesson.topics.contains(topic))
                )
            }
            let single = SearchFacet.allCases.map { facet -> Int32 in
                let value: String
                switch facet {
                case .topic: return -1
                case .kind: value = record.kind
                case .format: value = record.format
                case .provider: value = course.provider
                case .level: value = record.level
                case .access: value = record.access
                }
                return value.isEmpty ? -1 : code(value, in: facet)
            }
            let topicCodes = topics.map { code($0.rawValue, in: .topic) }
            documents.append(
                SearchIndex.Document(
                    lesson: lesson.id,
                    course: course.id,
                    quality: score,
                    single: single,
                    topics: topicCodes
                )
            )
        }
    }

    private mutating func code(_ value: String, in facet: SearchFacet) -> Int32 {
        if let code = codes[facet]?[value] { return code }
        let code = Int32(values[facet, default: []].count)
        values[facet, default: []].append(value)
        codes[facet, default: [:]][value] = code
        return code
    }

    private static func normal(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

    /// Each topic's name and aliases, as searchable text.
    private static func topicText(_ catalog: Catalog) -> [TopicID: String] {
        var text: [TopicID: String] = [:]
        for topic in catalog.topics where text[topic.id] == nil {
            text[topic.id] = ([topic.name] + topic.aliases).joined(separator: " ")
        }
        return text
    }

    /// Each topic's broader topics, nearest first; a cycle in `broader` stops the walk.
    private static func ancestry(_ catalog: Catalog) -> [TopicID: [TopicID]] {
        var result: [TopicID: [TopicID]] = [:]
        for topic in catalog.topics {
            var chain: [TopicID] = []
            var current = topic.broader
            while let id = current, id != topic.id, !chain.contains(id) {
                chain.append(id)
                current = catalog.topic(id)?.broader
            }
            result[topic.id] = chain
        }
        return result
    }
}
