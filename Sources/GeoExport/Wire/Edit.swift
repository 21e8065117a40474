/// One GRC-20 v2 edit as a logical value: header, contexts and ops, with dictionaries implied.
///
/// The encoder builds the six dictionaries from the ops, so two edits that differ only in how
/// their bytes were interned are equal.
package struct Edit: Hashable, Sendable {
    package var id: GeoID
    package var name: String
    package var authors: [GeoID]
    /// Microseconds since the Unix epoch; metadata only.
    package var createdAt: Int64
    package var ops: [Op]

    package init(id: GeoID, name: String = "", authors: [GeoID] = [], createdAt: Int64 = 0, ops: [Op] = []) {
        self.id = id
        self.name = name
        self.authors = authors
        self.createdAt = createdAt
        self.ops = ops
    }
}

/// A property's value inside CreateEntity or UpdateEntity.
package struct PropertyValue: Hashable, Sendable {
    package var property: GeoID
    package var value: Value
    /// The language of a TEXT value; nil is index 0, the default (English) slot.
    package var language: GeoID?
    /// The unit of an INTEGER, FLOAT or DECIMAL value; nil is no unit.
    package var unit: GeoID?

    package init(property: GeoID, value: Value, language: GeoID? = nil, unit: GeoID? = nil) {
        self.property = property
        self.value = value
        self.language = language
        self.unit = unit
    }
}

/// A value slot that UpdateEntity clears.
package struct UnsetValue: Hashable, Sendable {
    package var property: GeoID
    package var language: Language
    /// The type declared for the property in the dictionary; only TEXT may name one language.
    package var dataType: DataType

    package init(property: GeoID, language: Language = .all, dataType: DataType = .text) {
        self.property = property
        self.language = language
        self.dataType = dataType
    }

    /// Which languages an unset clears.
    package enum Language: Hashable, Sendable {
        /// Every language (the only choice for non-TEXT properties).
        case all
        /// The default (English) slot, index 0.
        case standard
        case specific(GeoID)
    }
}

/// A context: a root entity and the edges that lead from it to an op's subject (research 3.8).
package struct Context: Hashable, Sendable {
    package var root: GeoID
    package var edges: [Edge]

    package init(root: GeoID, edges: [Edge] = []) {
        self.root = root
        self.edges = edges
    }

    /// One step from the root: a relation type and the entity it reaches.
    package struct Edge: Hashable, Sendable {
        package var type: GeoID
        package var to: GeoID

        package init(type: GeoID, to: GeoID) {
            self.type = type
            self.to = to
        }
    }
}
