/// Renders edits for people: the `inspect` text and JSON forms and the export's JSON sidecar.
///
/// Ids are resolved to names where the edit itself names them (its Name values) or where
/// they are one of Geo's well-known ids, so a reader sees `Types -> Course`, not hex.
package struct EditDescription: Sendable {
    private var labels: [GeoID: String]

    /// Labels from Geo's well-known names, the given extra names, and the edit's own Name values.
    package init(edits: [Edit], labels extra: [GeoID: String] = [:]) {
        var labels = WellKnown.names
        for edit in edits {
            for op in edit.ops {
                guard case .createEntity(let create) = op else { continue }
                for value in create.values where value.property == WellKnown.name {
                    if case .text(let text) = value.value { labels[create.id] = text }
                }
            }
        }
        labels.merge(extra) { _, new in new }
        self.labels = labels
    }

    /// `name (hex)` when the id has a label, else the hex.
    package func label(_ id: GeoID) -> String {
        labels[id].map { "\($0) (\(id.hex))" } ?? id.hex
    }

    private func name(_ id: GeoID) -> JSON { labels[id].map { .string($0) } ?? .null }

    // MARK: Text

    /// The `inspect` text: header, dictionary sizes, then one line per op with its values indented.
    package func text(_ decoded: EditDecoder.Decoded) -> String {
        let edit = decoded.edit
        let dictionaries = decoded.dictionaries
        var lines: [String] = [
            "GRC-20 v2 edit \(edit.id.hex)\(decoded.wasCompressed ? " (GRC2Z)" : ""), version \(decoded.version), \(decoded.byteCount) bytes",
            "name: \(edit.name.isEmpty ? "(none)" : edit.name)",
            "authors: \(edit.authors.isEmpty ? "(none)" : edit.authors.map(\.hex).joined(separator: ", "))",
            "created_at: \(edit.createdAt)",
            "dictionaries: \(dictionaries.properties.count) properties, \(dictionaries.relationTypes.count) relation types, "
                + "\(dictionaries.languages.count) languages, \(dictionaries.units.count) units, "
                + "\(dictionaries.objects.count) objects, \(dictionaries.contextIDs.count) context ids, "
                + "\(dictionaries.contexts.count) contexts",
            "ops: \(edit.ops.count) (\(Self.opCounts(edit.ops).map { "\($0.key) \($0.value)" }.sorted().joined(separator: ", ")))",
        ]
        for (index, op) in edit.ops.enumerated() { lines.append(contentsOf: text(op, index: index)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func text(_ op: Op, index: Int) -> [String] {
        let head = "[\(index)] \(op.name)"
        switch op {
        case .createEntity(let create):
            return ["\(head) \(label(create.id))"] + create.values.map { "    \(text($0))" }
        case .updateEntity(let update):
            return ["\(head) \(label(update.id))"] + (update.set ?? []).map { "    set \(text($0))" }
                + (update.unset ?? []).map { "    unset \(label($0.property)) \(Self.text($0.language))" }
        case .deleteEntity(let id, _), .restoreEntity(let id, _), .deleteRelation(let id, _),
            .restoreRelation(let id, _):
            return ["\(head) \(label(id))"]
        case .createRelation(let relation):
            var line =
                "\(head) \(relation.id.hex): \(label(relation.from.id)) -[\(label(relation.type))]-> \(label(relation.to.id))"
            if let position = relation.position { line += " @\(position)" }
            if let entity = relation.entity { line += " entity \(entity.hex)" }
            return [line]
        case .updateRelation(let update):
            return ["\(head) \(label(update.id))" + (update.position.map { " position \($0)" } ?? "")]
        case .createValueRef(let reference):
            return ["\(head) \(reference.id.hex): \(label(reference.entity)) . \(label(reference.property))"]
        }
    }

    private func text(_ value: PropertyValue) -> String {
        var line = "\(label(value.property)) = \(Self.text(value.value))"
        if let language = value.language { line += " [\(labels[language] ?? language.hex)]" }
        if let unit = value.unit { line += " unit \(label(unit))" }
        return line
    }

    private static func text(_ language: UnsetValue.Language) -> String {
        switch language {
        case .all: "(all languages)"
        case .standard: "(default language)"
        case .specific(let id): "(\(WellKnown.names[id] ?? id.hex))"
        }
    }

    static func text(_ value: Value) -> String {
        switch value {
        case .text(let text), .schedule(let text): "\"\(text.replacingNewlines)\""
        case .boolean(let flag): String(flag)
        case .integer(let number): String(number)
        case .float(let number): String(number)
        case .decimal(let exponent, let mantissa):
            switch mantissa {
            case .int64(let number): "\(number)e\(exponent)"
            case .big(let bytes): "0x\(bytes.map { String($0, radix: 16) }.joined())e\(exponent)"
            }
        case .bytes(let bytes): "\(bytes.count) bytes"
        case .date(let days, let offset): "date \(days) days offset \(offset)"
        case .time(let micros, let offset): "time \(micros) µs offset \(offset)"
        case .datetime(let micros, let offset): "datetime \(micros) µs offset \(offset)"
        case .point(let latitude, let longitude, let altitude):
            "point \(latitude), \(longitude)" + (altitude.map { ", \($0)" } ?? "")
        case .rect(let a, let b, let c, let d): "rect \(a), \(b), \(c), \(d)"
        case .embedding(let embedding): "embedding \(embedding.subtype) × \(embedding.dimensions)"
        }
    }

    static func opCounts(_ ops: [Op]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for op in ops { counts[op.name, default: 0] += 1 }
        return counts
    }

    // MARK: JSON

    /// Every op with names resolved, plus the header and counts.
    package func json(_ edit: Edit, extra: [String: JSON] = [:]) -> JSON {
        var members: [String: JSON] = [
            "id": .string(edit.id.hex), "name": .string(edit.name), "createdAt": .int(edit.createdAt),
            "authors": .array(edit.authors.map { .string($0.hex) }),
            "opCounts": .object(Self.opCounts(edit.ops).mapValues { .int(Int64($0)) }),
            "ops": .array(edit.ops.map(json)),
        ]
        members.merge(extra) { _, new in new }
        return .object(members)
    }

    private func reference(_ id: GeoID) -> JSON { .object(["id": .string(id.hex), "name": name(id)]) }

    private func json(_ op: Op) -> JSON {
        var members: [String: JSON] = ["op": .string(op.name)]
        switch op {
        case .createEntity(let create):
            members["entity"] = reference(create.id)
            members["values"] = .array(create.values.map(json))
        case .updateEntity(let update):
            members["entity"] = reference(update.id)
            if let set = update.set { members["set"] = .array(set.map(json)) }
            if let unset = update.unset {
                members["unset"] = .array(
                    unset.map {
                        .object(["property": reference($0.property), "language": .string(Self.text($0.language))])
                    }
                )
            }
        case .deleteEntity(let id, _), .restoreEntity(let id, _):
            members["entity"] = reference(id)
        case .deleteRelation(let id, _), .restoreRelation(let id, _):
            members["relation"] = .string(id.hex)
        case .createRelation(let relation):
            members["relation"] = .string(relation.id.hex)
            members["type"] = reference(relation.type)
            members["from"] = reference(relation.from.id)
            members["to"] = reference(relation.to.id)
            if let entity = relation.entity { members["entity"] = .string(entity.hex) }
            if let position = relation.position { members["position"] = .string(position) }
        case .updateRelation(let update):
            members["relation"] = .string(update.id.hex)
            if let position = update.position { members["position"] = .string(position) }
        case .createValueRef(let reference_):
            members["id"] = .string(reference_.id.hex)
            members["entity"] = reference(reference_.entity)
            members["property"] = reference(reference_.property)
        }
        return .object(members)
    }

    private func json(_ value: PropertyValue) -> JSON {
        var members: [String: JSON] = [
            "property": reference(value.property), "type": .string(value.value.dataType.description),
        ]
        switch value.value {
        case .text(let text), .schedule(let text): members["value"] = .string(text)
        case .integer(let number): members["value"] = .int(number)
        case .boolean(let flag): members["value"] = .bool(flag)
        case .float(let number): members["value"] = .double(number)
        default: members["value"] = .string(Self.text(value.value))
        }
        if let language = value.language { members["language"] = .string(language.hex) }
        if let unit = value.unit { members["unit"] = .string(unit.hex) }
        return .object(members)
    }
}

extension String {
    /// The text with line breaks shown as `\n`, for one-line output.
    fileprivate var replacingNewlines: String {
        var result = ""
        for character in self { result += character == "\n" ? "\\n" : String(character) }
        return result
    }
}
