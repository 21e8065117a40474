import CatalogModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LessonScanner {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")

    /// Reads the rows of `range`, which starts where a row starts; stops at the first row it
    /// cannot vouch for.
    static func scan(_ pinned: PinnedBytes, _ range: Range<Int>, _ columns: Columns, shards: Int) -> Part {
        let bytes = pinned.buffer
        var part = Part(expectedRows: range.count / 256 + 16, shards: max(1, shards))
        guard let base = bytes.baseAddress, range.upperBound <= bytes.count else {
            part.passes = false
            return part
        }
        let width = columns.roles.count
        // Where each cell of the current row lies; raw buffers, as this runs for every cell.
        let starts = UnsafeMutableBufferPointer<Int>.allocate(capacity: width + 1)
        let ends = UnsafeMutableBufferPointer<Int>.allocate(capacity: width + 1)
        let escaped = UnsafeMutableBufferPointer<Bool>.allocate(capacity: width + 1)
        // Whether a cell may hold something other than printable ASCII in single spaces.
        let suspect = UnsafeMutableBufferPointer<Bool>.allocate(capacity: width + 1)
        defer {
            starts.deallocate()
            ends.deallocate()
            escaped.deallocate()
            suspect.deallocate()
        }
        let known = KnownWords()
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            var column = 0
            var rowEnded = false
            while !rowEnded {
                guard column < width else { return failed(part) }
                escaped[column] = false
                suspect[column] = false
                if index < end, base[index] == quote {
                    suspect[column] = true
                    index += 1
                    starts[column] = index
                    while true {
                        guard index < end else { return failed(part) }
                        if base[index] == quote {
                            guard index + 1 < end, base[index + 1] == quote else { break }
                            escaped[column] = true
                            index += 2
                            continue
                        }
                        index += 1
                    }
                    ends[column] = index
                    index += 1
                } else {
                    starts[column] = index
                    index = nextStop(base, from: index, end: end, suspect: &suspect[column])
                    ends[column] = index
                    if index < end, base[index] == quote { return failed(part) }
                }
                column += 1
                if index >= end {
                    rowEnded = true
                } else if base[index] == comma {
                    index += 1
                    // A comma that ends the range leaves one empty last cell.
                    if index == end {
                        guard column < width else { return failed(part) }
                        starts[column] = index
                        ends[column] = index
                        escaped[column] = false
                        suspect[column] = false
                        column += 1
                        rowEnded = true
                    }
                } else if base[index] == lineFeed {
                    index += 1
                    rowEnded = true
                } else if base[index] == carriageReturn, index + 1 < end, base[index + 1] == lineFeed {
                    index += 2
                    rowEnded = true
                } else {
                    return failed(part)
                }
            }
            guard column == width,
                check(row: bytes, starts, ends, escaped, suspect, columns, known, &part)
            else { return failed(part) }
            part.rows += 1
        }
        return part
    }

    private static func failed(_ part: Part) -> Part {
        var part = part
        part.passes = false
        return part
    }

    /// The offset of the next comma, quote or control character (line ends among them) at or
    /// after `start`. Sets `suspect` when the bytes on the way may hold a non-ASCII byte or two
    /// spaces in a row, which ``isPlainText(_:_:)`` then looks at closely.
    @inline(__always)
    private static func nextStop(
        _ base: UnsafePointer<UInt8>,
        from start: Int,
        end: Int,
        suspect: inout Bool
    ) -> Int {
        var index = start
        let raw = UnsafeRawPointer(base)
        let commas = SIMD16<UInt8>(repeating: comma)
        let quotes = SIMD16<UInt8>(repeating: quote)
        let spaces = SIMD16<UInt8>(repeating: space)
        let lowest = SIMD16<UInt8>(repeating: 0x20)
        let highest = SIMD16<UInt8>(repeating: 0x7E)
        while index + 17 <= end {
            let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
            // Bytes past the stop may set `suspect` too: that only costs a closer look.
            if any((block .> highest) .| ((block .== spaces) .& (next .== spaces))) { suspect = true }
            let stops = (block .== commas) .| (block .== quotes) .| (block .< lowest)
            if any(stops) {
                #if _endian(little)
                // The first stop's lane from the lanes seen as two words (lane 0 is the low byte).
                let lanes = SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: stops)
                let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
                let lane =
                    halves[0] != 0 ? halves[0].trailingZeroBitCount >> 3 : 8 + (halves[1].trailingZeroBitCount >> 3)
                #else
                var lane = 0
                while !stops[lane] { lane += 1 }
                #endif
                return index + lane
            }
            index += 16
        }
        while index < end {
            let byte = base[index]
            if byte == comma || byte == quote || byte < 0x20 { return index }
            if byte > 0x7E || (byte == space && index + 1 < end && base[index + 1] == space) { suspect = true }
            index += 1
        }
        return index
    }

    /// Checks one row's cells; false when the row is not certainly clean.
    private static func check(
        row bytes: UnsafeBufferPointer<UInt8>,
        _ starts: UnsafeMutableBufferPointer<Int>,
        _ ends: UnsafeMutableBufferPointer<Int>,
        _ escaped: UnsafeMutableBufferPointer<Bool>,
        _ suspect: UnsafeMutableBufferPointer<Bool>,
        _ columns: Columns,
        _ known: KnownWords,
        _ part: inout Part
    ) -> Bool {
        for column in 0..<columns.roles.count {
            let cell = starts[column]..<ends[column]
            if suspect[column] {
                guard isPlainText(bytes, cell) else { return false }
            } else if !cell.isEmpty {
                guard bytes[cell.lowerBound] != space, bytes[cell.upperBound - 1] != space else { return false }
            }
            let role = columns.roles[column]
            // A doubled quote inside a value that is not free text would need unescaping.
            if escaped[column], role != .text, role != .title, role != .description { return false }
        }
        func cell(_ column: Int) -> Range<Int> {
            column < 0 ? 0..<0 : starts[column]..<ends[column]
        }
        // id: present, well formed, not seen before.
        let id = cell(columns.id)
        guard !id.isEmpty, Identifiers.isWellFormed(utf8: UnsafeBufferPointer(rebasing: bytes[id])) else {
            return false
        }
        let idHash = ByteStringTable.hash(id, in: bytes)
        part.ids[shard(of: idHash, part.ids.count)].append(Key(hash: idHash, id))
        // course and order: the course's lessons run 1, 2, 3, ... in file order.
        let course = cell(columns.course)
        guard !course.isEmpty, let order = wholeNumber(bytes, cell(columns.order)) else { return false }
        let run = part.courses.insert(course, value: part.runs.count, in: bytes)
        if run.inserted {
            part.runs.append(Run(first: order, last: order))
        } else {
            guard order == part.runs[run.value].last + 1 else { return false }
            part.runs[run.value].last = order
        }
        guard !cell(columns.title).isEmpty else { return false }
        // url: an https address the address rule accepts, without a query that could track,
        // not used by another lesson.
        let url = cell(columns.url)
        guard !url.isEmpty,
            isPlainHTTPS(bytes, url) || WebAddress.classify(bytes: UnsafeBufferPointer(rebasing: bytes[url])) == .https,
            !hasTracking(bytes, url)
        else { return false }
        let urlHash = ByteStringTable.hash(url, in: bytes)
        part.urls[shard(of: urlHash, part.urls.count)].append(Key(hash: urlHash, url))
        // description: present and short enough in bytes (a character count can only be smaller).
        let description = cell(columns.description)
        guard !description.isEmpty, description.count <= 280 else { return false }
        guard topics(bytes, cell(columns.topics), run: run.value, &part) else { return false }
        guard isEmptyOrKnown(bytes, cell(columns.format), known.formats),
            isEmptyOrKnown(bytes, cell(columns.level), known.levels),
            isEmptyOrKnown(bytes, cell(columns.access), known.access),
            people(bytes, cell(columns.people), known.roles, &part)
        else { return false }
        let minutes = cell(columns.minutes)
        return minutes.isEmpty || wholeNumber(bytes, minutes) != nil
    }

    /// Printable text in single spaces with nothing at its edges: no control character, tab or
    /// line break, no byte-order mark inside, valid UTF-8. Stricter than the spacing rule.
    private static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
        guard let first = cell.first, let base = bytes.baseAddress else { return true }
        guard base[first] != space, base[cell.upperBound - 1] != space else { return false }
        let raw = UnsafeRawPointer(base)
        var index = first
        var isASCII = true
        let spaces = SIMD16<UInt8>(repeating: space)
        let lowest = SIMD16<UInt8>(repeating: 0x20)
        let highest = SIMD16<UInt8>(repeating: 0x7E)
        // Sixteen bytes and the sixteen after each: a pair of spaces shows in both.
        while index + 17 <= cell.upperBound {
            let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
            if any((block .< lowest) .| (block .> highest) .| ((block .== spaces) .& (next .== spaces))) {
                break
            }
            index += 16
        }
        var previous: UInt8 = 0
        while index < cell.upperBound {
            let byte = base[index]
            if byte < 0x20 || byte == 0x7F || (byte == space && previous == space) { return false }
            if byte >= 0x80 { isASCII = false }
            previous = byte
            index += 1
        }
        guard !isASCII else { return true }
        // Only the part after the fast loop was looked at for non-ASCII bytes; validate it all.
        let text = UnsafeBufferPointer(rebasing: bytes[cell])
        guard String(validating: text, as: UTF8.self) != nil else { return false }
        // C1 controls (C2 80 to C2 9F) and a byte-order mark (EF BB BF) are control characters.
        for offset in text.indices.dropFirst() {
            let byte = text[offset]
            if text[offset - 1] == 0xC2, byte >= 0x80, byte <= 0x9F { return false }
            if byte == 0xBB, offset + 1 < text.count, text[offset - 1] == 0xEF, text[offset + 1] == 0xBF {
                return false
            }
        }
        return true
    }

    /// `https://` and a host of lower-case letters, digits, dots and hyphens, then a path, query
    /// or fragment without a space, or nothing: what most addresses look like, and a case the
    /// address rule calls https (no user, no port, nothing a host cannot have).
    private static func isPlainHTTPS(_ bytes: UnsafeBufferPointer<UInt8>, _ url: Range<Int>) -> Bool {
        let scheme: StaticString = "https://"
        guard url.count > scheme.utf8CodeUnitCount,
            memcmp(scheme.utf8Start, bytes.baseAddress! + url.lowerBound, scheme.utf8CodeUnitCount) == 0
        else { return false }
        let hostStart = url.lowerBound + scheme.utf8CodeUnitCount
        var index = hostStart
        while index < url.upperBound {
            switch bytes[index] {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."),
                UInt8(ascii: "-"):
                index += 1
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                // The rest may hold anything but a space (control characters were excluded before).
                return index > hostStart && !bytes[index..<url.upperBound].contains(space)
            default:
                return false
            }
        }
        return index > hostStart
    }

    /// Whether an address has a query with a tracking parameter (the address rule's own test).
    private static func hasTracking(_ bytes: UnsafeBufferPointer<UInt8>, _ url: Range<Int>) -> Bool {
        guard bytes[url].contains(UInt8(ascii: "?")) else { return false }
        return !WebAddress.trackingParameters(in: String(decoding: bytes[url], as: UTF8.self)).isEmpty
    }

    /// A whole number >= 1 written plainly (no sign, no leading zero, at most 9 digits).
    private static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Int? {
        guard !cell.isEmpty, cell.count <= 9, bytes[cell.lowerBound] != UInt8(ascii: "0") else { return nil }
        var number = 0
        for byte in bytes[cell] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number
    }

    /// The words of the closed vocabularies as bytes.
    struct KnownWords {
        let formats = LessonFormat.known.map { Array($0.rawValue.utf8) }
        let levels = Level.known.map { Array($0.rawValue.utf8) }
        let access = Access.known.map { Array($0.rawValue.utf8) }
        let roles = Role.known.map { Array($0.rawValue.utf8) }
    }

    private static func isEmptyOrKnown(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ cell: Range<Int>,
        _ known: [[UInt8]]
    ) -> Bool {
        guard !cell.isEmpty else { return true }
        for word in known where word.count == cell.count {
            if word.withUnsafeBufferPointer({
                memcmp($0.baseAddress!, bytes.baseAddress! + cell.lowerBound, cell.count)
            })
                == 0
            {
                return true
            }
        }
        return false
    }

    /// Calls `body` with each `;`-separated item of a cell (no array per cell: this runs for
    /// every row); false when an item is empty or has an edge space, or `body` says false.
    @inline(__always)
    private static func forEachItem(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ cell: Range<Int>,
        _ body: (Range<Int>) -> Bool
    ) -> Bool {
        var start = cell.lowerBound
        var index = cell.lowerBound
        while index <= cell.upperBound {
            if index == cell.upperBound || bytes[index] == UInt8(ascii: ";") {
                let item = start..<index
                guard !item.isEmpty, bytes[item.lowerBound] != space, bytes[item.upperBound - 1] != space,
                    body(item)
                else { return false }
                start = index + 1
            }
            index += 1
        }
        return true
    }

    /// topics: at least one, each recorded for the course (whether it names a topic is
    /// confirmed against topics.csv afterwards).
    private static func topics(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ cell: Range<Int>,
        run: Int,
        _ part: inout Part
    ) -> Bool {
        guard !cell.isEmpty else { return false }
        return forEachItem(bytes, cell) { item in
            let topic = part.topics.insert(item, value: part.topics.count, in: bytes).value
            if !part.runs[run].topics.contains(topic) { part.runs[run].topics.append(topic) }
            return true
        }
    }

    /// people: `person` or `person:role` items with a known role (whether the person exists is
    /// confirmed against people.csv afterwards).
    private static func people(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ cell: Range<Int>,
        _ roles: [[UInt8]],
        _ part: inout Part
    ) -> Bool {
        guard !cell.isEmpty else { return true }
        return forEachItem(bytes, cell) { item in
            var person = item
            if let colon = bytes[item].firstIndex(of: UInt8(ascii: ":")) {
                person = item.lowerBound..<colon
                let role = (colon + 1)..<item.upperBound
                guard !person.isEmpty, isEmptyOrKnown(bytes, role, roles), !role.isEmpty,
                    bytes[person.upperBound - 1] != space, bytes[role.lowerBound] != space
                else { return false }
            }
            _ = part.people.insert(person, value: part.people.count, in: bytes)
            return true
        }
    }
}
