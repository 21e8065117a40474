/// Cuts a run of ops into consecutive parts whose encoded edits stay under a byte limit.
///
/// Parts keep the op order, so an export split this way stays in dependency order (schema,
/// topics, people, courses, lessons, relations). Sizes are estimated from above: every
/// dictionary index counts 3 bytes and every id first used in a part counts its entry, so an
/// encoded part never exceeds the limit it was packed for.
package enum EditSplitter {
    /// The op ranges of each part; one part when everything fits.
    package static func split(_ ops: [Op], headerBytes: Int, limit: Int) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        var size = headerBytes
        var seen = Seen()
        var index = 0
        while index < ops.count {
            let cost = estimate(ops[index], seen: &seen)
            if size + cost > limit && index > start {
                parts.append(start..<index)
                start = index
                size = headerBytes
                seen.removeAll()
                continue  // re-estimate this op against the new part's empty dictionaries
            }
            size += cost
            index += 1
        }
        if start < ops.count || parts.isEmpty { parts.append(start..<ops.count) }
        return parts
    }

    /// The most bytes an op can add to a part, counting dictionary entries for ids new to it.
    static func estimate(_ op: Op, seen: inout Seen) -> Int {
        let index = 3
        // The same id may sit in two dictionaries (a property used as a relation type), so key by both.
        func reference(_ id: GeoID, _ dictionary: UInt8 = 0) -> Int {
            index + (seen.insert(id, into: dictionary) ? 17 : 0)
        }
        func values(_ values: [PropertyValue]) -> Int {
            var total = 3
            for value in values {
                total += reference(value.property, 1) + payload(value.value) + 2 * index
                if let language = value.language { total += reference(language, 2) }
                if let unit = value.unit { total += reference(unit, 3) }
            }
            return total
        }
        func present(_ id: GeoID?) -> Int { id == nil ? 0 : 16 }
        func context(_ context: Context?) -> Int {
            guard let context else { return 5 }
            return 5 + reference(context.root, 4) + 3
                + context.edges.reduce(0) { $0 + reference($1.type, 5) + reference($1.to, 4) }
        }
        switch op {
        case .createEntity(let create):
            return 1 + 16 + values(create.values) + context(create.context)
        case .updateEntity(let update):
            var total = 2 + reference(update.id) + values(update.set ?? []) + 3 + context(update.context)
            for unset in update.unset ?? [] {
                total += reference(unset.property, 1) + 5
                if case .specific(let language) = unset.language { total += reference(language, 2) }
            }
            return total
        case .deleteEntity(let id, let ctx), .restoreEntity(let id, let ctx), .deleteRelation(let id, let ctx),
            .restoreRelation(let id, let ctx):
            return 1 + reference(id) + context(ctx)
        case .createRelation(let relation):
            var total =
                1 + 16 + reference(relation.type, 5) + 1 + reference(relation.from.id) + reference(relation.to.id)
            total += present(relation.fromSpace) + present(relation.fromVersion) + present(relation.toSpace)
            total += present(relation.toVersion) + present(relation.entity)
            total += (relation.position?.utf8.count ?? 0) + 1
            return total + context(relation.context)
        case .updateRelation(let update):
            return 3 + reference(update.id) + 16 * 4 + 1 + (update.position?.utf8.count ?? 0) + context(update.context)
        case .createValueRef(let reference_):
            return 1 + 16 + reference(reference_.entity) + reference(reference_.property, 1) + 1 + index + 16
                + (reference_.language.map { _ in index } ?? 0)
        }
    }

    /// The ids a part already holds, per dictionary (0 objects, 1 properties, 2 languages, 3 units, 4 contexts,
    /// 5 relation types): the same id may sit in two dictionaries (a property used as a relation type).
    struct Seen {
        private var tables = Array(repeating: GeoIDTable(), count: 6)

        /// Adds an id to one dictionary; answers whether it was new there.
        mutating func insert(_ id: GeoID, into dictionary: UInt8) -> Bool {
            tables[Int(dictionary)].insert(id, value: 0).inserted
        }

        mutating func removeAll() {
            for index in tables.indices { tables[index].removeAll() }
        }
    }

    private static func payload(_ value: Value) -> Int {
        switch value {
        case .boolean: 1
        case .integer: 10
        case .float: 8
        case .decimal(_, let mantissa):
            switch mantissa {
            case .int64: 21
            case .big(let bytes): 16 + bytes.count
            }
        case .text(let text), .schedule(let text): 5 + text.utf8.count
        case .bytes(let bytes): 5 + bytes.count
        case .date: 6
        case .time: 8
        case .datetime: 10
        case .point: 25
        case .rect: 32
        case .embedding(let embedding): 6 + embedding.data.count
        }
    }
}
