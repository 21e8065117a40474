/// Writes an ``Edit`` as GRC-20 v2 bytes ("GRC2", version 0), in fast or canonical mode.
///
/// Two passes, as research 3.9 describes: collect every referenced id into its dictionary
/// (sorted in canonical mode), then emit the header, dictionaries, contexts and ops.
package struct EditEncoder: Sendable {
    /// Fast mode interns in order of first use (geo-sdk's default); canonical mode sorts.
    package enum Mode: Sendable, Hashable {
        case fast
        case canonical
    }

    package var mode: Mode

    package init(mode: Mode = .canonical) {
        self.mode = mode
    }

    /// The edit's bytes.
    /// - Throws: ``EncodeError`` when the edit breaks a rule a decoder would reject.
    package func encode(_ edit: Edit) throws(EncodeError) -> [UInt8] {
        var state = try State(edit: edit, mode: mode)
        return try state.write(edit)
    }

    /// The dictionaries the encoder would write for an edit.
    package func dictionaries(of edit: Edit) throws(EncodeError) -> Dictionaries {
        try State(edit: edit, mode: mode).dictionaries
    }
}

// MARK: - Encoding state

extension EditEncoder {
    private struct State {
        let mode: Mode
        var properties = Interner()
        var dataTypes: [GeoID: DataType] = [:]
        var relationTypes = Interner()
        var languages = Interner()
        var units = Interner()
        var objects = Interner()
        var contextIDs = Interner()
        var contexts: [Context] = []
        var contextIndex: [Context: Int] = [:]
        /// The UTF-8 bytes of the TEXT values seen, so the output buffer is sized once.
        var textBytes = 0

        init(edit: Edit, mode: Mode) throws(EncodeError) {
            self.mode = mode
            for (index, op) in edit.ops.enumerated() { try collect(op, at: index) }
            if mode == .canonical {
                properties.sort()
                relationTypes.sort()
                languages.sort()
                units.sort()
                objects.sort()
                contextIDs.sort()
            }
        }

        var dictionaries: Dictionaries {
            var result = Dictionaries()
            result.properties = properties.ids
            result.dataTypes = properties.ids.map { dataTypes[$0] ?? .text }
            result.relationTypes = relationTypes.ids
            result.languages = languages.ids
            result.units = units.ids
            result.objects = objects.ids
            result.contextIDs = contextIDs.ids
            result.contexts = contexts
            return result
        }

        // MARK: Pass 1: collect

        private mutating func declare(_ property: GeoID, _ type: DataType, op: Int) throws(EncodeError) {
            if let existing = dataTypes[property] {
                guard existing == type else { throw .propertyTypeConflict(property, existing, type, op: op) }
            } else {
                dataTypes[property] = type
            }
            properties.add(property)
        }

        private mutating func collect(_ value: PropertyValue, op: Int) throws(EncodeError) {
            if case .text(let text) = value.value { textBytes += text.utf8.count }
            if let problem = WireRules.problem(with: value.value) { throw .invalidValue(op: op, problem) }
            let type = value.value.dataType
            try declare(value.property, type, op: op)
            if let language = value.language {
                guard type.hasLanguage else { throw .languageOnNonText(op: op, value.property) }
                languages.add(language)
            }
            if let unit = value.unit {
                guard type.hasUnit else { throw .unitOnUnitless(op: op, value.property) }
                units.add(unit)
            }
        }

        private mutating func collect(_ context: Context?) {
            guard let context, contextIndex[context] == nil else { return }
            contextIDs.add(context.root)
            for edge in context.edges {
                relationTypes.add(edge.type)
                contextIDs.add(edge.to)
            }
            contextIndex[context] = contexts.count
            contexts.append(context)
        }

        private mutating func collect(_ op: Op, at index: Int) throws(EncodeError) {
            switch op {
            case .createEntity(let create):
                for value in create.values { try collect(value, op: index) }
                try checkDuplicates(create.values, op: index)
                collect(create.context)
            case .updateEntity(let update):
                objects.add(update.id)
                for value in update.set ?? [] { try collect(value, op: index) }
                try checkDuplicates(update.set ?? [], op: index)
                var unsetKeys = Set<UnsetKey>()
                for unset in update.unset ?? [] {
                    try declare(unset.property, unset.dataType, op: index)
                    switch unset.language {
                    case .all: break
                    case .standard, .specific:
                        guard unset.dataType == .text else { throw .languageOnNonText(op: index, unset.property) }
                    }
                    if case .specific(let language) = unset.language { languages.add(language) }
                    guard unsetKeys.insert(UnsetKey(unset)).inserted else {
                        throw .duplicateValue(op: index, unset.property)
                    }
                    for value in update.set ?? [] where value.property == unset.property {
                        if unset.language == .all || UnsetKey(unset) == UnsetKey(value) {
                            throw .setAndUnset(op: index, unset.property)
                        }
                    }
                }
                collect(update.context)
            case .deleteEntity(let id, let context), .restoreEntity(let id, let context),
                .deleteRelation(let id, let context), .restoreRelation(let id, let context):
                objects.add(id)
                collect(context)
            case .createRelation(let relation):
                if let position = relation.position, !WireRules.isValidPosition(position) {
                    throw .invalidPosition(op: index, position)
                }
                if relation.entity == relation.id { throw .entityIsRelation(op: index) }
                relationTypes.add(relation.type)
                if !relation.from.isValueRef { objects.add(relation.from.id) }
                if !relation.to.isValueRef { objects.add(relation.to.id) }
                collect(relation.context)
            case .updateRelation(let update):
                if let position = update.position, !WireRules.isValidPosition(position) {
                    throw .invalidPosition(op: index, position)
                }
                if !update.setFields.isDisjoint(with: update.unset) { throw .setAndUnset(op: index, update.id) }
                if update.unset.rawValue & ~0x1F != 0 { throw .reservedBits(op: index) }
                objects.add(update.id)
                collect(update.context)
            case .createValueRef(let reference):
                objects.add(reference.entity)
                try declare(reference.property, reference.dataType, op: index)
                if let language = reference.language {
                    guard reference.dataType == .text else { throw .languageOnNonText(op: index, reference.property) }
                    if case .specific(let id) = language { languages.add(id) }
                }
            }
        }

        /// A value slot: property and language, the key that must be unique in canonical mode.
        private struct UnsetKey: Hashable {
            var property: GeoID
            var language: UnsetValue.Language

            init(_ unset: UnsetValue) {
                property = unset.property
                language = unset.language
            }

            init(_ value: PropertyValue) {
                property = value.property
                language = value.language.map { .specific($0) } ?? .standard
            }
        }

        private func checkDuplicates(_ values: [PropertyValue], op: Int) throws(EncodeError) {
            guard mode == .canonical, values.count > 1 else { return }
            if values.count <= 16 {
                // A handful of values: comparing pairs is cheaper than hashing each into a set.
                for later in 1..<values.count {
                    for earlier in 0..<later
                    where values[earlier].property == values[later].property
                        && values[earlier].language == values[later].language
                    {
                        throw .duplicateValue(op: op, values[later].property)
                    }
                }
                return
            }
            var seen = Set<UnsetKey>()
            for value in values where !seen.insert(UnsetKey(value)).inserted {
                throw .duplicateValue(op: op, value.property)
            }
        }

        // MARK: Pass 2: write

        mutating func write(_ edit: Edit) throws(EncodeError) -> [UInt8] {
            var authors = edit.authors
            if mode == .canonical {
                authors.sort()
                for (previous, next) in zip(authors, authors.dropFirst()) where previous == next {
                    throw .duplicateAuthor(next)
                }
            }
            // Growing a buffer of megabytes copies it; reserve what the ops and dictionaries will need.
            let ids = properties.ids.count + relationTypes.ids.count + objects.ids.count + contextIDs.ids.count
            var out = ByteWriter(capacity: 256 + edit.name.utf8.count + edit.ops.count * 64 + ids * 17 + textBytes)
            out.raw([0x47, 0x52, 0x43, 0x32, 0x00])
            out.id(edit.id)
            out.string(edit.name)
            out.varint(authors.count)
            for author in authors { out.id(author) }
            out.signedVarint(edit.createdAt)

            out.varint(properties.ids.count)
            for property in properties.ids {
                out.id(property)
                out.byte(dataTypes[property]?.rawValue ?? DataType.text.rawValue)
            }
            for dictionary in [relationTypes, languages, units, objects, contextIDs] {
                out.varint(dictionary.ids.count)
                for id in dictionary.ids { out.id(id) }
            }
            out.varint(contexts.count)
            for context in contexts {
                out.varint(contextIDs[context.root] ?? 0)
                out.varint(context.edges.count)
                for edge in context.edges {
                    out.varint(relationTypes[edge.type] ?? 0)
                    out.varint(contextIDs[edge.to] ?? 0)
                }
            }
            out.varint(edit.ops.count)
            for op in edit.ops { write(op, to: &out) }
            return out.bytes
        }

        private func write(_ op: Op, to out: inout ByteWriter) {
            out.byte(op.code)
            switch op {
            case .createEntity(let create):
                out.id(create.id)
                write(create.values, to: &out)
                writeContext(create.context, to: &out)
            case .updateEntity(let update):
                out.varint(objects[update.id] ?? 0)
                out.byte((update.set == nil ? 0 : 1) | (update.unset == nil ? 0 : 2))
                if let set = update.set { write(set, to: &out) }
                if let unset = update.unset {
                    let entries = unset.map { ($0, properties[$0.property] ?? 0, languageIndex($0.language)) }
                    let ordered = mode == .canonical ? entries.sorted { ($0.1, $0.2) < ($1.1, $1.2) } : entries
                    out.varint(ordered.count)
                    for (_, property, language) in ordered {
                        out.varint(property)
                        out.varint(language)
                    }
                }
                writeContext(update.context, to: &out)
            case .deleteEntity(let id, let context), .restoreEntity(let id, let context),
                .deleteRelation(let id, let context), .restoreRelation(let id, let context):
                out.varint(objects[id] ?? 0)
                writeContext(context, to: &out)
            case .createRelation(let relation):
                write(relation, to: &out)
            case .updateRelation(let update):
                out.varint(objects[update.id] ?? 0)
                out.byte(update.setFields.rawValue)
                out.byte(update.unset.rawValue)
                for id in [update.fromSpace, update.fromVersion, update.toSpace, update.toVersion] {
                    if let id { out.id(id) }
                }
                if let position = update.position { out.string(position) }
                writeContext(update.context, to: &out)
            case .createValueRef(let reference):
                out.id(reference.id)
                out.varint(objects[reference.entity] ?? 0)
                out.varint(properties[reference.property] ?? 0)
                out.byte((reference.language == nil ? 0 : 1) | (reference.space == nil ? 0 : 2))
                switch reference.language {
                case nil: break
                case .standard: out.varint(0)
                case .specific(let id): out.varint((languages[id] ?? 0) + 1)
                }
                if let space = reference.space { out.id(space) }
            }
        }

        private func write(_ relation: Op.CreateRelation, to out: inout ByteWriter) {
            out.id(relation.id)
            out.varint(relationTypes[relation.type] ?? 0)
            var flags: UInt8 = 0
            if relation.fromSpace != nil { flags |= 1 << 0 }
            if relation.fromVersion != nil { flags |= 1 << 1 }
            if relation.toSpace != nil { flags |= 1 << 2 }
            if relation.toVersion != nil { flags |= 1 << 3 }
            if relation.entity != nil { flags |= 1 << 4 }
            if relation.position != nil { flags |= 1 << 5 }
            if relation.from.isValueRef { flags |= 1 << 6 }
            if relation.to.isValueRef { flags |= 1 << 7 }
            out.byte(flags)
            // Straight-line writes: array literals here would allocate for each of many relations.
            write(relation.from, to: &out)
            write(relation.to, to: &out)
            if let id = relation.fromSpace { out.id(id) }
            if let id = relation.fromVersion { out.id(id) }
            if let id = relation.toSpace { out.id(id) }
            if let id = relation.toVersion { out.id(id) }
            if let id = relation.entity { out.id(id) }
            if let position = relation.position { out.string(position) }
            writeContext(relation.context, to: &out)
        }

        private func write(_ endpoint: Op.Endpoint, to out: inout ByteWriter) {
            if endpoint.isValueRef { out.id(endpoint.id) } else { out.varint(objects[endpoint.id] ?? 0) }
        }

        private func write(_ values: [PropertyValue], to out: inout ByteWriter) {
            out.varint(values.count)
            guard mode == .canonical && values.count > 1 else {
                for value in values { write(value, to: &out) }
                return
            }
            // Canonical order is by (property index, language index); the collect pass made those unique.
            guard values.count <= 16 else {
                let keyed = values.map {
                    ($0, properties[$0.property] ?? 0, $0.language.map { (languages[$0] ?? 0) + 1 } ?? 0)
                }
                for (value, _, _) in keyed.sorted(by: { ($0.1, $0.2) < ($1.1, $1.2) }) { write(value, to: &out) }
                return
            }
            // An entity usually has a handful of values: an insertion sort on the stack avoids allocating.
            withUnsafeTemporaryAllocation(of: (key: UInt64, position: Int).self, capacity: values.count) { order in
                for (position, value) in values.enumerated() {
                    // Both indices are below 2^32 (WireRules.maximumCount), so one word holds the pair.
                    let property = UInt64(properties[value.property] ?? 0)
                    let language = UInt64(value.language.map { (languages[$0] ?? 0) + 1 } ?? 0)
                    let key = property << 32 | language
                    var slot = position
                    while slot > 0 && order[slot - 1].key > key {
                        order[slot] = order[slot - 1]
                        slot -= 1
                    }
                    order[slot] = (key, position)
                }
                for entry in order { write(values[entry.position], to: &out) }
            }
        }

        private func write(_ value: PropertyValue, to out: inout ByteWriter) {
            out.varint(properties[value.property] ?? 0)
            ValueCoding.write(value.value, to: &out)
            if value.value.dataType.hasLanguage { out.varint(value.language.map { (languages[$0] ?? 0) + 1 } ?? 0) }
            if value.value.dataType.hasUnit { out.varint(value.unit.map { (units[$0] ?? 0) + 1 } ?? 0) }
        }

        private func languageIndex(_ language: UnsetValue.Language) -> Int {
            switch language {
            case .all: Int(WireRules.noneSentinel)
            case .standard: 0
            case .specific(let id): (languages[id] ?? 0) + 1
            }
        }

        private func writeContext(_ context: Context?, to out: inout ByteWriter) {
            if let context, let index = contextIndex[context] {
                out.varint(index)
            } else {
                out.varint(WireRules.noneSentinel)
            }
        }
    }
}
