import CatalogModel

/// Turns a Markdown outline into catalog rows: a path and its steps, or a course and its lessons.
///
/// Pure: it reads bytes and returns rows and diagnostics placed at outline lines; it never
/// fails. Every guess it is unsure of (a topic, a format, a provider) is a warning, so a
/// reviewer knows what to check.
package enum OutlineImporter {
    /// What the outline becomes.
    package enum Mode: String, Hashable, Sendable, CaseIterable, Codable {
        /// paths.csv and steps.csv rows: a syllabus.
        case path
        /// courses.csv and lessons.csv rows: teaching material with addresses.
        case course
    }

    /// How to import.
    package struct Options: Sendable {
        package var mode: Mode
        /// The file's name as diagnostics show it.
        package var file: String
        /// The path's or course's id; by default made from the outline's title.
        package var id: String?
        /// The outline's own public address; relative links are resolved against it.
        package var sourceURL: String?
        /// The course's provider (course mode); guessed from the source address when absent.
        package var provider: String?
        /// The course's kind (course mode); guessed when absent.
        package var kind: CourseKind?
        /// Removes tracking parameters from an address (the catalog's rule lives in CatalogCheck).
        package var removeTracking: @Sendable (String) -> String

        package init(
            mode: Mode = .path, file: String, id: String? = nil, sourceURL: String? = nil, provider: String? = nil,
            kind: CourseKind? = nil, removeTracking: @escaping @Sendable (String) -> String = { $0 }
        ) {
            self.mode = mode
            self.file = file
            self.id = id
            self.sourceURL = sourceURL
            self.provider = provider
            self.kind = kind
            self.removeTracking = removeTracking
        }
    }

    /// Imports an outline.
    /// - Parameters:
    ///   - bytes: the Markdown file's content (any bytes: invalid UTF-8 is replaced with a warning).
    ///   - topics: the catalog's topics, to suggest from by name and alias.
    package static func importOutline(_ bytes: [UInt8], topics: [Topic], options: Options) -> ImportedOutline {
        var session = Session(options: options, matcher: TopicMatcher(topics: topics))
        let text = session.decode(bytes)
        let document = MarkdownParser.parse(text)
        let draft = OutlineReader.read(document, fallbackTitle: Self.fileStem(options.file))
        session.result.shape = draft.shape
        guard !draft.items.isEmpty else {
            session.report(
                .error, .noItems, line: 1,
                "found no lessons or steps: expected headings such as \"Lesson 1: …\", headings that are links, "
                    + "a table of lessons or a numbered list")
            return session.result
        }
        if session.matcher.isEmpty {
            session.report(.warning, .topicGuess, line: 1, "no topics to suggest from: every row needs a topic id")
        }
        switch options.mode {
        case .path: session.makePath(draft)
        case .course: session.makeCourse(draft)
        }
        session.result.diagnostics.sort()
        return session.result
    }

    static func fileStem(_ file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        return String(stem.map { $0 == "-" || $0 == "_" ? " " : $0 })
    }
}

// MARK: - Session

private struct Session {
    let options: OutlineImporter.Options
    let matcher: TopicMatcher
    var result: ImportedOutline

    init(options: OutlineImporter.Options, matcher: TopicMatcher) {
        self.options = options
        self.matcher = matcher
        result = ImportedOutline(mode: options.mode, file: options.file, shape: .none)
    }

    mutating func report(
        _ severity: Diagnostic.Severity, _ code: Diagnostic.Code, line: Int, column: Int = 1, _ message: String,
        hint: String? = nil
    ) {
        result.diagnostics.append(
            Diagnostic(
                severity, code, at: SourceLocation(file: options.file, line: line, column: column), message,
                hint: hint))
    }

    // MARK: Text

    /// UTF-8 text with garbled characters repaired, each repair a warning on its line.
    mutating func decode(_ bytes: [UInt8]) -> String {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        let valid = String(validating: content, as: UTF8.self)
        let text = valid ?? String(decoding: content, as: UTF8.self)
        let lines = MarkdownParser.splitLines(text)
        var output: [String] = []
        output.reserveCapacity(lines.count)
        var invalidReported = 0
        for line in lines {
            if valid == nil, line.text.unicodeScalars.contains("\u{FFFD}"), invalidReported < 5 {
                invalidReported += 1
                report(
                    .warning, .invalidText, line: line.number,
                    "bytes that are not UTF-8 were replaced by \u{FFFD}", hint: "save the outline as UTF-8")
            }
            let repaired = TextRepair.repairMojibake(line.text)
            if let first = repaired.repairs.first {
                result.repairedLines += 1
                let pairs = repaired.repairs.prefix(3).map { "\"\($0.found)\" as \"\($0.replacement)\"" }
                report(
                    .warning, .mojibake, line: line.number, column: first.column,
                    "repaired garbled text (UTF-8 read as Windows-1252): \(pairs.joined(separator: ", "))",
                    hint: "check the repaired line; fix the outline's encoding at its source")
            }
            output.append(repaired.text)
        }
        return output.joined(separator: "\n")
    }

    // MARK: Topics

    mutating func suggest(for item: OutlineItem, what: String) -> [TopicID] {
        var scores: [TopicID: Int] = [:]
        var words: [TopicID: [String]] = [:]
        var firstSeen: [TopicID: Int] = [:]
        var position = 0
        let fields: [(String, Int)] = [
            (item.title, 3), (item.terms.joined(separator: ", "), 2), (item.objectives.joined(separator: " "), 1),
            (item.description, 1),
        ]
        // A topic scores once per field: the field's weight times the longest phrase that named
        // it there, so "Experiment tracking" in the terms outweighs "performance" said five times.
        for (text, weight) in fields {
            var fieldScores: [TopicID: Int] = [:]
            for match in matcher.matches(in: text) {
                let length = match.words.split(separator: " ").count
                fieldScores[match.topic] = max(fieldScores[match.topic] ?? 0, weight * length)
                if firstSeen[match.topic] == nil {
                    firstSeen[match.topic] = position
                    position += 1
                }
                if !(words[match.topic] ?? []).contains(where: { $0.lowercased() == match.words.lowercased() }) {
                    words[match.topic, default: []].append(match.words)
                }
            }
            for (topic, score) in fieldScores { scores[topic, default: 0] += score }
        }
        var note: String?
        if scores.isEmpty, !item.module.isEmpty {
            for match in matcher.matches(in: item.module) {
                scores[match.topic, default: 0] += 1
                words[match.topic, default: []].append(match.words)
            }
            if !scores.isEmpty { note = "only its module names a topic" }
        }
        if scores.isEmpty,
            let fallback = Topic.topLevel.first(where: { matcher.order[$0] != nil })
                ?? matcher.order.min(by: { $0.value < $1.value })?.key
        {
            scores[fallback] = 0
            note = "no topic name or alias appears in its text"
        }
        let ranked = scores.keys.sorted { left, right in
            let l = scores[left] ?? 0
            let r = scores[right] ?? 0
            if l != r { return l > r }
            return (matcher.order[left] ?? Int.max, left.rawValue) < (matcher.order[right] ?? Int.max, right.rawValue)
        }
        let best = ranked.first.flatMap { scores[$0] } ?? 0
        let chosen = Array(ranked.filter { (scores[$0] ?? 0) * 3 >= best }.prefix(3))
        let isSure = note == nil && best >= 2
        let matched = chosen.map { topic in
            let list = (words[topic] ?? []).map { "\"\($0)\"" }
            return list.isEmpty ? topic.rawValue : "\(topic.rawValue): \(list.joined(separator: ", "))"
        }
        result.suggestions.append(
            TopicSuggestion(
                line: item.line, title: item.title, topics: chosen.map(\.rawValue), matched: matched,
                isSure: isSure))
        if !isSure, !chosen.isEmpty {
            let reason = note ?? "only \(matched.joined(separator: "; ")) in its objectives or description"
            report(
                .warning, .topicGuess, line: item.line,
                "\(what) \"\(item.title)\": \(reason); suggested \(chosen.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))",
                hint: "check the topics cell of this row")
        }
        return chosen
    }

    // MARK: Rows

    func identifier(for title: String) -> String {
        if let id = options.id { return id }
        let slug = Identifiers.slug(title)
        if !slug.isEmpty { return slug }
        let stem = Identifiers.slug(OutlineImporter.fileStem(options.file))
        return stem.isEmpty ? "imported-outline" : stem
    }

    mutating func checkIdentifier(_ id: String, line: Int) {
        if !Identifiers.isWellFormed(id) {
            report(
                .error, .badID, line: line, "\"\(id)\" is not an identifier",
                hint: "use lower-case letters and digits joined by single hyphens, e.g. \(Identifiers.slug(id))")
        }
    }

    /// The introduction, with the outline's references kept as a sentence.
    func description(of draft: OutlineDraft) -> String {
        var description = draft.description
        guard !draft.references.isEmpty else { return description }
        let list =
            draft.references.count == 1
            ? draft.references[0]
            : draft.references.dropLast().joined(separator: ", ") + " and " + (draft.references.last ?? "")
        if let last = description.last, !".!?".contains(last) { description += "." }
        return OutlineReader.joinSentences(description, "Main references: \(list).")
    }

    mutating func makePath(_ draft: OutlineDraft) {
        let id = identifier(for: draft.title)
        checkIdentifier(id, line: draft.titleLine)
        let path = LearningPath(
            id: PathID(id), title: draft.title, description: description(of: draft),
            sourceURL: options.sourceURL ?? "")
        result.paths.append(Sourced(row: path, line: draft.titleLine))
        for (index, item) in draft.items.enumerated() {
            let topics = suggest(for: item, what: "step \(index + 1)")
            let step = PathStep(
                path: path.id, order: .value(index + 1), module: item.module, title: item.title,
                objectives: Self.listItems(item.objectives), terms: Self.listItems(item.terms), topics: topics)
            result.steps.append(Sourced(row: step, line: item.line))
        }
    }

    mutating func makeCourse(_ draft: OutlineDraft) {
        let id = identifier(for: draft.title)
        checkIdentifier(id, line: draft.titleLine)
        var base: String?
        if let url = options.sourceURL { base = clean(url) }
        if base == nil {
            report(
                .error, .noAddress, line: draft.titleLine, "the course has no address",
                hint: "pass --source-url with the outline's public address")
        }
        var provider = options.provider ?? ""
        var kind = options.kind
        if provider.isEmpty || kind == nil {
            let guess = Self.guessProvider(base ?? "")
            if provider.isEmpty, let name = guess.provider {
                provider = name
                report(
                    .warning, .courseGuess, line: draft.titleLine,
                    "provider guessed as \"\(name)\" from the source address", hint: "pass --provider to set it")
            }
            if kind == nil {
                kind = guess.kind
                report(
                    .warning, .courseGuess, line: draft.titleLine,
                    "kind guessed as \"\(guess.kind.rawValue)\"", hint: "pass --kind cloud, oss or independent")
            }
        }
        var lessonIDs: Set<String> = []
        var lessons: [Sourced<Lesson>] = []
        for (index, item) in draft.items.enumerated() {
            let topics = suggest(for: item, what: "lesson \(index + 1)")
            let url = address(of: item, base: base)
            var format: LessonFormat?
            if !url.isEmpty {
                let ownPage = item.link == nil || item.link?.isAnchor == true
                let guess =
                    ownPage
                    ? LessonHints.FormatGuess(format: .docs, isSure: true, reason: "a section of the outline")
                    : LessonHints.format(url: url, evidence: item.evidence, title: item.title)
                format = guess.format
                if !guess.isSure {
                    report(
                        .warning, .formatGuess, line: item.line,
                        "lesson \(index + 1) \"\(item.title)\": format guessed as \"\(guess.format.rawValue)\" (\(guess.reason))",
                        hint: "check the format cell: \(LessonFormat.knownList)")
                }
            }
            let minutes = LessonHints.minutes(in: item.durationText.isEmpty ? item.text : item.durationText)
            let level = LessonHints.level(in: item.levelText, bare: true) ?? LessonHints.level(in: item.text)
            let lesson = Lesson(
                id: LessonID(uniqueLessonID(course: id, title: item.title, order: index + 1, taken: &lessonIDs)),
                course: CourseID(id), order: .value(index + 1), title: item.title, url: url,
                description: item.description, topics: topics, format: format, module: item.module,
                objectives: Self.listItems(item.objectives), terms: Self.listItems(item.terms),
                minutes: minutes.map { .value($0) } ?? .absent, level: level)
            lessons.append(Sourced(row: lesson, line: item.line))
        }
        var courseTopics: [TopicID] = []
        for lesson in lessons {
            for topic in lesson.row.topics {
                let root = matcher.root(of: topic)
                if !courseTopics.contains(root) { courseTopics.append(root) }
            }
        }
        courseTopics.sort {
            (Topic.topLevel.firstIndex(of: $0) ?? Int.max) < (Topic.topLevel.firstIndex(of: $1) ?? Int.max)
        }
        let course = Course(
            id: CourseID(id), title: draft.title, provider: provider, kind: kind, url: base ?? "",
            description: description(of: draft), topics: courseTopics)
        result.courses.append(Sourced(row: course, line: draft.titleLine))
        result.lessons = lessons
    }

    /// The lesson's own link resolved against the source address, else the source address with
    /// the anchor of the lesson's heading.
    mutating func address(of item: OutlineItem, base: String?) -> String {
        if let link = item.link {
            let lower = link.url.lowercased()
            if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return clean(link.url) }
            if let base, let resolved = RelativeAddress.resolve(link.url, against: base) { return clean(resolved) }
            if base == nil {
                report(
                    .error, .noAddress, line: item.line,
                    "the link \"\(link.url)\" of \"\(item.title)\" is relative and there is no source address",
                    hint: "pass --source-url with the outline's public address")
                return ""
            }
        }
        guard let base else {
            report(
                .error, .noAddress, line: item.line, "\"\(item.title)\" has no link and there is no source address",
                hint: "pass --source-url with the outline's public address")
            return ""
        }
        return RelativeAddress.withFragment(base, item.anchor ?? "")
    }

    mutating func clean(_ url: String) -> String {
        let cleaned = options.removeTracking(url)
        if cleaned != url { result.trackingRemoved += 1 }
        return cleaned
    }

    func uniqueLessonID(course: String, title: String, order: Int, taken: inout Set<String>) -> String {
        let room = max(8, Identifiers.maximumLength - course.count - 1)
        var slug = Identifiers.slug(title, maximumLength: Int.max)
        // Cut a long title at a word boundary, not in the middle of a word.
        if slug.count > room {
            let cut = slug.prefix(room)
            slug = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? String(cut)
        }
        if slug.isEmpty { slug = "lesson-\(order)" }
        var base = course.isEmpty ? slug : course + "-" + slug
        if base.count > Identifiers.maximumLength { base = Identifiers.slug(base) }
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            let suffix = "-\(number)"
            candidate = Identifiers.slug(String(base.prefix(Identifiers.maximumLength - suffix.count))) + suffix
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// List cells: no `;` inside an item, no repeats.
    static func listItems(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.compactMap { item in
            let cleaned = InlineText.collapse(String(item.map { $0 == ";" ? "," : $0 }))
            guard !cleaned.isEmpty, seen.insert(cleaned.lowercased()).inserted else { return nil }
            return cleaned
        }
    }

    /// A provider from the source address (a GitHub owner or the host) and a kind from known vendors.
    static func guessProvider(_ url: String) -> (provider: String?, kind: CourseKind) {
        let parts = RelativeAddress.Parts(url)
        guard var host = parts.authority?.lowercased(), !host.isEmpty else { return (nil, .independent) }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var provider = host
        if host == "github.com" || host == "gitlab.com" {
            provider = parts.path.split(separator: "/").first.map(String.init) ?? host
        }
        let clouds = ["microsoft", "azure", "aws", "amazon", "google", "ibm", "oracle", "databricks"]
        let lower = provider.lowercased()
        return (provider, clouds.contains { lower.contains($0) } ? .cloud : .independent)
    }
}
