/// The ops that take Geo from a previously published state to the current catalog.
///
/// New entities are written whole; changed values with CreateEntity (an upsert of only those
/// slots); removed values with UpdateEntity unsets; new relations with CreateRelation; moved
/// ones with UpdateRelation; gone ones with DeleteRelation. Entities that disappeared are
/// reported, not deleted: the indexer does not support DeleteEntity.
package struct EditDiff: Sendable {
    package var ops: [Op]
    /// Entities the previous edits made that the catalog no longer has.
    package var removedEntities: [GeoID]
    package var counts: Counts

    /// How many changes of each kind the diff holds.
    package struct Counts: Hashable, Sendable {
        package var newEntities = 0
        package var changedEntities = 0
        package var newRelations = 0
        package var movedRelations = 0
        package var deletedRelations = 0
    }

    package init(from previous: GraphState, to next: GraphState) {
        var entityOps: [Op] = []
        var relationOps: [Op] = []
        var counts = Counts()
        for id in next.entityOrder {
            let slots = next.entities[id] ?? [:]
            guard let old = previous.entities[id] else {
                entityOps.append(.createEntity(Op.CreateEntity(id: id, values: Self.ordered(slots))))
                counts.newEntities += 1
                continue
            }
            let changed = Self.ordered(slots.filter { old[$0.key] != $0.value })
            let removed = old.keys.filter { slots[$0] == nil }.sorted {
                ($0.property, $0.language ?? GeoID(high: 0, low: 0)) < (
                    $1.property, $1.language ?? GeoID(high: 0, low: 0)
                )
            }
            if removed.isEmpty && changed.isEmpty { continue }
            counts.changedEntities += 1
            if removed.isEmpty {
                entityOps.append(.createEntity(Op.CreateEntity(id: id, values: changed)))
            } else {
                let unsets = removed.map { slot in
                    let type = old[slot]?.value.dataType ?? .text
                    let language: UnsetValue.Language =
                        type != .text ? .all : slot.language.map { .specific($0) } ?? .standard
                    return UnsetValue(property: slot.property, language: language, dataType: type)
                }
                entityOps.append(
                    .updateEntity(Op.UpdateEntity(id: id, set: changed.isEmpty ? nil : changed, unset: unsets))
                )
            }
        }
        for id in next.relationOrder {
            guard let relation = next.relations[id] else { continue }
            guard let old = previous.relations[id] else {
                relationOps.append(.createRelation(relation))
                counts.newRelations += 1
                continue
            }
            if old.position != relation.position {
                var update = Op.UpdateRelation(id: id, position: relation.position)
                if relation.position == nil { update.unset = .position }
                relationOps.append(.updateRelation(update))
                counts.movedRelations += 1
            }
        }
        for id in previous.relationOrder where previous.relations[id] != nil && next.relations[id] == nil {
            relationOps.append(.deleteRelation(id: id, context: nil))
            counts.deletedRelations += 1
        }
        ops = entityOps + relationOps
        removedEntities = previous.entityOrder.filter { next.entities[$0] == nil }
        self.counts = counts
    }

    /// Values in a stable order: by property then language, as canonical encoding sorts them.
    private static func ordered(_ slots: [GraphState.Slot: PropertyValue]) -> [PropertyValue] {
        slots.sorted { lhs, rhs in
            if lhs.key.property != rhs.key.property { return lhs.key.property < rhs.key.property }
            return (lhs.key.language ?? GeoID(high: 0, low: 0)) < (rhs.key.language ?? GeoID(high: 0, low: 0))
        }.map(\.value)
    }
}
