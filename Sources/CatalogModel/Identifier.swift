/// A typed identifier of a catalog entity, e.g. `Identifier<Course>`.
///
/// The phantom `Entity` keeps a lesson id from being passed where a topic id is expected.
/// The raw text is kept even when it is not well formed, so that checks can report it and
/// rewrites never lose it.
package struct Identifier<Entity>: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    package let rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }

    package init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    package var description: String { rawValue }

    /// Whether the text matches `^[a-z0-9]+(-[a-z0-9]+)*$` and has at most 64 characters.
    package var isWellFormed: Bool { Identifiers.isWellFormed(rawValue) }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    // Stated rather than inherited from RawRepresentable: the inherited pair is generic over
    // the raw value, so every set and dictionary lookup by id went through witness tables.
    @inlinable
    package static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

    @inlinable
    package func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    // Sets and dictionaries hash through this requirement, which RawRepresentable also fills.
    @inlinable
    package func _rawHashValue(seed: Int) -> Int { rawValue._rawHashValue(seed: seed) }
}

extension Identifier: ExpressibleByStringLiteral {
    package init(stringLiteral value: String) {
        self.rawValue = value
    }
}

extension Identifier: Codable {
    package init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

package typealias CourseID = Identifier<Course>
package typealias LessonID = Identifier<Lesson>
package typealias TopicID = Identifier<Topic>
package typealias PersonID = Identifier<Person>
package typealias PathID = Identifier<LearningPath>

/// Rules shared by every identifier of the catalog.
package enum Identifiers {
    /// The longest identifier the format allows.
    package static let maximumLength = 64

    /// Whether `text` is a well-formed identifier: lower-case ASCII letters and digits in
    /// groups joined by single hyphens, at most 64 characters.
    package static func isWellFormed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isWellFormed(utf8: $0) }
    }

    /// Whether the UTF-8 bytes spell a well-formed identifier (see ``isWellFormed(_:)``).
    package static func isWellFormed(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return false }
        var previousWasHyphen = true  // a leading hyphen is as bad as a doubled one
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    /// Makes a well-formed identifier from free text, e.g. a heading: `"Lesson 2.1: LLMOps design"`
    /// gives `lesson-2-1-llmops-design`. Returns an empty string when nothing usable is left.
    package static func slug(_ text: String, maximumLength: Int = 64) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let lowered = scalar.properties.lowercaseMapping
            for character in lowered.unicodeScalars {
                if ("a"..."z").contains(character) || ("0"..."9").contains(character) {
                    if pendingHyphen && !result.isEmpty { result.append("-") }
                    pendingHyphen = false
                    result.unicodeScalars.append(character)
                } else {
                    pendingHyphen = true
                }
            }
        }
        if result.count > maximumLength {
            result = String(result.prefix(maximumLength))
            while result.hasSuffix("-") { result.removeLast() }
        }
        return result
    }
}
