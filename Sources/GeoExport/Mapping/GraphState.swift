/// The entities' values and the live relations that a sequence of edits leaves behind.
///
/// Folding ops follows research 3.5: CreateEntity upserts slots, UpdateEntity sets and
/// clears them, a CreateRelation with a known id is ignored, DeleteRelation removes one.
package struct GraphState: Sendable {
    /// A value slot: the property and, for TEXT, the language (nil is the default slot).
    package struct Slot: Hashable, Sendable {
        package var property: GeoID
        package var language: GeoID?
    }

    package private(set) var entities: [GeoID: [Slot: PropertyValue]] = [:]
    /// Entities in order of first appearance, so a diff is written in a stable order.
    package private(set) var entityOrder: [GeoID] = []
    package private(set) var relations: [GeoID: Op.CreateRelation] = [:]
    package private(set) var relationOrder: [GeoID] = []

    package init() {}

    /// The state after applying edits in order.
    package init(_ edits: [Edit]) {
        self.init(opLists: edits.map(\.ops))
    }

    /// The state after applying ops in order (one edit's).
    package init(ops: [Op]) {
        self.init(opLists: [ops])
    }

    private init(opLists: [[Op]]) {
        // Sized once: growing the tables of a large edit moved every relation over and over.
        var relationCount = 0
        var entityCount = 0
        for ops in opLists {
            for op in ops {
                switch op {
                case .createRelation: relationCount += 1
                case .createEntity: entityCount += 1
                default: break
                }
            }
        }
        relations.reserveCapacity(relationCount)
        relationOrder.reserveCapacity(relationCount)
        entities.reserveCapacity(entityCount)
        entityOrder.reserveCapacity(entityCount)
        for ops in opLists {
            for op in ops { apply(op) }
        }
    }

    package mutating func apply(_ edit: Edit) {
        for op in edit.ops { apply(op) }
    }

    private mutating func touch(_ id: GeoID) {
        if entities[id] == nil {
            entities[id] = [:]
            entityOrder.append(id)
        }
    }

    private mutating func set(_ values: [PropertyValue], on id: GeoID) {
        touch(id)
        for value in values {
            let language = value.value.dataType == .text ? value.language : nil
            entities[id]?[Slot(property: value.property, language: language)] = value
        }
    }

    package mutating func apply(_ op: Op) {
        switch op {
        case .createEntity(let create):
            set(create.values, on: create.id)
        case .updateEntity(let update):
            set(update.set ?? [], on: update.id)
            for unset in update.unset ?? [] {
                guard var slots = entities[update.id] else { continue }
                switch unset.language {
                case .all: slots = slots.filter { $0.key.property != unset.property }
                case .standard: slots[Slot(property: unset.property, language: nil)] = nil
                case .specific(let language):
                    slots[Slot(property: unset.property, language: language)] = nil
                    // Geo's clients write English explicitly; the default slot is the same language.
                    if language == WellKnown.english { slots[Slot(property: unset.property, language: nil)] = nil }
                }
                entities[update.id] = slots
            }
        case .createRelation(let relation):
            guard relations[relation.id] == nil else { return }
            relations[relation.id] = relation
            relationOrder.append(relation.id)
        case .updateRelation(let update):
            guard var relation = relations[update.id] else { return }
            if let position = update.position { relation.position = position }
            if update.unset.contains(.position) { relation.position = nil }
            if let space = update.fromSpace { relation.fromSpace = space }
            if let space = update.toSpace { relation.toSpace = space }
            if let version = update.fromVersion { relation.fromVersion = version }
            if let version = update.toVersion { relation.toVersion = version }
            if update.unset.contains(.fromSpace) { relation.fromSpace = nil }
            if update.unset.contains(.toSpace) { relation.toSpace = nil }
            if update.unset.contains(.fromVersion) { relation.fromVersion = nil }
            if update.unset.contains(.toVersion) { relation.toVersion = nil }
            relations[update.id] = relation
        case .deleteRelation(let id, _):
            relations[id] = nil
        case .deleteEntity, .restoreEntity, .restoreRelation, .createValueRef:
            // The indexer ignores entity deletes; restores and value refs change no slot we diff.
            break
        }
    }

    /// The entity's Name in the default or English slot, if it has one.
    package func name(of id: GeoID) -> String? {
        let slots = entities[id]
        let value =
            slots?[Slot(property: WellKnown.name, language: WellKnown.english)]
            ?? slots?[Slot(property: WellKnown.name, language: nil)]
        if case .text(let text) = value?.value { return text }
        return nil
    }
}
