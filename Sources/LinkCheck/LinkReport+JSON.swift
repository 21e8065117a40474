import CatalogModel
import CatalogTables
import Foundation

extension LinkReport {
    /// One JSON object per address, sorted by address, keys sorted: stable for diffs and scripts.
    package var json: String {
        let records = items.map { item in
            Record(
                url: item.target.url,
                state: item.state.rawValue,
                status: item.entry?.lastStatus,
                finalURL: item.entry.flatMap { $0.finalURL.isEmpty ? nil : $0.finalURL },
                lastChecked: item.entry.map { LinkHistory.text($0.lastChecked) },
                lastSuccess: item.entry?.lastSuccess.map(LinkHistory.text),
                failingSince: item.entry?.failingSince.map(LinkHistory.text),
                consecutiveFailures: item.entry?.consecutiveFailures,
                fromHistory: item.fromHistory,
                detail: item.exclusionReason ?? item.outcome?.detail,
                redirects: item.outcome.flatMap {
                    $0.redirects.isEmpty ? nil : $0.redirects.map { "\($0.status) \($0.to)" }
                },
                usedBy: item.target.usages.map {
                    Place(table: $0.table.rawValue, id: $0.id, at: $0.location?.description)
                }
            )
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(records) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Record: Encodable {
        var url: String
        var state: String
        var status: String?
        var finalURL: String?
        var lastChecked: String?
        var lastSuccess: String?
        var failingSince: String?
        var consecutiveFailures: Int?
        var fromHistory: Bool
        var detail: String?
        var redirects: [String]?
        var usedBy: [Place]

        enum CodingKeys: String, CodingKey {
            case url, state, status, detail, redirects
            case finalURL = "final_url"
            case lastChecked = "last_checked"
            case lastSuccess = "last_success"
            case failingSince = "failing_since"
            case consecutiveFailures = "consecutive_failures"
            case fromHistory = "from_history"
            case usedBy = "used_by"
        }
    }

    private struct Place: Encodable {
        var table: String
        var id: String
        var at: String?
    }
}
