import CatalogModel
import CatalogTables

extension CuratorReport {
    /// The link health of the catalog's lessons, from the link checker's history.
    package struct LinkHealthSection: Hashable, Sendable, Codable {
        /// Lessons whose address has a record in the history.
        package var checkedLessons: Int
        /// Lessons whose address was never checked.
        package var uncheckedLessons: Int
        /// Every checked lesson whose link is not ok: broken first, then failing, then moved;
        /// the longest failing first; then by lesson id.
        package var lessons: [LinkHealthEntry]
    }

    /// A lesson whose link needs a curator: broken, failing or permanently redirected.
    package struct LinkHealthEntry: Hashable, Sendable, Codable {
        package var id: String
        package var title: String
        package var course: String
        package var url: String
        /// `broken`, `transient` or `redirected`, as in `links.csv`.
        package var health: String
        /// The last HTTP status or failure (`404`, `timeout`).
        package var lastStatus: String
        /// When the current run of failures began (ISO 8601 UTC); empty when unknown or working.
        package var failingSince: String
        package var consecutiveFailures: Int
        /// Where a redirect ends: the address to put in the catalog; empty otherwise.
        package var finalURL: String
    }

    /// The link health section of a catalog's lessons (first row per lesson id).
    static func linkHealth(of catalog: Catalog, links: LinkHistory) -> LinkHealthSection {
        var seen = Set<LessonID>()
        var checked = 0
        var unchecked = 0
        var problems: [(entry: LinkHistory.Entry, item: LinkHealthEntry)] = []
        for lesson in catalog.lessons where seen.insert(lesson.id).inserted {
            guard let entry = links.entry(for: lesson.url) else {
                unchecked += 1
                continue
            }
            checked += 1
            guard entry.health != .ok else { continue }
            let item = LinkHealthEntry(
                id: lesson.id.rawValue,
                title: lesson.title,
                course: lesson.course.rawValue,
                url: lesson.url,
                health: entry.health.rawValue,
                lastStatus: entry.lastStatus,
                failingSince: entry.failingSince.map(LinkHistory.text) ?? "",
                consecutiveFailures: entry.consecutiveFailures,
                finalURL: entry.finalURL
            )
            problems.append((entry, item))
        }
        problems.sort { left, right in
            let (a, b) = (left.entry, right.entry)
            if a.health != b.health { return Self.severity(a.health) < Self.severity(b.health) }
            switch (a.failingSince, b.failingSince) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left.item.id < right.item.id
            }
        }
        return LinkHealthSection(checkedLessons: checked, uncheckedLessons: unchecked, lessons: problems.map(\.item))
    }

    /// A count of lessons, e.g. `1 lesson` or `4 lessons`.
    static func lessons(_ count: Int) -> String { Site.counted(count, "lesson") }

    /// Broken links first, then failing ones, then moved ones.
    private static func severity(_ health: LinkHistory.Health) -> Int {
        switch health {
        case .broken: 0
        case .transient: 1
        case .redirected: 2
        case .ok: 3
        }
    }
}
