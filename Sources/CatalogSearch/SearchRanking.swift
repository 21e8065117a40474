/// Every result of one (text, filters) pair, best first, with the facet counts of the whole set.
///
/// Pages are slices of it, so a learner paging through results, or many learners asking the same
/// search, cost one ranking.
struct SearchRanking: Sendable {
    /// Lesson indices (rowid - 1), best first.
    var order: [Int32]
    /// The blended score of each entry of `order`.
    var scores: [Double]
    var facets: [SearchFacet: [SearchResults.FacetCount]]

    /// What a memo of rankings is keyed by: the normalised words and the filters, never the page.
    struct Key: Hashable, Sendable {
        var pattern: SearchPattern?
        var filters: [SearchFacet: String]
    }

    /// Ranks the lessons matching the text (all lessons when `matches` is nil) and passing the filters.
    ///
    /// Score: with text, `textWeight` times the text rank (relative to the best kept hit) plus the
    /// rest times quality; without text, quality alone. Ties go to the earlier lesson. Each facet
    /// counts the hits that pass every filter but its own, so a learner sees the alternatives.
    init(_ columns: IndexColumns, matches: SearchMatches?, filters: [SearchFacet: String], textWeight: Double) {
        // A value nobody has gets a code nothing has, so it matches nothing.
        var wantedSlots: [Int] = []
        var wantedCodes: [Int32] = []
        for facet in SearchFacet.allCases {
            guard let value = filters[facet] else { continue }
            let slot = IndexColumns.slot(facet)
            wantedSlots.append(slot)
            wantedCodes.append(columns.codes[slot][value] ?? -2)
        }
        let facetCount = SearchFacet.allCases.count
        let singleWidth = IndexColumns.singleFacets.count
        var counts = columns.values.map { [Int](repeating: 0, count: $0.count) }
        var kept: [Int32] = []
        var keptText: [Double] = []
        var bestText = 0.0

        columns.single.withUnsafeBufferPointer { single in
            columns.topicStart.withUnsafeBufferPointer { topicStart in
                columns.topics.withUnsafeBufferPointer { topics in
                    func has(_ index: Int, _ slot: Int, _ code: Int32) -> Bool {
                        if slot == 0 {
                            for position in Int(topicStart[index])..<Int(topicStart[index + 1])
                            where topics[position] == code {
                                return true
                            }
                            return false
                        }
                        return single[index * singleWidth + slot - 1] == code
                    }
                    func count(_ index: Int, _ slot: Int) {
                        if slot == 0 {
                            for position in Int(topicStart[index])..<Int(topicStart[index + 1]) {
                                counts[0][Int(topics[position])] += 1
                            }
                        } else {
                            let code = single[index * singleWidth + slot - 1]
                            if code >= 0 { counts[slot][Int(code)] += 1 }
                        }
                    }
                    func consider(_ index: Int, _ text: Double) {
                        var failed = -1
                        for filter in wantedSlots.indices where !has(index, wantedSlots[filter], wantedCodes[filter]) {
                            if failed >= 0 { return }
                            failed = wantedSlots[filter]
                        }
                        if failed >= 0 {
                            count(index, failed)
                        } else {
                            kept.append(Int32(index))
                            keptText.append(text)
                            bestText = max(bestText, text)
                            for slot in 0..<facetCount { count(index, slot) }
                        }
                    }
                    if let matches {
                        for (row, text) in zip(matches.rows, matches.text) { consider(Int(row), text) }
                    } else {
                        for index in 0..<columns.count { consider(index, 0) }
                    }
                }
            }
        }

        var scores = [Double](repeating: 0, count: kept.count)
        for position in kept.indices {
            let quality = columns.quality[Int(kept[position])]
            if matches == nil {
                scores[position] = quality
            } else {
                let text = bestText > 0 ? keptText[position] / bestText : 0
                scores[position] = textWeight * text + (1 - textWeight) * quality
            }
        }
        var positions = Array(kept.indices)
        positions.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : kept[$0] < kept[$1] }
        order = positions.map { kept[$0] }
        self.scores = positions.map { scores[$0] }

        var facets: [SearchFacet: [SearchResults.FacetCount]] = [:]
        for facet in SearchFacet.allCases {
            let slot = IndexColumns.slot(facet)
            let names = columns.values[slot]
            let list = counts[slot].enumerated().compactMap { code, count in
                count > 0 ? SearchResults.FacetCount(value: names[code], count: count) : nil
            }
            facets[facet] = list.sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
        }
        self.facets = facets
    }

    /// One page of results.
    func results(_ query: SearchQuery, columns: IndexColumns) -> SearchResults {
        let start = min(order.count, (query.page - 1) * query.pageSize)
        let end = min(order.count, start + query.pageSize)
        let hits = (start..<end).map { position in
            let index = Int(order[position])
            return SearchResults.Hit(
                lesson: columns.lessons[index],
                course: columns.courses[index],
                score: (scores[position] * 10_000).rounded() / 10_000
            )
        }
        return SearchResults(query: query, total: order.count, hits: hits, facets: facets)
    }
}

/// The lessons one text pattern matches, with their text scores (negated bm25, higher is better).
struct SearchMatches: Sendable {
    /// Lesson indices (rowid - 1), in rowid order.
    var rows: [Int32]
    var text: [Double]
}
