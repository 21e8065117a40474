/// One operation of an edit (research 3.5).
///
/// Indirect: a relation's payload is 240 bytes, and exports hold and slice arrays of hundreds of
/// thousands of ops, which then copy one reference each instead.
package indirect enum Op: Hashable, Sendable {
    case createEntity(CreateEntity)
    case updateEntity(UpdateEntity)
    case deleteEntity(id: GeoID, context: Context?)
    case restoreEntity(id: GeoID, context: Context?)
    case createRelation(CreateRelation)
    case updateRelation(UpdateRelation)
    case deleteRelation(id: GeoID, context: Context?)
    case restoreRelation(id: GeoID, context: Context?)
    case createValueRef(CreateValueRef)

    /// The op's one-byte code on the wire.
    package var code: UInt8 {
        switch self {
        case .createEntity: 1
        case .updateEntity: 2
        case .deleteEntity: 3
        case .restoreEntity: 4
        case .createRelation: 5
        case .updateRelation: 6
        case .deleteRelation: 7
        case .restoreRelation: 8
        case .createValueRef: 9
        }
    }

    /// The op's name as the spec writes it, e.g. `CreateEntity`.
    package var name: String {
        switch self {
        case .createEntity: "CreateEntity"
        case .updateEntity: "UpdateEntity"
        case .deleteEntity: "DeleteEntity"
        case .restoreEntity: "RestoreEntity"
        case .createRelation: "CreateRelation"
        case .updateRelation: "UpdateRelation"
        case .deleteRelation: "DeleteRelation"
        case .restoreRelation: "RestoreRelation"
        case .createValueRef: "CreateValueRef"
        }
    }

    /// An upsert of an entity's values.
    package struct CreateEntity: Hashable, Sendable {
        package var id: GeoID
        package var values: [PropertyValue]
        package var context: Context?

        package init(id: GeoID, values: [PropertyValue] = [], context: Context? = nil) {
            self.id = id
            self.values = values
            self.context = context
        }
    }

    /// Sets and clears values of an existing entity.
    package struct UpdateEntity: Hashable, Sendable {
        package var id: GeoID
        /// Nil writes no set list (flag bit 0 clear); an empty list writes a count of zero.
        package var set: [PropertyValue]?
        package var unset: [UnsetValue]?
        package var context: Context?

        package init(id: GeoID, set: [PropertyValue]? = nil, unset: [UnsetValue]? = nil, context: Context? = nil) {
            self.id = id
            self.set = set
            self.unset = unset
            self.context = context
        }
    }

    /// A directed, typed edge between two entities, with its reified entity.
    package struct CreateRelation: Hashable, Sendable {
        package var id: GeoID
        package var type: GeoID
        package var from: Endpoint
        package var to: Endpoint
        package var fromSpace: GeoID?
        package var fromVersion: GeoID?
        package var toSpace: GeoID?
        package var toVersion: GeoID?
        /// The explicit reified entity; nil means the derived one (``GeoID/relationEntity(of:)``).
        package var entity: GeoID?
        /// A 1-64 character `[0-9A-Za-z]` key compared in ASCII order.
        package var position: String?
        package var context: Context?

        package init(
            id: GeoID,
            type: GeoID,
            from: Endpoint,
            to: Endpoint,
            fromSpace: GeoID? = nil,
            fromVersion: GeoID? = nil,
            toSpace: GeoID? = nil,
            toVersion: GeoID? = nil,
            entity: GeoID? = nil,
            position: String? = nil,
            context: Context? = nil
        ) {
            self.id = id
            self.type = type
            self.from = from
            self.to = to
            self.fromSpace = fromSpace
            self.fromVersion = fromVersion
            self.toSpace = toSpace
            self.toVersion = toVersion
            self.entity = entity
            self.position = position
            self.context = context
        }

        /// The reified entity, explicit or derived.
        package var effectiveEntity: GeoID { entity ?? GeoID.relationEntity(of: id) }
    }

    /// One end of a relation: an entity, or a value reference written inline.
    package struct Endpoint: Hashable, Sendable {
        package var id: GeoID
        package var isValueRef: Bool

        package init(_ id: GeoID, isValueRef: Bool = false) {
            self.id = id
            self.isValueRef = isValueRef
        }
    }

    /// Changes the mutable fields of a relation: spaces, versions and position.
    package struct UpdateRelation: Hashable, Sendable {
        package var id: GeoID
        package var fromSpace: GeoID?
        package var fromVersion: GeoID?
        package var toSpace: GeoID?
        package var toVersion: GeoID?
        package var position: String?
        package var unset: Fields
        package var context: Context?

        package init(
            id: GeoID,
            fromSpace: GeoID? = nil,
            fromVersion: GeoID? = nil,
            toSpace: GeoID? = nil,
            toVersion: GeoID? = nil,
            position: String? = nil,
            unset: Fields = [],
            context: Context? = nil
        ) {
            self.id = id
            self.fromSpace = fromSpace
            self.fromVersion = fromVersion
            self.toSpace = toSpace
            self.toVersion = toVersion
            self.position = position
            self.unset = unset
            self.context = context
        }

        /// The fields of a relation that can change, as flag bits.
        package struct Fields: OptionSet, Hashable, Sendable {
            package let rawValue: UInt8
            package init(rawValue: UInt8) { self.rawValue = rawValue }

            package static let fromSpace = Fields(rawValue: 1 << 0)
            package static let fromVersion = Fields(rawValue: 1 << 1)
            package static let toSpace = Fields(rawValue: 1 << 2)
            package static let toVersion = Fields(rawValue: 1 << 3)
            package static let position = Fields(rawValue: 1 << 4)
        }

        /// The flag bits of the fields that are set.
        package var setFields: Fields {
            var fields: Fields = []
            if fromSpace != nil { fields.insert(.fromSpace) }
            if fromVersion != nil { fields.insert(.fromVersion) }
            if toSpace != nil { fields.insert(.toSpace) }
            if toVersion != nil { fields.insert(.toVersion) }
            if position != nil { fields.insert(.position) }
            return fields
        }
    }

    /// Names one value slot so that relations can point at it.
    package struct CreateValueRef: Hashable, Sendable {
        package var id: GeoID
        package var entity: GeoID
        package var property: GeoID
        /// The declared type of the property in the dictionary.
        package var dataType: DataType
        /// The language slot; only a TEXT property may have one.
        package var language: Language?
        package var space: GeoID?

        package init(
            id: GeoID,
            entity: GeoID,
            property: GeoID,
            dataType: DataType,
            language: Language? = nil,
            space: GeoID? = nil
        ) {
            self.id = id
            self.entity = entity
            self.property = property
            self.dataType = dataType
            self.language = language
            self.space = space
        }

        /// A language slot named explicitly: the default (index 0) or a dictionary entry.
        package enum Language: Hashable, Sendable {
            case standard
            case specific(GeoID)
        }
    }
}
