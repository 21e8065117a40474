import CatalogModel

/// The in-memory columns of an index: per lesson its ids, quality and facet values as small codes.
///
/// Flat arrays rather than one struct per lesson, so filtering and counting tens of thousands of
/// hits is a tight loop over contiguous memory. Lesson `i` is the row with rowid `i + 1`.
struct IndexColumns: Sendable {
    /// The single-valued facets, in the order of their codes in `single`.
    static let singleFacets: [SearchFacet] = SearchFacet.allCases.filter { $0 != .topic }

    var lessons: [LessonID] = []
    var courses: [CourseID] = []
    /// Quality scores in 0...1.
    var quality: [Double] = []
    /// `singleFacets.count` codes per lesson, -1 when the lesson has no value.
    var single: [Int32] = []
    /// The topic codes of lesson `i` are `topics[topicStart[i]..<topicStart[i + 1]]` (broader topics included).
    var topicStart: [Int32] = [0]
    var topics: [Int32] = []
    /// For each facet (indexed by `slot`), its distinct values; codes index into these.
    var values: [[String]] = Array(repeating: [], count: SearchFacet.allCases.count)
    var codes: [[String: Int32]] = Array(repeating: [:], count: SearchFacet.allCases.count)

    /// The number of lessons.
    var count: Int { lessons.count }

    /// The position of a facet in `values` and `codes`.
    static func slot(_ facet: SearchFacet) -> Int {
        switch facet {
        case .topic: 0
        case .kind: 1
        case .format: 2
        case .provider: 3
        case .level: 4
        case .access: 5
        }
    }

    /// The code of a facet value, made on first sight.
    mutating func code(_ value: String, in facet: SearchFacet) -> Int32 {
        let slot = Self.slot(facet)
        if let code = codes[slot][value] { return code }
        let code = Int32(values[slot].count)
        values[slot].append(value)
        codes[slot][value] = code
        return code
    }

    /// Appends one lesson.
    mutating func append(
        lesson: LessonID,
        course: CourseID,
        quality score: Double,
        single values: [SearchFacet: String],
        topics covered: [TopicID]
    ) {
        lessons.append(lesson)
        courses.append(course)
        quality.append(score)
        for facet in Self.singleFacets {
            let value = values[facet] ?? ""
            single.append(value.isEmpty ? -1 : code(value, in: facet))
        }
        for topic in covered { topics.append(code(topic.rawValue, in: .topic)) }
        topicStart.append(Int32(topics.count))
    }
}
