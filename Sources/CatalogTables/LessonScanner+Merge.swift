import CatalogModel

extension LessonScanner {
    /// Joins the parts, in file order, into one digest: a lesson id or address met in two parts
    /// is a duplicate, and each course's run of orders must go on where the previous part left it.
    static func merge(_ parts: [Part], _ pinned: PinnedBytes, shards: Int) -> LessonDigest {
        guard !parts.isEmpty, parts.allSatisfy(\.passes) else { return .failed }
        let bytes = pinned.buffer
        // Ids and addresses are deduplicated in shards by hash, side by side: each shard sees
        // every part's strings of its hashes, so a duplicate anywhere lands in one shard.
        let shards = max(1, shards)
        let tables = Parallel.map(count: shards * 2) { job -> ByteStringTable? in
            let shard = job / 2
            let keys = parts.map { job % 2 == 0 ? $0.ids[shard] : $0.urls[shard] }
            var table = ByteStringTable(expected: keys.reduce(0) { $0 + $1.count })
            for part in keys {
                for key in part {
                    guard table.insert(hash: key.hash, key.range, value: 0, in: pinned.buffer).inserted else {
                        return nil
                    }
                }
            }
            return table
        }
        guard tables.allSatisfy({ $0 != nil }) else { return .failed }
        let idShards = stride(from: 0, to: tables.count, by: 2).compactMap { tables[$0] }
        var lastOrder: [String: Int] = [:]
        var topics: [String] = []
        var topicIndex: [String: Int] = [:]
        var topicsByCourse: [String: [Int]] = [:]
        var people: Set<String> = []
        for part in parts {
            // This part's topic numbers, as numbers of the whole table.
            var global = [Int](repeating: 0, count: part.topics.count)
            for entry in part.topics.stored {
                let name = text(entry, bytes)
                if let known = topicIndex[name] {
                    global[Int(entry.value)] = known
                } else {
                    topicIndex[name] = topics.count
                    global[Int(entry.value)] = topics.count
                    topics.append(name)
                }
            }
            for entry in part.courses.stored {
                let course = text(entry, bytes)
                let run = part.runs[Int(entry.value)]
                guard run.first == (lastOrder[course] ?? 0) + 1 else { return .failed }
                lastOrder[course] = run.last
                var courseTopics = topicsByCourse[course] ?? []
                for topic in run.topics where !courseTopics.contains(global[topic]) {
                    courseTopics.append(global[topic])
                }
                topicsByCourse[course] = courseTopics
            }
            for entry in part.people.stored { people.insert(text(entry, bytes)) }
        }
        return LessonDigest(
            rowsPass: true,
            lessonCount: parts.reduce(0) { $0 + $1.rows },
            topics: topics,
            topicsByCourse: topicsByCourse,
            people: people,
            containsLesson: { id in
                var id = id
                return id.withUTF8 { id in
                    let hash = ByteStringTable.hash(0..<id.count, in: id)
                    let shard = idShards[LessonScanner.shard(of: hash, idShards.count)]
                    return shard.value(hash: hash, of: 0..<id.count, in: id, tableBytes: pinned.buffer) != nil
                }
            }
        )
    }

    private static func text(_ entry: ByteStringTable.Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes[entry.range], as: UTF8.self)
    }
}
