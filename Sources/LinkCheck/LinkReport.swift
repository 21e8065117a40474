import CatalogTables

/// The result of one `coursemap links` run: every address with its state, and the updated history.
package struct LinkReport: Sendable {
    /// Where an address stands after the run.
    package enum State: String, Hashable, Sendable, CaseIterable, Codable {
        case ok
        case redirected
        case broken
        case transient
        case excluded
    }

    /// One address of the catalog.
    package struct Item: Sendable {
        package var target: LinkTarget
        package var state: State
        /// Whether the state comes from the history because the address was checked recently.
        package var fromHistory: Bool
        /// The history record after the run (none for an excluded address never checked).
        package var entry: LinkHistory.Entry?
        /// What this run's check found (none when excluded or taken from the history).
        package var outcome: LinkOutcome?
        /// Why the address was not checked, when excluded.
        package var exclusionReason: String?
    }

    /// Every address, sorted by address.
    package var items: [Item]
    /// The history to write back: this run's results merged into the previous records.
    package var history: LinkHistory

    /// How many addresses are in each state.
    package var counts: [State: Int] {
        var counts: [State: Int] = [:]
        for item in items { counts[item.state, default: 0] += 1 }
        return counts
    }

    /// Whether any address is broken (the command then exits 1).
    package var hasBroken: Bool { items.contains { $0.state == .broken } }

    /// How many addresses this run requested.
    package var checkedCount: Int { items.filter { $0.outcome != nil }.count }
}

extension LinkChecker {
    /// Checks a catalog's addresses against their history: excluded ones are skipped, recently
    /// checked ones (younger than `maxAge`) are taken from the history, the rest are requested.
    /// - Parameters:
    ///   - targets: the catalog's addresses, e.g. from ``LinkTarget/collect(from:)``.
    ///   - history: the previous runs' records; records of addresses no longer used are dropped.
    ///   - exclusion: what not to check.
    ///   - progress: called with (done, total) as requests finish.
    /// - Returns: the report, with the history to write back.
    package func run(
        _ targets: [LinkTarget],
        history: LinkHistory,
        exclusion: LinkExclusion,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async -> LinkReport {
        let now = clock.now
        let maxAge = Double(configuration.maxAge.components.seconds)
        var toCheck: [String] = []
        var excluded: [String: String] = [:]
        for target in targets {
            if let reason = exclusion.reason(for: target.url) {
                excluded[target.url] = reason
            } else if !history.isFresh(target.url, maxAge: maxAge, at: now) {
                toCheck.append(target.url)
            }
        }
        let total = toCheck.count
        progress(0, total)
        let outcomes = await check(toCheck, progress: { done in progress(done, total) })

        var history = history
        history.keep(only: Set(targets.map(\.url)))
        var items: [LinkReport.Item] = []
        items.reserveCapacity(targets.count)
        for target in targets.sorted(by: { $0.url < $1.url }) {
            if let reason = excluded[target.url] {
                items.append(
                    LinkReport.Item(
                        target: target,
                        state: .excluded,
                        fromHistory: false,
                        entry: history.entry(for: target.url),
                        outcome: nil,
                        exclusionReason: reason
                    )
                )
            } else if let outcome = outcomes[target.url] {
                let entry = history.record(
                    url: target.url,
                    observed: outcome.observed,
                    status: outcome.status,
                    finalURL: outcome.finalURL,
                    at: now,
                    brokenAfterRuns: configuration.brokenAfterRuns
                )
                items.append(
                    LinkReport.Item(
                        target: target,
                        state: LinkReport.State(entry.health),
                        fromHistory: false,
                        entry: entry,
                        outcome: outcome,
                        exclusionReason: nil
                    )
                )
            } else if let entry = history.entry(for: target.url) {
                items.append(
                    LinkReport.Item(
                        target: target,
                        state: LinkReport.State(entry.health),
                        fromHistory: true,
                        entry: entry,
                        outcome: nil,
                        exclusionReason: nil
                    )
                )
            }
        }
        return LinkReport(items: items, history: history)
    }
}

extension LinkReport.State {
    /// The state a history record stands for.
    package init(_ health: LinkHistory.Health) {
        switch health {
        case .ok: self = .ok
        case .redirected: self = .redirected
        case .broken: self = .broken
        case .transient: self = .transient
        }
    }
}
