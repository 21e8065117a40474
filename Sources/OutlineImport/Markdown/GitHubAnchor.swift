/// The fragment ids GitHub gives headings when it renders Markdown.
package enum GitHubAnchor {
    /// The anchor of one heading's visible text, before de-duplication: lower-cased, every
    /// character that is not a letter, mark, digit, `_`, `-` or space dropped, spaces to `-`.
    ///
    /// `"Lesson 1.3: MLOps versus LLMOps—unique challenges"` gives
    /// `lesson-13-mlops-versus-llmopsunique-challenges`.
    package static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                result.append("-")
            } else if scalar == "-" || scalar == "_" {
                result.unicodeScalars.append(scalar)
            } else {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber,
                    .connectorPunctuation:
                    result.unicodeScalars.append(scalar)
                default:
                    break
                }
            }
        }
        return result
    }

    /// Gives each heading of a page its anchor, numbering repeats (`intro`, `intro-1`, …).
    package struct Namer: Sendable {
        private var seen: [String: Int] = [:]

        package init() {}

        /// The anchor of the next heading in page order.
        package mutating func anchor(for text: String) -> String {
            let base = slug(text)
            guard let count = seen[base] else {
                seen[base] = 1
                return base
            }
            seen[base] = count + 1
            let numbered = "\(base)-\(count)"
            seen[numbered, default: 0] += 1
            return numbered
        }
    }
}
