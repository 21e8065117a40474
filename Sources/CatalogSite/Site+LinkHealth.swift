import CatalogTables

extension Site {
    /// What the link checker last found for a lesson's address, for the lesson page: works,
    /// moved (with the address to use), broken or failing since a day, or not checked yet.
    func linkHealthNote(_ url: String) -> String {
        let e = HTML.escape
        guard let entry = links.entry(for: url) else {
            return "<p class=\"link-health link-unchecked\">Link not checked yet.</p>\n"
        }
        let checked = "checked \(LinkHistory.day(entry.lastChecked))"
        switch entry.health {
        case .ok:
            return "<p class=\"link-health link-ok\">Link works (\(checked)).</p>\n"
        case .redirected:
            let target = entry.finalURL.isEmpty ? url : entry.finalURL
            return "<p class=\"link-health link-redirected\">Link moved permanently (\(checked)); it now leads to "
                + "<a href=\"\(e(target))\" rel=\"noopener\">\(e(target))</a>.</p>\n"
        case .broken, .transient:
            let word = Self.linkWord(entry.health)
            var text = "Link \(word)"
            if let since = entry.failingSince { text += " since \(LinkHistory.day(since))" }
            if !entry.lastStatus.isEmpty { text += ": last answer \(e(entry.lastStatus))" }
            let failures = entry.consecutiveFailures
            text += ", \(failures) failed \(failures == 1 ? "check" : "checks") in a row."
            return "<p class=\"link-health link-\(word)\">\(text)</p>\n"
        }
    }

    /// A badge for a lesson whose link is broken or failing, or `nil` when it works or was never checked.
    func linkBadge(_ url: String) -> String? {
        guard let entry = links.entry(for: url), LinkHistory.needsAttention(entry) else { return nil }
        let word = Self.linkWord(entry.health)
        return "<span class=\"badge link-\(word)\">link \(word)</span>"
    }

    /// `broken` or `failing` (a transient failure not yet seen on enough runs to call it broken).
    private static func linkWord(_ health: LinkHistory.Health) -> String { health == .broken ? "broken" : "failing" }
}
