import CatalogModel

/// `bad-url` (not an absolute http(s) address), and the warnings `insecure-url` (`http://`),
/// `tracking-parameter` (`utm_*`, `WT.mc_id`) and `duplicate-url` (two lessons, one address).
package struct URLRule: LessonRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.badURL, .insecureURL, .trackingParameter, .duplicateURL] }

    package func check(
        _ lesson: Lesson,
        at position: Int,
        _ context: CheckContext,
        into diagnostics: inout [Diagnostic]
    ) {
        inspect(lesson.url, lesson.source, .lessons, "url", &diagnostics)
    }

    package func checkOtherTables(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        for course in catalog.courses { inspect(course.url, course.source, .courses, "url", &diagnostics) }
        duplicates(among: catalog.lessons, &diagnostics)
        for person in catalog.people { inspect(person.url, person.source, .people, "url", &diagnostics) }
        for path in catalog.paths { inspect(path.sourceURL, path.source, .paths, "source", &diagnostics) }
    }

    /// `duplicate-url` among the lessons with a usable address. One hash per address; where the
    /// first lesson with an address stands is looked up only when a duplicate turns up.
    private func duplicates(among lessons: [Lesson], _ diagnostics: inout [Diagnostic]) {
        var seen: Set<String> = []
        seen.reserveCapacity(lessons.count)
        var firstPosition: [String: Int]?
        for (position, lesson) in lessons.enumerated() {
            let url = lesson.url
            guard !url.isEmpty, !seen.insert(url).inserted else { continue }
            // Equal addresses are equally usable: an unusable one was reported as bad-url.
            if case .invalid = WebAddress.classify(url) { continue }
            if firstPosition == nil { firstPosition = Self.firstPositions(of: lessons) }
            let first = firstPosition?[url] ?? position
            let line = lessons[first].source.location(of: "url", in: .lessons).line
            diagnostics.append(
                Diagnostic(
                    .warning,
                    .duplicateURL,
                    at: lesson.source.location(of: "url", in: .lessons),
                    field: "url",
                    "lesson URL is already used on line \(line)",
                    hint: "link each lesson to its own page, or merge the two lessons"
                )
            )
        }
    }

    /// The position of the first lesson with each address.
    private static func firstPositions(of lessons: [Lesson]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (position, lesson) in lessons.enumerated() where positions[lesson.url] == nil {
            positions[lesson.url] = position
        }
        return positions
    }

    /// Reports problems of one address; returns whether it is usable (absolute http(s)).
    @discardableResult
    private func inspect(
        _ url: String,
        _ source: @autoclosure () -> RecordSource?,
        _ table: TableKind,
        _ field: String,
        _ diagnostics: inout [Diagnostic]
    ) -> Bool {
        guard !url.isEmpty else { return false }
        switch WebAddress.classify(url) {
        case .invalid(let reason):
            diagnostics.append(
                Diagnostic(
                    .error,
                    .badURL,
                    at: source().location(of: field, in: table),
                    field: field,
                    "\"\(url)\" is not an absolute http(s) address: \(reason)",
                    hint: "write the full address, starting with https://"
                )
            )
            return false
        case .http:
            diagnostics.append(
                Diagnostic(
                    .warning,
                    .insecureURL,
                    at: source().location(of: field, in: table),
                    field: field,
                    "\"\(url)\" uses http://",
                    hint: "use https:// where the site supports it"
                )
            )
        case .https:
            break
        }
        let tracking = WebAddress.trackingParameters(in: url)
        if !tracking.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    .trackingParameter,
                    at: source().location(of: field, in: table),
                    field: field,
                    "the address carries tracking parameters (\(tracking.joined(separator: ", ")))",
                    hint: "coursemap fmt removes them"
                )
            )
        }
        return true
    }
}
