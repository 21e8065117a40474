/// How `export geo` names and stamps its ids and edits.
package struct ExportOptions: Hashable, Sendable {
    /// The `<space-name>` of every derived key, e.g. `ai` in `coursemap:ai:lessons:intro`.
    package var spaceName: String
    /// Existing Geo ids by key (`topics:evaluation` or the full `coursemap:ai:topics:evaluation`); they win.
    package var overrides: [String: GeoID]
    /// The header's `created_at`, microseconds since the epoch; 0 keeps output reproducible.
    package var createdAt: Int64
    /// The header's authors: the publisher's personal space id, when known.
    package var authors: [GeoID]
    /// The largest edit Geo accepts (geo-sdk `MAX_EDIT_SIZE`); bigger exports are split.
    package var maximumEditBytes: Int
    /// Whether ``CatalogEdit`` fills its labels, keys and entity types (the JSON sidecar needs them);
    /// without, a large export skips three tables of one entry per entity.
    package var recordsLabels: Bool

    package init(
        spaceName: String = "ai",
        overrides: [String: GeoID] = [:],
        createdAt: Int64 = 0,
        authors: [GeoID] = [],
        maximumEditBytes: Int = 10 * 1024 * 1024,
        recordsLabels: Bool = false
    ) {
        self.spaceName = spaceName
        self.overrides = overrides
        self.createdAt = createdAt
        self.authors = authors
        self.maximumEditBytes = maximumEditBytes
        self.recordsLabels = recordsLabels
    }
}
