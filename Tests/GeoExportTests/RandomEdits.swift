import CatalogTestSupport

@testable import GeoExport

/// Random valid edits over every op, value type and the edge cases of research section 6.
struct RandomEdits {
    var random: SeededGenerator
    private let entities: [GeoID]
    private let properties: [(GeoID, DataType)]
    private let languages: [GeoID]
    private let units: [GeoID]
    private let contexts: [Context]

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
        var generator = random
        func id() -> GeoID { GeoID(high: generator.next(), low: generator.next()) }
        entities = (0..<8).map { _ in id() }
        properties = DataType.allCases.flatMap { type in [(id(), type), (id(), type)] }
        languages = [GoldenVectors.english, id()]
        units = [id(), id()]
        let roots = (0..<2).map { _ in id() }
        contexts = [
            Context(root: roots[0]),
            Context(
                root: roots[1],
                edges: [Context.Edge(type: id(), to: id()), Context.Edge(type: id(), to: roots[0])]
            ),
        ]
        random = generator
    }

    mutating func id() -> GeoID { GeoID(high: random.next(), low: random.next()) }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    mutating func edit() -> Edit {
        let names = ["", "Add course", "Ünïcödé ✓ 日本語 🚀", String(repeating: "x", count: 300)]
        let times: [Int64] = [
            0, 1, -1, 1_700_000_000_000_000, .min, .max, Int64.random(in: .min ... .max, using: &random),
        ]
        var authors: [GeoID] = []
        for _ in 0..<Int.random(in: 0...3, using: &random) { authors.append(id()) }
        let ops = (0..<Int.random(in: 0...12, using: &random)).map { _ in op() }
        return Edit(id: id(), name: pick(names), authors: authors, createdAt: pick(times), ops: ops)
    }

    mutating func context() -> Context? { chance(20) ? pick(contexts) : nil }

    mutating func op() -> Op {
        switch Int.random(in: 0..<9, using: &random) {
        case 0, 1:
            return .createEntity(.init(id: id(), values: values(), context: context()))
        case 2:
            let set = chance(70) ? values() : nil
            let used = Set((set ?? []).map(\.property))
            var unset: [UnsetValue]?
            if chance(60) {
                var list: [UnsetValue] = []
                for (property, type) in properties where !used.contains(property) && chance(15) {
                    var language = UnsetValue.Language.all
                    if type == .text { language = pick([.all, .standard, .specific(languages[1])]) }
                    list.append(UnsetValue(property: property, language: language, dataType: type))
                }
                unset = list
            }
            return .updateEntity(.init(id: pick(entities), set: set, unset: unset, context: context()))
        case 3: return .deleteEntity(id: pick(entities), context: context())
        case 4: return .restoreEntity(id: pick(entities), context: context())
        case 5: return .createRelation(relation())
        case 6:
            var update = Op.UpdateRelation(id: id(), context: context())
            if chance(50) { update.fromSpace = id() }
            if chance(50) { update.toVersion = id() }
            if chance(50) { update.position = position() } else if chance(50) { update.unset.insert(.position) }
            if update.fromSpace == nil && chance(50) { update.unset.insert(.fromSpace) }
            return .updateRelation(update)
        case 7:
            return chance(50)
                ? .deleteRelation(id: id(), context: context()) : .restoreRelation(id: id(), context: context())
        default:
            let (property, type) = pick(properties)
            var reference = Op.CreateValueRef(id: id(), entity: pick(entities), property: property, dataType: type)
            if type == .text && chance(60) { reference.language = pick([.standard, .specific(languages[1])]) }
            if chance(40) { reference.space = id() }
            return .createValueRef(reference)
        }
    }

    mutating func relation() -> Op.CreateRelation {
        var relation = Op.CreateRelation(
            id: id(),
            type: pick([GoldenVectors.types, GoldenVectors.lessons]),
            from: Op.Endpoint(chance(15) ? id() : pick(entities), isValueRef: false),
            to: Op.Endpoint(pick(entities)),
            context: context()
        )
        if chance(10) { relation.from.isValueRef = true }
        if chance(10) { relation.to = Op.Endpoint(id(), isValueRef: true) }
        if chance(30) { relation.fromSpace = id() }
        if chance(20) { relation.fromVersion = id() }
        if chance(30) { relation.toSpace = id() }
        if chance(20) { relation.toVersion = id() }
        if chance(60) { relation.entity = id() }
        if chance(70) { relation.position = position() }
        return relation
    }

    mutating func position() -> String {
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        let length = chance(10) ? 64 : Int.random(in: 1...8, using: &random)
        return String((0..<length).map { _ in pick(alphabet) })
    }

    /// Values on distinct (property, language) slots, as canonical mode requires.
    mutating func values() -> [PropertyValue] {
        var result: [PropertyValue] = []
        var used = Set<String>()
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            let (property, type) = pick(properties)
            var entry = PropertyValue(property: property, value: value(type))
            if type == .text && chance(60) { entry.language = pick(languages) }
            if type.hasUnit && chance(40) { entry.unit = pick(units) }
            guard used.insert("\(property)|\(entry.language?.hex ?? "-")").inserted else { continue }
            result.append(entry)
        }
        return result
    }

    mutating func double(range: ClosedRange<Double>? = nil) -> Double {
        if let range {
            return pick([range.lowerBound, range.upperBound, 0, -0.0, Double.random(in: range, using: &random)])
        }
        return pick([
            0, -0.0, 1.5, -.infinity, .infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude,
            Double.random(in: -1e9...1e9, using: &random),
        ])
    }

    mutating func value(_ type: DataType) -> Value {
        switch type {
        case .boolean: return .boolean(chance(50))
        case .integer: return .integer(pick([.min, .max, 0, -1, 45, Int64.random(in: .min ... .max, using: &random)]))
        case .float: return .float(double())
        case .decimal:
            if chance(20) { return .decimal(exponent: 0, mantissa: .int64(0)) }
            if chance(30) {
                // A 9- to 16-byte mantissa that is minimal and not a multiple of ten.
                while true {
                    let count = Int.random(in: 9...16, using: &random)
                    var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
                    bytes[0] =
                        chance(50)
                        ? UInt8.random(in: 0x01...0x7F, using: &random) : UInt8.random(in: 0x80...0xFE, using: &random)
                    let candidate = Value.decimal(
                        exponent: Int64.random(in: -20...20, using: &random),
                        mantissa: .big(bytes)
                    )
                    if WireRules.problem(with: candidate) == nil { return candidate }
                }
            }
            var mantissa = Int64.random(in: -1_000_000_000...1_000_000_000, using: &random)
            if mantissa % 10 == 0 { mantissa += 1 }
            return .decimal(exponent: Int64.random(in: -30...30, using: &random), mantissa: .int64(mantissa))
        case .text:
            return .text(pick(["", "Hello", "Ünïcödé ✓ 日本語 🚀", "a\u{0301}", "line\nbreak", "https://example.com/l1"]))
        case .bytes:
            return .bytes(
                (0..<Int.random(in: 0...20, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            )
        case .date:
            return .date(days: pick([-719_162, -1, 0, 19797, .min, .max]), offsetMinutes: pick([-1440, 0, 60, 1440]))
        case .time: return .time(microseconds: pick([0, 1, 86_399_999_999]), offsetMinutes: pick([-1440, 0, 330]))
        case .datetime: return .datetime(microseconds: pick([.min, -1, 0, .max]), offsetMinutes: pick([0, -300]))
        case .schedule: return .schedule("BEGIN:VEVENT\nDTSTART:20240315T090000Z\nEND:VEVENT")
        case .point:
            return .point(
                latitude: double(range: -90...90),
                longitude: double(range: -180...180),
                altitude: chance(50) ? double() : nil
            )
        case .rect:
            return .rect(
                minLatitude: double(range: -90...90),
                minLongitude: double(range: -180...180),
                maxLatitude: double(range: -90...90),
                maxLongitude: double(range: -180...180)
            )
        case .embedding:
            let subtype = pick(Value.Embedding.Subtype.allCases)
            let dimensions = Int.random(in: 0...10, using: &random)
            let count = Value.Embedding.byteCount(subtype: subtype, dimensions: dimensions)
            return .embedding(
                .init(
                    subtype: subtype,
                    dimensions: dimensions,
                    data: (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
                )
            )
        }
    }
}

extension Edit {
    /// The same edit with the values inside each op shuffled (op order is kept).
    func shufflingValues(using random: inout SeededGenerator) -> Edit {
        var copy = self
        copy.ops = ops.map { op in
            switch op {
            case .createEntity(var create):
                create.values.shuffle(using: &random)
                return .createEntity(create)
            case .updateEntity(var update):
                update.set?.shuffle(using: &random)
                update.unset?.shuffle(using: &random)
                return .updateEntity(update)
            default: return op
            }
        }
        copy.authors.shuffle(using: &random)
        return copy
    }
}
