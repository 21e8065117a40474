import CatalogModel

/// `bad-url` (not an absolute http(s) address), and the warnings `insecure-url` (`http://`),
/// `tracking-parameter` (`utm_*`, `WT.mc_id`) and `duplicate-url` (two lessons, one address).
package struct URLRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.badURL, .insecureURL, .trackingParameter, .duplicateURL] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        for course in catalog.courses { inspect(course.url, course.source, .courses, "url", &diagnostics) }
        var firstLine: [String: Int] = [:]
        firstLine.reserveCapacity(catalog.lessons.count)
        for lesson in catalog.lessons {
            guard inspect(lesson.url, lesson.source, .lessons, "url", &diagnostics) else { continue }
            let location = lesson.source.location(of: "url", in: .lessons)
            if let line = firstLine[lesson.url] {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        .duplicateURL,
                        at: location,
                        field: "url",
                        "lesson URL is already used on line \(line)",
                        hint: "link each lesson to its own page, or merge the two lessons"
                    )
                )
            } else {
                firstLine[lesson.url] = location.line
            }
        }
        for person in catalog.people { inspect(person.url, person.source, .people, "url", &diagnostics) }
        for path in catalog.paths { inspect(path.sourceURL, path.source, .paths, "source", &diagnostics) }
    }

    /// Reports problems of one address; returns whether it is usable (absolute http(s)).
    @discardableResult
    private func inspect(
        _ url: String,
        _ source: RecordSource?,
        _ table: TableKind,
        _ field: String,
        _ diagnostics: inout [Diagnostic]
    ) -> Bool {
        guard !url.isEmpty else { return false }
        let location = source.location(of: field, in: table)
        switch WebAddress.classify(url) {
        case .invalid(let reason):
            diagnostics.append(
                Diagnostic(
                    .error,
                    .badURL,
                    at: location,
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
                    at: location,
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
                    at: location,
                    field: field,
                    "the address carries tracking parameters (\(tracking.joined(separator: ", ")))",
                    hint: "coursemap fmt removes them"
                )
            )
        }
        return true
    }
}
