/// An open-addressing table from ids to small non-negative integers, for the encoder's and the mapper's hot paths.
///
/// A `Dictionary<GeoID, Int>` runs SipHash over 16 bytes for every lookup, which dominated large
/// exports. Here one multiply-xor mix of the two halves picks the slot (linear probing, at most half
/// full); the mix is seeded per process so crafted ids in a decoded file cannot all collide. The seed
/// never reaches the output: iteration order is not exposed, only lookups.
struct GeoIDTable {
    private var keys: [GeoID]
    /// The value of each slot; -1 marks an empty slot.
    private var values: [Int]
    private var mask: Int
    /// How many ids the table holds.
    private(set) var count = 0

    private static let seed = UInt64.random(in: UInt64.min...UInt64.max)

    /// An empty table sized for `capacity` ids without growing.
    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: GeoID(high: 0, low: 0), count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(of id: GeoID) -> Int {
        var hash = (id.high ^ Self.seed) &* 0x9E37_79B9_7F4A_7C15 ^ id.low &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 31
        hash &*= 0x94D0_49BB_1331_11EB
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash) & mask
    }

    /// The value stored for an id.
    subscript(id: GeoID) -> Int? {
        var index = slot(of: id)
        while true {
            let value = values[index]
            if value < 0 { return nil }
            if keys[index] == id { return value }
            index = (index + 1) & mask
        }
    }

    /// Stores a value for an id that is not in the table yet; answers the existing value otherwise.
    @discardableResult
    mutating func insert(_ id: GeoID, value: Int) -> (inserted: Bool, value: Int) {
        precondition(value >= 0, "GeoIDTable values are non-negative")
        if (count + 1) * 2 > values.count { grow() }
        var index = slot(of: id)
        while true {
            let existing = values[index]
            if existing < 0 { break }
            if keys[index] == id { return (false, existing) }
            index = (index + 1) & mask
        }
        keys[index] = id
        values[index] = value
        count += 1
        return (true, value)
    }

    /// Replaces the value of an id already in the table, or inserts it.
    mutating func update(_ id: GeoID, value: Int) {
        precondition(value >= 0, "GeoIDTable values are non-negative")
        var index = slot(of: id)
        while values[index] >= 0 {
            if keys[index] == id {
                values[index] = value
                return
            }
            index = (index + 1) & mask
        }
        insert(id, value: value)
    }

    /// Whether the table holds an id.
    func contains(_ id: GeoID) -> Bool { self[id] != nil }

    /// Empties the table, keeping its size.
    mutating func removeAll() {
        guard count > 0 else { return }
        for index in values.indices { values[index] = -1 }
        count = 0
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        self = GeoIDTable(capacity: oldValues.count)
        for index in oldValues.indices where oldValues[index] >= 0 {
            insert(oldKeys[index], value: oldValues[index])
        }
    }
}
