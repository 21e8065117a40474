import CatalogModel
import Foundation

/// Reads what an outline says about a lesson besides its title: duration, level and format.
package enum LessonHints {
    /// Minutes from text such as "1.5h duration", "45 min", "2 hours", "1h 30m"; nil when none.
    package static func minutes(in text: String) -> Int? {
        let words = tokens(text)
        var index = 0
        while index < words.count {
            guard let number = Double(words[index].replacingOccurrences(",", with: ".")), number > 0, number < 10_000
            else {
                index += 1
                continue
            }
            guard index + 1 < words.count, let unit = unit(words[index + 1]) else {
                index += 1
                continue
            }
            var total = number * unit
            // "1h 30m": a second number with a smaller unit adds up.
            if index + 3 < words.count, let more = Double(words[index + 2]), let smaller = self.unit(words[index + 3]),
                smaller < unit
            {
                total += more * smaller
            }
            let rounded = Int(total.rounded())
            return rounded >= 1 ? rounded : nil
        }
        return nil
    }

    /// The level named after "Level", or in a level column's `text` when `bare` is true.
    package static func level(in text: String, bare: Bool = false) -> Level? {
        let words = tokens(text).map { $0.lowercased() }
        for (index, word) in words.enumerated() {
            if bare, let level = level(word: word) { return level }
            guard word == "level" || word == "difficulty", index + 1 < words.count else { continue }
            if let level = level(word: words[index + 1]) { return level }
        }
        return nil
    }

    private static func level(word: String) -> Level? {
        switch word {
        case "beginner", "beginners", "introductory", "intro", "basic", "basics", "foundational", "novice":
            .introductory
        case "intermediate", "medium": .intermediate
        case "advanced", "expert": .advanced
        default: nil
        }
    }

    /// Whether a line says nothing but a duration or a level (e.g. "Duration: 1.5h").
    package static func isOnlyMetadata(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("level") || lower.hasPrefix("difficulty") { return level(in: text) != nil }
        guard minutes(in: text) != nil else { return false }
        // Nothing but numbers, units and words such as "duration" or "approx.".
        let filler: Set<String> = ["duration", "time", "approx", "about", "total", "estimated", "est", "of", "video"]
        return tokens(text).allSatisfy { token in
            Double(token) != nil || unit(token) != nil || filler.contains(token.lowercased())
        }
    }

    /// A description without its duration and level pieces ("Intro - 1.5h duration - Level: x" → "Intro").
    package static func removingMetadata(_ text: String) -> String {
        let pieces = text.components(separators: [" — ", " – ", " - ", " | ", " · ", ", ", "; "])
        let kept = pieces.filter { !isOnlyMetadata($0.trimmingCharacters { " ()[].".contains($0) }) }
        if kept.count == pieces.count { return text }
        return kept.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    private static func unit(_ word: String) -> Double? {
        switch word.lowercased() {
        case "h", "hr", "hrs", "hour", "hours": 60
        case "m", "min", "mins", "minute", "minutes": 1
        default: nil
        }
    }

    /// Words and numbers, with a number glued to its unit ("1.5h", "90min") split in two.
    private static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsNumber = false
        func flush() {
            if !current.isEmpty { tokens.append(current) }
            current = ""
        }
        for character in text {
            let isDigit = character.isASCII && character.isNumber
            if isDigit || ((character == "." || character == ",") && currentIsNumber && !current.isEmpty) {
                if !currentIsNumber { flush() }
                currentIsNumber = true
                current.append(character)
            } else if character.isLetter {
                if currentIsNumber { flush() }
                currentIsNumber = false
                current.append(character)
            } else {
                flush()
                currentIsNumber = false
            }
        }
        flush()
        return tokens.map { $0.hasSuffix(".") || $0.hasSuffix(",") ? String($0.dropLast()) : $0 }
    }

    // MARK: - Format

    /// A guessed format and whether the evidence is clear.
    package struct FormatGuess: Hashable, Sendable {
        package var format: LessonFormat
        package var isSure: Bool
        /// Why, for the reviewer: e.g. `an "Open in Colab" badge`.
        package var reason: String
    }

    /// Guesses a lesson's format from its address, its badges and its title.
    package static func format(url: String, evidence: [InlineLink], title: String) -> FormatGuess {
        let lowerURL = url.lowercased()
        let notebookHosts = ["colab.research.google.com", "mybinder.org", "kaggle.com/", "studiolab.sagemaker.aws"]
        for link in evidence {
            let target = (link.url + " " + (link.badge ?? "")).lowercased()
            if notebookHosts.contains(where: target.contains) || target.contains("colab-badge")
                || target.contains(".ipynb")
            {
                return FormatGuess(format: .notebook, isSure: true, reason: "a notebook link or badge (\(link.url))")
            }
        }
        let path = lowerURL.split(separator: "?").first.map(String.init) ?? lowerURL
        if path.hasSuffix(".ipynb") { return FormatGuess(format: .notebook, isSure: true, reason: "a .ipynb address") }
        if ["youtube.com/", "youtu.be/", "vimeo.com/"].contains(where: path.contains) {
            return FormatGuess(format: .video, isSure: true, reason: "a video address")
        }
        if path.hasSuffix(".pdf") || path.contains("slides") || path.contains("speakerdeck.com")
            || path.contains("slideshare.net")
        {
            return FormatGuess(format: .slides, isSure: path.contains("slide"), reason: "a slides or PDF address")
        }
        let segments = path.split(separator: "/").map(String.init)
        let labWords = ["lab", "labs", "hands-on", "handson", "exercise", "exercises", "hol"]
        if segments.dropFirst(2).contains(where: { segment in
            labWords.contains(segment)
                || labWords.contains { segment.hasPrefix($0 + "-") || segment.hasPrefix($0 + "_") }
                || segment.hasSuffix("-lab") || segment.hasSuffix("_lab")
        }) {
            return FormatGuess(format: .lab, isSure: true, reason: "a lab folder in the address")
        }
        let lowerTitle = title.lowercased()
        if lowerTitle.hasPrefix("lab ") || lowerTitle.hasPrefix("lab:") || lowerTitle.contains("hands-on") {
            return FormatGuess(format: .lab, isSure: true, reason: "the title names a lab")
        }
        if lowerTitle.contains("workshop") {
            return FormatGuess(format: .workshop, isSure: true, reason: "the title names a workshop")
        }
        if path.hasPrefix("https://github.com/") || path.hasPrefix("http://github.com/") {
            let parts = path.split(separator: "/").dropFirst(2)
            if parts.count == 2 { return FormatGuess(format: .repo, isSure: true, reason: "a repository's home") }
            return FormatGuess(format: .docs, isSure: true, reason: "a page of the repository")
        }
        if path.hasSuffix(".md") || path.contains("/docs") || path.contains("docs.") || path.contains("learn.") {
            return FormatGuess(format: .docs, isSure: true, reason: "a documentation page")
        }
        return FormatGuess(format: .docs, isSure: false, reason: "nothing in the address says otherwise")
    }
}

extension String {
    /// The text cut at any of the separators.
    func components(separators: [String]) -> [String] {
        var pieces = [self]
        for separator in separators {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces
    }

    func replacingOccurrences(_ target: Character, with replacement: String) -> String {
        var output = ""
        for character in self {
            if character == target { output += replacement } else { output.append(character) }
        }
        return output
    }
}
