/// Why an edit cannot be encoded: it breaks a rule that a strict decoder would reject.
package enum EncodeError: Error, Hashable, Sendable, CustomStringConvertible {
    case propertyTypeConflict(GeoID, DataType, DataType, op: Int)
    case invalidValue(op: Int, String)
    case languageOnNonText(op: Int, GeoID)
    case unitOnUnitless(op: Int, GeoID)
    case duplicateValue(op: Int, GeoID)
    case setAndUnset(op: Int, GeoID)
    case invalidPosition(op: Int, String)
    case entityIsRelation(op: Int)
    case reservedBits(op: Int)
    case duplicateAuthor(GeoID)

    package var description: String {
        switch self {
        case .propertyTypeConflict(let property, let first, let second, let op):
            "op \(op): property \(property) is used as \(first) and as \(second) in one edit"
        case .invalidValue(let op, let reason): "op \(op): \(reason)"
        case .languageOnNonText(let op, let property): "op \(op): property \(property) is not TEXT but has a language"
        case .unitOnUnitless(let op, let property): "op \(op): property \(property) cannot carry a unit"
        case .duplicateValue(let op, let property): "op \(op): property \(property) has two values for one language"
        case .setAndUnset(let op, let id): "op \(op): \(id) is both set and unset"
        case .invalidPosition(let op, let position):
            "op \(op): position \"\(position)\" is not 1-64 characters of [0-9A-Za-z]"
        case .entityIsRelation(let op): "op \(op): the relation's entity equals the relation id"
        case .reservedBits(let op): "op \(op): reserved flag bits are set"
        case .duplicateAuthor(let author): "author \(author) is listed twice"
        }
    }
}
