import CatalogModel

/// `bad-url` (not an absolute http(s) address), and the warnings `insecure-url` (`http://`),
/// `tracking-parameter` (`utm_*`, `WT.mc_id`) and `duplicate-url` (two lessons, one address).
package struct URLRule: CatalogRule {
    package init() {}
    package var codes: [Diagnostic.Code] { [.badURL, .insecureURL, .trackingParameter, .duplicateURL] }

    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        let catalog = context.catalog
        for course in catalog.courses { inspect(course.url, course.source, .courses, "url", &diagnostics) }
        // The first lesson with each address; positions are cheaper to keep than locations.
        var firstPosition: [String: Int] = [:]
        firstPosition.reserveCapacity(catalog.lessons.count)
        for (position, lesson) in catalog.lessons.enumerated() {
            let url = lesson.url
            guard inspect(url, lesson.source, .lessons, "url", &diagnostics) else { continue }
            let first = firstPosition[url, default: position]
            guard first != position else {
                firstPosition[url] = position
                continue
            }
            let line = catalog.lessons[first].source.location(of: "url", in: .lessons).line
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
        for person in catalog.people { inspect(person.url, person.source, .people, "url", &diagnostics) }
        for path in catalog.paths { inspect(path.sourceURL, path.source, .paths, "source", &diagnostics) }
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
