/// The interned ids of an edit, in wire order: six dictionaries and the contexts.
package struct Dictionaries: Hashable, Sendable {
    package var properties: [GeoID] = []
    /// The declared type of each property, parallel to ``properties``.
    package var dataTypes: [DataType] = []
    package var relationTypes: [GeoID] = []
    package var languages: [GeoID] = []
    package var units: [GeoID] = []
    package var objects: [GeoID] = []
    package var contextIDs: [GeoID] = []
    package var contexts: [Context] = []

    package init() {}
}

/// Assigns dictionary indices while the encoder walks the ops.
struct Interner {
    private(set) var ids: [GeoID] = []
    private var index = GeoIDTable()

    /// Adds an id once; answers whether it was new.
    @discardableResult
    mutating func add(_ id: GeoID) -> Bool {
        guard index.insert(id, value: ids.count).inserted else { return false }
        ids.append(id)
        return true
    }

    /// Sorts by id bytes and renumbers (canonical mode).
    mutating func sort() {
        ids.sort()
        for (position, id) in ids.enumerated() { index.update(id, value: position) }
    }

    subscript(id: GeoID) -> Int? { index[id] }
}
