/// A closed list of words a cell may hold, kept open in the model.
///
/// A value outside the list is still carried (so that a check can report it and a rewrite
/// keeps it); ``isKnown`` tells whether it belongs.
package protocol Vocabulary: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible
where RawValue == String {
    /// Every value the format allows, in documentation order.
    static var known: [Self] { get }
    init(rawValue: String)
}

extension Vocabulary {
    /// Whether the value is one the format allows.
    package var isKnown: Bool { Self.known.contains(self) }

    package var description: String { rawValue }

    /// The allowed values joined for a message, e.g. `cloud, oss or independent`.
    package static var knownList: String {
        let words = known.map(\.rawValue)
        guard words.count > 1 else { return words.joined() }
        return words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        let left = known.firstIndex(of: lhs) ?? Int.max
        let right = known.firstIndex(of: rhs) ?? Int.max
        return left == right ? lhs.rawValue < rhs.rawValue : left < right
    }
}

/// Who publishes a course: a cloud vendor, an open-source community, or someone independent.
package struct CourseKind: Vocabulary {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package static let cloud = Self(rawValue: "cloud")
    package static let oss = Self(rawValue: "oss")
    package static let independent = Self(rawValue: "independent")
    package static let known: [Self] = [.cloud, .oss, .independent]

    /// A label for people, e.g. `Open source`.
    package var label: String {
        switch self {
        case .cloud: "Cloud"
        case .oss: "Open source"
        case .independent: "Independent"
        default: rawValue
        }
    }
}

/// The form a lesson takes.
package struct LessonFormat: Vocabulary {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package static let docs = Self(rawValue: "docs")
    package static let lab = Self(rawValue: "lab")
    package static let notebook = Self(rawValue: "notebook")
    package static let workshop = Self(rawValue: "workshop")
    package static let video = Self(rawValue: "video")
    package static let article = Self(rawValue: "article")
    package static let slides = Self(rawValue: "slides")
    package static let repo = Self(rawValue: "repo")
    package static let known: [Self] = [.docs, .lab, .notebook, .workshop, .video, .article, .slides, .repo]

    /// Whether a learner runs something: labs, notebooks, workshops and code repositories.
    package var isRunnable: Bool { [.lab, .notebook, .workshop, .repo].contains(self) }
}

/// The part a person plays in a course, lesson or path.
package struct Role: Vocabulary {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package static let instructor = Self(rawValue: "instructor")
    package static let author = Self(rawValue: "author")
    package static let maintainer = Self(rawValue: "maintainer")
    package static let known: [Self] = [.instructor, .author, .maintainer]
}

/// How much a learner should know before starting.
package struct Level: Vocabulary {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package static let introductory = Self(rawValue: "introductory")
    package static let intermediate = Self(rawValue: "intermediate")
    package static let advanced = Self(rawValue: "advanced")
    package static let known: [Self] = [.introductory, .intermediate, .advanced]
}

/// What a learner must do to read the material.
package struct Access: Vocabulary {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package static let free = Self(rawValue: "free")
    package static let freeWithRegistration = Self(rawValue: "free-with-registration")
    package static let paid = Self(rawValue: "paid")
    package static let known: [Self] = [.free, .freeWithRegistration, .paid]
}
