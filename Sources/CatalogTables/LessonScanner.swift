import CatalogModel

/// A strict, fast pass over the raw rows of a large `lessons.csv` that confirms a clean table
/// without building a value per lesson.
///
/// It vouches for a row only when every lesson rule would pass it, and it is stricter than the
/// rules wherever that keeps it simple: any quoting fault, line break, edge or doubled space,
/// control character, `http://` address, alias or unusual number makes it give up, and the
/// caller then reads and checks the catalog in full, which finds and places every problem.
/// Giving up costs time, never a finding. Rows are read in parts side by side; a part passes
/// only when its last row ends exactly where the next part starts, so a cut inside a quoted
/// cell fails instead of misreading.
package enum LessonScanner {
    /// What a column is checked as.
    enum ColumnRole: Sendable {
        case id, course, order, title, url, description, topics, format, people, minutes, level, access
        /// A column with no rule beyond the spacing of its text (module, objectives, terms) or
        /// none at all (unknown columns); both get the strict spacing check.
        case text
    }

    /// The role of each column of a header; a field named twice counts where it first stands,
    /// as the reader does.
    struct Columns: Sendable {
        var roles: [ColumnRole]
        // The 0-based column of each field with a rule, or -1 when the header lacks it.
        var id = -1, course = -1, order = -1, title = -1, url = -1, description = -1, topics = -1
        var format = -1, people = -1, minutes = -1, level = -1, access = -1

        init(layout: TableLayout) {
            roles = Array(repeating: .text, count: layout.columns.count)
            func place(_ field: String, _ role: ColumnRole) -> Int {
                guard let column = layout.column(of: field) else { return -1 }
                roles[column - 1] = role
                return column - 1
            }
            id = place("id", .id)
            course = place("course", .course)
            order = place("order", .order)
            title = place("title", .title)
            url = place("url", .url)
            description = place("description", .description)
            topics = place("topics", .topics)
            format = place("format", .format)
            people = place("people", .people)
            minutes = place("minutes", .minutes)
            level = place("level", .level)
            access = place("access", .access)
        }
    }

    /// A string of the rows by its hash and place, to be checked for duplicates after the scan.
    struct Key: Sendable {
        var hash: UInt64
        // 32-bit offsets (tables refuse larger files) keep a key at sixteen bytes.
        var start: UInt32
        var count: UInt32

        init(hash: UInt64, _ range: Range<Int>) {
            self.hash = hash
            start = UInt32(truncatingIfNeeded: range.lowerBound)
            count = UInt32(truncatingIfNeeded: range.count)
        }

        var range: Range<Int> { Int(start)..<(Int(start) + Int(count)) }
    }

    /// One course's lessons as met in file order within a part.
    struct Run: Sendable {
        var first = 0
        var last = 0
        /// Indexes into the part's topics table, each once.
        var topics: [Int] = []
    }

    /// What one part of the rows showed.
    struct Part: Sendable {
        var passes = true
        var rows = 0
        /// The ids and addresses of the rows by shard (see `shard(of:_:)`), deduplicated across
        /// all parts afterwards.
        var ids: [[Key]]
        var urls: [[Key]]
        /// Course value -> index into `runs`.
        var courses = ByteStringTable(expected: 256)
        var runs: [Run] = []
        /// Topic value -> its index in this part.
        var topics = ByteStringTable(expected: 64)
        var people = ByteStringTable(expected: 64)

        init(expectedRows: Int, shards: Int) {
            var keys: [Key] = []
            keys.reserveCapacity(expectedRows / shards + 16)
            ids = Array(repeating: keys, count: shards)
            urls = ids
        }
    }

    /// The shard of a hash, from bits the tables' slots do not use first.
    static func shard(of hash: UInt64, _ shards: Int) -> Int {
        Int((hash >> 40) % UInt64(shards))
    }

    /// The digest of a whole table given as bytes (header included), read in `parts` parts:
    /// the screen of a catalog that has nothing but this table.
    package static func digest(of bytes: [UInt8], parts: Int = 2) -> LessonDigest {
        screen([.lessons: bytes], folder: "", parts: parts)?.lessons ?? .failed
    }

    /// Where the header row ends (the offset after its line end); nil when it holds a quote
    /// (a quoted header is legal but rare: the full reader handles it) or has no line end.
    static func headerEnd(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "\""): return nil
            case UInt8(ascii: "\n"): return index + 1
            default: continue
            }
        }
        return nil
    }

    /// The layout of the header line `bytes[..<end]`, read as the full reader reads it.
    static func layout(ofHeader bytes: UnsafeBufferPointer<UInt8>, end: Int) -> TableLayout {
        let header = Array(bytes[0..<end])
        var layout = TableLayout(file: "", table: .lessons, columns: [])
        _ = CSVParser.parse(header, file: "") { row in
            layout = TableRows(header: row, table: .lessons, file: "").layout
        }
        return layout
    }

    /// The rows after `start` cut into up to `parts` ranges, each cut just after a line feed.
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, parts: Int) -> [Range<Int>] {
        let size = bytes.count - start
        guard parts > 1, size > 1 << 16 else { return [start..<bytes.count] }
        var ranges: [Range<Int>] = []
        var lower = start
        for part in 1..<parts {
            var cut = start + size * part / parts
            while cut < bytes.count, bytes[cut - 1] != UInt8(ascii: "\n") { cut += 1 }
            guard cut > lower, cut < bytes.count else { continue }
            ranges.append(lower..<cut)
            lower = cut
        }
        ranges.append(lower..<bytes.count)
        return ranges
    }
}
