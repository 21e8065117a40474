/// Reads GRC-20 v2 bytes strictly: every rule of research 3.10, failing at the first violation.
///
/// Accepts version 0 (what the TypeScript codec writes) and 1 (the Rust codec), and the
/// `GRC2Z` wrapper when its zstd frame holds only raw or RLE blocks (see ``ZstdFrame``).
package struct EditDecoder: Sendable {
    package var limits: DecodeLimits

    package init(limits: DecodeLimits = .standard) {
        self.limits = limits
    }

    /// The edit the bytes hold.
    /// - Throws: ``DecodeError`` with the offset of the first violation.
    package func decode(_ bytes: [UInt8]) throws(DecodeError) -> Edit {
        try decodeDetailed(bytes).edit
    }

    /// The edit with what only the bytes show: the dictionaries, version and wrapper.
    package func decodeDetailed(_ bytes: [UInt8]) throws(DecodeError) -> Decoded {
        let compressed = Array("GRC2Z".utf8)
        if bytes.count >= 5 && Array(bytes[0..<5]) == compressed {
            let payload = try ZstdFrame.unwrap(bytes, limits: limits)
            do {
                var decoded = try decodePlain(payload)
                decoded.wasCompressed = true
                return decoded
            } catch {
                // Offsets inside the payload refer to the decompressed bytes; say so.
                throw DecodeError(
                    offset: error.offset,
                    reason: .compression("in the decompressed payload: \(error.reason)")
                )
            }
        }
        return try decodePlain(bytes)
    }

    /// What a decode reveals beyond the logical edit.
    package struct Decoded: Hashable, Sendable {
        package var edit: Edit
        package var dictionaries: Dictionaries
        package var version: UInt8
        package var wasCompressed: Bool
        package var byteCount: Int
    }

    private func decodePlain(_ bytes: [UInt8]) throws(DecodeError) -> Decoded {
        guard bytes.count <= limits.maximumEditBytes else {
            throw DecodeError(
                offset: 0,
                reason: .limitExceeded("edit size", UInt64(bytes.count), limits.maximumEditBytes)
            )
        }
        var reader = ByteReader(bytes, limits: limits)
        let magic = Array(bytes.prefix(4))
        guard magic == [0x47, 0x52, 0x43, 0x32] else { throw reader.fail(.badMagic(magic)) }
        _ = try reader.raw(4, "magic")
        let version = try reader.byte("version")
        guard version <= 1 else { throw reader.fail(.unsupportedVersion(version), at: 4) }

        let id = try reader.id("edit id")
        let name = try reader.string("edit name")
        let authorCount = try reader.count("author count", limit: limits.maximumAuthors)
        var authors: [GeoID] = []
        authors.reserveCapacity(authorCount)
        for _ in 0..<authorCount { authors.append(try reader.id("author")) }
        let createdAt = try reader.signedVarint("created_at")

        var dictionaries = Dictionaries()
        let propertyCount = try reader.count("property count", limit: limits.maximumDictionaryEntries)
        var seen = Set<GeoID>()
        for _ in 0..<propertyCount {
            let at = reader.offset
            let property = try reader.id("property id")
            guard seen.insert(property).inserted else {
                throw reader.fail(.duplicateEntry("properties", property), at: at)
            }
            let code = try reader.byte("data type")
            guard let type = DataType(rawValue: code) else {
                throw reader.fail(.unknownDataType(code), at: reader.offset - 1)
            }
            dictionaries.properties.append(property)
            dictionaries.dataTypes.append(type)
        }
        dictionaries.relationTypes = try readDictionary("relation_type_ids", &reader)
        dictionaries.languages = try readDictionary("language_ids", &reader)
        dictionaries.units = try readDictionary("unit_ids", &reader)
        dictionaries.objects = try readDictionary("object_ids", &reader)
        dictionaries.contextIDs = try readDictionary("context_ids", &reader)

        let contextCount = try reader.count("context count", limit: limits.maximumDictionaryEntries)
        for _ in 0..<contextCount {
            let root = try reader.index("context root", bound: dictionaries.contextIDs.count)
            let edgeCount = try reader.count("context edge count", limit: limits.maximumDictionaryEntries)
            var edges: [Context.Edge] = []
            for _ in 0..<edgeCount {
                let type = try reader.index("context edge type", bound: dictionaries.relationTypes.count)
                let to = try reader.index("context edge target", bound: dictionaries.contextIDs.count)
                edges.append(Context.Edge(type: dictionaries.relationTypes[type], to: dictionaries.contextIDs[to]))
            }
            dictionaries.contexts.append(Context(root: dictionaries.contextIDs[root], edges: edges))
        }

        let opCount = try reader.count("op count", limit: limits.maximumOps)
        var ops: [Op] = []
        ops.reserveCapacity(opCount)
        let opReader = OpReader(dictionaries: dictionaries)
        for _ in 0..<opCount { ops.append(try opReader.read(from: &reader)) }
        guard reader.isAtEnd else { throw reader.fail(.trailingBytes(bytes.count - reader.offset)) }

        let edit = Edit(id: id, name: name, authors: authors, createdAt: createdAt, ops: ops)
        return Decoded(
            edit: edit,
            dictionaries: dictionaries,
            version: version,
            wasCompressed: false,
            byteCount: bytes.count
        )
    }

    private func readDictionary(_ what: String, _ reader: inout ByteReader) throws(DecodeError) -> [GeoID] {
        let count = try reader.count("\(what) count", limit: limits.maximumDictionaryEntries)
        var ids: [GeoID] = []
        ids.reserveCapacity(count)
        var seen = Set<GeoID>(minimumCapacity: count)
        for _ in 0..<count {
            let at = reader.offset
            let id = try reader.id(what)
            guard seen.insert(id).inserted else { throw reader.fail(.duplicateEntry(what, id), at: at) }
            ids.append(id)
        }
        return ids
    }
}

// MARK: - Ops

/// Reads ops against the dictionaries of one edit.
private struct OpReader {
    let dictionaries: Dictionaries

    func read(from reader: inout ByteReader) throws(DecodeError) -> Op {
        let start = reader.offset
        let code = try reader.byte("op type")
        switch code {
        case 1:
            let id = try reader.id("entity id")
            let values = try readValues("values", &reader)
            return .createEntity(Op.CreateEntity(id: id, values: values, context: try context(&reader)))
        case 2:
            let id = try object("entity", &reader)
            let flags = try reader.byte("UpdateEntity flags")
            guard flags & ~0x03 == 0 else {
                throw reader.fail(.reservedBits("UpdateEntity flags", flags), at: reader.offset - 1)
            }
            let set = flags & 1 != 0 ? try readValues("set", &reader) : nil
            var unset: [UnsetValue]?
            if flags & 2 != 0 {
                let count = try reader.count("unset count", limit: reader.limits.maximumValuesPerEntity)
                var list: [UnsetValue] = []
                for _ in 0..<count {
                    let at = reader.offset
                    let property = try reader.index("unset property", bound: dictionaries.properties.count)
                    let type = dictionaries.dataTypes[property]
                    let languageAt = reader.offset
                    let raw = try reader.varint("unset language")
                    let language: UnsetValue.Language
                    if raw == WireRules.noneSentinel {
                        language = .all
                    } else {
                        guard type == .text else { throw reader.fail(.languageOnNonText("unset"), at: languageAt) }
                        if raw == 0 {
                            language = .standard
                        } else {
                            guard raw <= UInt64(dictionaries.languages.count) else {
                                throw reader.fail(
                                    .indexOutOfRange("unset language", raw, dictionaries.languages.count + 1),
                                    at: languageAt
                                )
                            }
                            language = .specific(dictionaries.languages[Int(raw) - 1])
                        }
                    }
                    let entry = UnsetValue(
                        property: dictionaries.properties[property],
                        language: language,
                        dataType: type
                    )
                    for value in set ?? [] where value.property == entry.property {
                        let slot: UnsetValue.Language = value.language.map { .specific($0) } ?? .standard
                        if language == .all || language == slot {
                            throw reader.fail(.setAndUnset("property \(entry.property)"), at: at)
                        }
                    }
                    list.append(entry)
                }
                unset = list
            }
            return .updateEntity(Op.UpdateEntity(id: id, set: set, unset: unset, context: try context(&reader)))
        case 3: return .deleteEntity(id: try object("entity", &reader), context: try context(&reader))
        case 4: return .restoreEntity(id: try object("entity", &reader), context: try context(&reader))
        case 5: return .createRelation(try readRelation(&reader))
        case 6:
            let id = try object("relation", &reader)
            let setFlags = try reader.byte("UpdateRelation set flags")
            guard setFlags & ~0x1F == 0 else {
                throw reader.fail(.reservedBits("UpdateRelation set flags", setFlags), at: reader.offset - 1)
            }
            let unsetFlags = try reader.byte("UpdateRelation unset flags")
            guard unsetFlags & ~0x1F == 0 else {
                throw reader.fail(.reservedBits("UpdateRelation unset flags", unsetFlags), at: reader.offset - 1)
            }
            guard setFlags & unsetFlags == 0 else {
                throw reader.fail(.setAndUnset("relation field"), at: reader.offset - 1)
            }
            var update = Op.UpdateRelation(id: id, unset: Op.UpdateRelation.Fields(rawValue: unsetFlags))
            if setFlags & 0x01 != 0 { update.fromSpace = try reader.id("from_space") }
            if setFlags & 0x02 != 0 { update.fromVersion = try reader.id("from_version") }
            if setFlags & 0x04 != 0 { update.toSpace = try reader.id("to_space") }
            if setFlags & 0x08 != 0 { update.toVersion = try reader.id("to_version") }
            if setFlags & 0x10 != 0 { update.position = try position(&reader) }
            update.context = try context(&reader)
            return .updateRelation(update)
        case 7: return .deleteRelation(id: try object("relation", &reader), context: try context(&reader))
        case 8: return .restoreRelation(id: try object("relation", &reader), context: try context(&reader))
        case 9:
            let id = try reader.id("value ref id")
            let entity = try object("value ref entity", &reader)
            let property = try reader.index("value ref property", bound: dictionaries.properties.count)
            let type = dictionaries.dataTypes[property]
            let flags = try reader.byte("CreateValueRef flags")
            guard flags & ~0x03 == 0 else {
                throw reader.fail(.reservedBits("CreateValueRef flags", flags), at: reader.offset - 1)
            }
            var reference = Op.CreateValueRef(
                id: id,
                entity: entity,
                property: dictionaries.properties[property],
                dataType: type
            )
            if flags & 1 != 0 {
                guard type == .text else {
                    throw reader.fail(.languageOnNonText("CreateValueRef"), at: reader.offset - 1)
                }
                let language = try reader.index("value ref language", bound: dictionaries.languages.count + 1)
                reference.language = language == 0 ? .standard : .specific(dictionaries.languages[language - 1])
            }
            if flags & 2 != 0 { reference.space = try reader.id("value ref space") }
            return .createValueRef(reference)
        default:
            throw reader.fail(.unknownOpType(code), at: start)
        }
    }

    private func readRelation(_ reader: inout ByteReader) throws(DecodeError) -> Op.CreateRelation {
        let id = try reader.id("relation id")
        let type = try reader.index("relation type", bound: dictionaries.relationTypes.count)
        let flags = try reader.byte("CreateRelation flags")
        let from =
            flags & 0x40 != 0
            ? Op.Endpoint(try reader.id("from"), isValueRef: true) : Op.Endpoint(try object("from", &reader))
        let to =
            flags & 0x80 != 0
            ? Op.Endpoint(try reader.id("to"), isValueRef: true) : Op.Endpoint(try object("to", &reader))
        var relation = Op.CreateRelation(id: id, type: dictionaries.relationTypes[type], from: from, to: to)
        if flags & 0x01 != 0 { relation.fromSpace = try reader.id("from_space") }
        if flags & 0x02 != 0 { relation.fromVersion = try reader.id("from_version") }
        if flags & 0x04 != 0 { relation.toSpace = try reader.id("to_space") }
        if flags & 0x08 != 0 { relation.toVersion = try reader.id("to_version") }
        if flags & 0x10 != 0 {
            let at = reader.offset
            let entity = try reader.id("relation entity")
            guard entity != id else { throw reader.fail(.entityIsRelation(id), at: at) }
            relation.entity = entity
        }
        if flags & 0x20 != 0 { relation.position = try position(&reader) }
        relation.context = try context(&reader)
        return relation
    }

    private func readValues(_ what: String, _ reader: inout ByteReader) throws(DecodeError) -> [PropertyValue] {
        let count = try reader.count("\(what) count", limit: reader.limits.maximumValuesPerEntity)
        var values: [PropertyValue] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            let property = try reader.index("value property", bound: dictionaries.properties.count)
            let type = dictionaries.dataTypes[property]
            var value = PropertyValue(
                property: dictionaries.properties[property],
                value: try ValueCoding.read(type, from: &reader)
            )
            if type.hasLanguage {
                let language = try reader.index("value language", bound: dictionaries.languages.count + 1)
                if language > 0 { value.language = dictionaries.languages[language - 1] }
            }
            if type.hasUnit {
                let unit = try reader.index("value unit", bound: dictionaries.units.count + 1)
                if unit > 0 { value.unit = dictionaries.units[unit - 1] }
            }
            values.append(value)
        }
        return values
    }

    private func object(_ what: String, _ reader: inout ByteReader) throws(DecodeError) -> GeoID {
        dictionaries.objects[try reader.index("\(what) object", bound: dictionaries.objects.count)]
    }

    private func position(_ reader: inout ByteReader) throws(DecodeError) -> String {
        let at = reader.offset
        let text = try reader.string("position")
        guard WireRules.isValidPosition(text) else { throw reader.fail(.invalidPosition(text), at: at) }
        return text
    }

    private func context(_ reader: inout ByteReader) throws(DecodeError) -> Context? {
        let at = reader.offset
        let raw = try reader.varint("context ref")
        if raw == WireRules.noneSentinel { return nil }
        guard raw < UInt64(dictionaries.contexts.count) else {
            throw reader.fail(.indexOutOfRange("context", raw, dictionaries.contexts.count), at: at)
        }
        return dictionaries.contexts[Int(raw)]
    }
}
