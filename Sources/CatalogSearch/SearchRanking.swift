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
    /// How many of the words the results match, when no lesson matches them all.
    var partial: SearchResults.PartialMatch?

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
    init(
        _ columns: IndexColumns,
        matches: SearchMatches?,
        filters: [SearchFacet: String],
        textWeight: Double,
        partial: SearchResults.PartialMatch? = nil
    ) {
        self.partial = partial
        // A value nobody has gets a code nothing has, so it matches nothing.
        var wantedSlots: [Int] = []
        var wantedCodes: [Int32] = []
        for facet in SearchFacet.allCases {
            guard let value = filters[facet] else { continue }
            let slot = IndexColumns.slot(facet)
            wantedSlots.append(slot)
            wantedCodes.append(columns.codes[slot][value] ?? -2)
        }
        let tally = Self.tally(columns, matches: matches, wantedSlots: wantedSlots, wantedCodes: wantedCodes)
        let kept = tally.kept
        let keptText = tally.text
        let bestText = tally.bestText
        let counts = tally.counts

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

    /// The lessons passing every filter (with their text scores and the best one) and the counts of
    /// each facet value, in one pass over the candidates.
    ///
    /// A tight loop over raw buffers: it runs for every hit of a query, tens of thousands at a time.
    private static func tally(
        _ columns: IndexColumns,
        matches: SearchMatches?,
        wantedSlots: [Int],
        wantedCodes: [Int32]
    ) -> (kept: [Int32], text: [Double], bestText: Double, counts: [[Int]]) {
        let singleWidth = IndexColumns.singleFacets.count
        let slots = columns.values.count
        var offsets = [0]
        for values in columns.values { offsets.append(offsets[offsets.count - 1] + values.count) }
        let candidates = matches?.rows.count ?? columns.count
        var flat = [Int](repeating: 0, count: offsets[slots])
        var kept = [Int32](repeating: 0, count: candidates)
        var keptText = [Double](repeating: 0, count: candidates)
        var keptCount = 0
        var bestText = 0.0
        let rows = matches?.rows ?? []
        let texts = matches?.text ?? []
        let hasText = matches != nil

        flat.withUnsafeMutableBufferPointer { counts in
            kept.withUnsafeMutableBufferPointer { keptOut in
                keptText.withUnsafeMutableBufferPointer { textOut in
                    columns.single.withUnsafeBufferPointer { single in
                        columns.topicStart.withUnsafeBufferPointer { topicStart in
                            columns.topics.withUnsafeBufferPointer { topics in
                                rows.withUnsafeBufferPointer { rows in
                                    texts.withUnsafeBufferPointer { texts in
                                        for candidate in 0..<candidates {
                                            let index = hasText ? Int(rows[candidate]) : candidate
                                            let firstTopic = Int(topicStart[index])
                                            let endTopic = Int(topicStart[index + 1])
                                            // The one filter the lesson fails, if exactly one; -2 for two or more.
                                            var failed = -1
                                            for filter in 0..<wantedSlots.count {
                                                let slot = wantedSlots[filter]
                                                let code = wantedCodes[filter]
                                                var passes = false
                                                if slot == 0 {
                                                    for position in firstTopic..<endTopic where topics[position] == code
                                                    {
                                                        passes = true
                                                        break
                                                    }
                                                } else {
                                                    passes = single[index * singleWidth + slot - 1] == code
                                                }
                                                if !passes {
                                                    failed = failed == -1 ? slot : -2
                                                    if failed == -2 { break }
                                                }
                                            }
                                            if failed == -2 { continue }
                                            if failed == -1 {
                                                let text = hasText ? texts[candidate] : 0
                                                keptOut[keptCount] = Int32(index)
                                                textOut[keptCount] = text
                                                keptCount += 1
                                                if text > bestText { bestText = text }
                                            }
                                            // A facet's counts ignore its own filter: the learner sees alternatives.
                                            if failed <= 0 {
                                                for position in firstTopic..<endTopic {
                                                    counts[Int(topics[position])] += 1
                                                }
                                            }
                                            for slot in 1..<slots where failed == -1 || failed == slot {
                                                let code = single[index * singleWidth + slot - 1]
                                                if code >= 0 { counts[offsets[slot] + Int(code)] += 1 }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        kept.removeLast(candidates - keptCount)
        keptText.removeLast(candidates - keptCount)
        let counts = (0..<slots).map { slot in Array(flat[offsets[slot]..<offsets[slot + 1]]) }
        return (kept, keptText, bestText, counts)
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
        return SearchResults(query: query, total: order.count, hits: hits, facets: facets, partial: partial)
    }
}

/// The lessons a text matches, with their text scores (negated bm25, higher is better).
///
/// FTS5's bm25 of an all-words query is a sum over its phrases, each term depending only on the
/// phrase and the lesson (`idf × weighted frequency × length normalisation`), added in query order.
/// So the matches of several words are the lessons every word matches, with the words' scores added
/// in the same order: the same lessons and the same Double values as one query over all the words,
/// while the matches of each word are asked of SQLite once and kept.
struct SearchMatches: Sendable {
    /// Lesson indices (rowid - 1), ascending.
    var rows: [Int32]
    var text: [Double]

    /// Matches in any order, sorted by lesson.
    init(rows: [Int32], text: [Double]) {
        if zip(rows, rows.dropFirst()).allSatisfy({ $0 < $1 }) {
            self.rows = rows
            self.text = text
        } else {
            let order = rows.indices.sorted { rows[$0] < rows[$1] }
            self.rows = order.map { rows[$0] }
            self.text = order.map { text[$0] }
        }
    }

    /// Matches already sorted by lesson.
    private init(sorted rows: [Int32], text: [Double]) {
        self.rows = rows
        self.text = text
    }

    /// The lessons that match the most words when none matches them all, with the scores of the
    /// words each matches added in word order, and how many words that is (0: no lesson matches any).
    ///
    /// A learner typing "deploy llama on kubernetes" should see the lessons with three of the four
    /// words rather than nothing.
    static func mostOf(_ words: [SearchMatches]) -> (matches: SearchMatches, words: Int) {
        // Rows are sorted, so the last of each word is its largest: counts go in flat arrays
        // indexed by row (a common word matches most of a large catalog).
        let size = Int(words.compactMap(\.rows.last).max() ?? -1) + 1
        var counts = [Int](repeating: 0, count: size)
        var scores = [Double](repeating: 0, count: size)
        for word in words {
            for (row, text) in zip(word.rows, word.text) {
                counts[Int(row)] += 1
                scores[Int(row)] += text
            }
        }
        let most = counts.max() ?? 0
        guard most > 0 else { return (SearchMatches(sorted: [], text: []), 0) }
        var rows: [Int32] = []
        var text: [Double] = []
        for row in 0..<size where counts[row] == most {
            rows.append(Int32(row))
            text.append(scores[row])
        }
        return (SearchMatches(sorted: rows, text: text), most)
    }

    /// The lessons every word matches, with the words' scores added in word order.
    init(allOf words: [SearchMatches]) {
        guard var result = words.first else {
            self.init(rows: [], text: [])
            return
        }
        for word in words.dropFirst() { result = result.intersection(word) }
        self = result
    }

    /// The lessons both match, scores added (self's first); a merge of two sorted lists.
    private func intersection(_ other: SearchMatches) -> SearchMatches {
        let capacity = min(rows.count, other.rows.count)
        var rows = [Int32](repeating: 0, count: capacity)
        var text = [Double](repeating: 0, count: capacity)
        var count = 0
        rows.withUnsafeMutableBufferPointer { rowsOut in
            text.withUnsafeMutableBufferPointer { textOut in
                self.rows.withUnsafeBufferPointer { leftRows in
                    other.rows.withUnsafeBufferPointer { rightRows in
                        self.text.withUnsafeBufferPointer { leftText in
                            other.text.withUnsafeBufferPointer { rightText in
                                var left = 0
                                var right = 0
                                while left < leftRows.count, right < rightRows.count {
                                    let row = leftRows[left]
                                    let otherRow = rightRows[right]
                                    if row < otherRow {
                                        left += 1
                                    } else if otherRow < row {
                                        right += 1
                                    } else {
                                        rowsOut[count] = row
                                        textOut[count] = leftText[left] + rightText[right]
                                        count += 1
                                        left += 1
                                        right += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        rows.removeLast(capacity - count)
        text.removeLast(capacity - count)
        return SearchMatches(sorted: rows, text: text)
    }
}
