/// Derives every id of the export from a stable key, so re-publishing updates instead of duplicating.
///
/// Entities: `coursemap:<space>:<table>:<row id>`; relations:
/// `coursemap:<space>:relation:<from>:<type>:<to>` (ids in hex) and `…:entity` for their reified
/// entity. An override for `<table>:<row id>` replaces the derived entity id.
package struct IDScheme: Sendable {
    package let spaceName: String
    private let overrides: [String: GeoID]
    private let prefix: String

    package init(spaceName: String, overrides: [String: GeoID] = [:]) {
        self.spaceName = spaceName
        self.prefix = "coursemap:\(spaceName):"
        var short: [String: GeoID] = [:]
        for (key, id) in overrides {
            short[key.hasPrefix(prefix) ? String(key.dropFirst(prefix.count)) : key] = id
        }
        self.overrides = short
    }

    /// The id of a catalog row or schema item, e.g. `entity("lessons", "intro")`.
    package func entity(_ table: String, _ rowID: String) -> GeoID {
        entity(key: table + ":" + rowID)
    }

    /// The id for a short key such as `types:course`.
    package func entity(key: String) -> GeoID {
        overrides[key] ?? GeoID.derived(from: prefix + key)
    }

    /// The full key an entity id is derived from.
    package func fullKey(_ key: String) -> String { prefix + key }

    /// Whether a short key is overridden.
    package func isOverridden(_ key: String) -> Bool { overrides[key] != nil }

    /// The relation id and its reified entity id for one edge.
    package func relation(from: GeoID, type: GeoID, to: GeoID) -> (id: GeoID, entity: GeoID) {
        let key = prefix + "relation:" + from.hex + ":" + type.hex + ":" + to.hex
        return (GeoID.derived(from: key), GeoID.derived(from: key + ":entity"))
    }

    /// The id of an edit: derived from a digest of its bytes, so the same content gets the same id.
    package func edit(digestHex: String) -> GeoID {
        GeoID.derived(from: prefix + "edit:" + digestHex)
    }
}
