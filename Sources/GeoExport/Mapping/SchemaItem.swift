/// The types and properties the export creates in Geo, the way geo-sdk's `createType` and
/// `createProperty` do, plus the well-known ones it reuses.
package enum SchemaItem: String, CaseIterable, Hashable, Sendable {
    // Types created in the edit.
    case courseType = "types:course"
    case lessonType = "types:lesson"
    case pathType = "types:learning-path"
    case stepType = "types:learning-path-step"

    // Properties created in the edit.
    case provider = "properties:provider"
    case kind = "properties:kind"
    case format = "properties:format"
    case level = "properties:level"
    case access = "properties:access"
    case module = "properties:module"
    case duration = "properties:duration-minutes"
    case objectives = "properties:learning-objectives"
    case terms = "properties:key-terms"
    case lessons = "properties:lessons"
    case prerequisites = "properties:prerequisites"
    case instructors = "properties:instructors"
    case maintainers = "properties:maintainers"
    case steps = "properties:steps"

    /// The override key, e.g. `types:course`.
    package var key: String { rawValue }

    package var isType: Bool { rawValue.hasPrefix("types:") }

    /// The Name the entity gets in Geo.
    package var name: String {
        switch self {
        case .courseType: "Course"
        case .lessonType: "Lesson"
        case .pathType: "Learning path"
        case .stepType: "Learning path step"
        case .provider: "Provider"
        case .kind: "Kind"
        case .format: "Format"
        case .level: "Level"
        case .access: "Access"
        case .module: "Module"
        case .duration: "Duration (minutes)"
        case .objectives: "Learning objectives"
        case .terms: "Key terms"
        case .lessons: "Lessons"
        case .prerequisites: "Prerequisites"
        case .instructors: "Instructors"
        case .maintainers: "Maintainers"
        case .steps: "Steps"
        }
    }

    /// The Description the entity gets in Geo (ends with a period, as Geo's UI asks).
    package var summary: String {
        switch self {
        case .courseType: "A body of teaching material from one platform, community or author."
        case .lessonType: "One page, lab, notebook, video or workshop of a course, with its own address."
        case .pathType: "A syllabus of ordered steps, each filled with lessons."
        case .stepType: "One ordered step of a learning path."
        case .provider: "The organisation or community that publishes a course."
        case .kind: "Who publishes a course: cloud, oss or independent."
        case .format: "The form a lesson takes, such as docs, lab, notebook or video."
        case .level: "How much a learner should know before starting: introductory, intermediate or advanced."
        case .access: "What a learner must do to read the material: free, free-with-registration or paid."
        case .module: "The chapter or module a lesson belongs to."
        case .duration: "Estimated time to complete, in minutes."
        case .objectives: "What a learner will be able to do afterwards, one per line."
        case .terms: "Terms the material introduces, one per line."
        case .lessons: "The lessons of a course or a step, in learning order."
        case .prerequisites: "Topics to learn first."
        case .instructors: "People who teach the material."
        case .maintainers: "People who maintain the material."
        case .steps: "The steps of a learning path, in order."
        }
    }

    /// The wire type of a value property; nil for relation properties and types.
    package var dataType: DataType? {
        switch self {
        case .provider, .kind, .format, .level, .access, .module, .objectives, .terms: .text
        case .duration: .integer
        default: nil
        }
    }

    /// For a relation property, the type its targets have (geo-sdk's `Relation value types`).
    package var relationValueType: Target? {
        switch self {
        case .lessons: .created(.lessonType)
        case .prerequisites: .existing(WellKnown.topicType)
        case .instructors, .maintainers: .existing(WellKnown.personType)
        case .steps: .created(.stepType)
        default: nil
        }
    }

    /// The properties each created type lists (`Properties` relations), created or well-known.
    package var typeProperties: [Target] {
        let people: [Target] = [.existing(WellKnown.authors), .created(.instructors), .created(.maintainers)]
        switch self {
        case .courseType:
            return [
                .existing(WellKnown.description), .existing(WellKnown.webURL), .created(.provider), .created(.kind),
            ]
                + [.existing(WellKnown.topics)] + people
                + [.created(.level), .created(.access), .created(.lessons)]
        case .lessonType:
            return [
                .existing(WellKnown.description), .existing(WellKnown.webURL), .created(.format), .created(.module),
            ]
                + [.created(.objectives), .created(.terms), .created(.duration), .created(.level), .created(.access)]
                + [.existing(WellKnown.topics)] + people
        case .pathType:
            return [.existing(WellKnown.description), .existing(WellKnown.webURL), .created(.steps)] + people
        case .stepType:
            return [.created(.module), .created(.objectives), .created(.terms), .existing(WellKnown.topics)]
                + [.created(.lessons)]
        default:
            return []
        }
    }

    /// An id the schema points at: one created in the edit or one of Geo's.
    package enum Target: Hashable, Sendable {
        case created(SchemaItem)
        case existing(GeoID)
    }
}
