import CatalogModel

/// An RFC 4180 reader that never fails: it returns every row it can build and a
/// `malformed-csv` diagnostic for each fault, with the physical line and field position.
///
/// Lenient where users expect it: a byte-order mark, CRLF or LF (or a lone CR) line ends,
/// spaces around a quoted cell, blank lines (skipped). An unterminated quote is reported on
/// the line where it opens and reading resumes on the next line, so the rest of the file is
/// still checked.
package enum CSVParser {
    /// Parses a whole file.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - file: the file's name as it should appear in diagnostics.
    /// - Complexity: O(n) in the number of bytes.
    package static func parse(_ bytes: [UInt8], file: String) -> CSVDocument {
        var rows: [CSVRow] = []
        var document = parse(bytes, file: file) { rows.append($0) }
        document.rows = rows
        return document
    }

    /// Parses a whole file and hands each row to `body` as soon as it is read, so a large
    /// table need not be held as rows and as model values at once. The returned document
    /// has no rows, only the diagnostics and what was noticed of the file.
    package static func parse(_ bytes: [UInt8], file: String, each body: (CSVRow) -> Void) -> CSVDocument {
        parse(bytes, range: 0..<bytes.count, firstLine: 1, file: file, each: body)
    }

    /// Parses the rows of one part of a file, which must start where a row starts (see
    /// ``CSVChunks``): `firstLine` is the physical line of `range.lowerBound`. A byte-order
    /// mark is looked for only at the start of the file: by default where `range` starts at 0,
    /// or as `atFileStart` says when the part was read into a buffer of its own.
    package static func parse(
        _ bytes: [UInt8],
        range: Range<Int>,
        firstLine: Int,
        atFileStart: Bool? = nil,
        file: String,
        each body: (CSVRow) -> Void
    ) -> CSVDocument {
        bytes.withUnsafeBufferPointer { buffer in
            var state = State(
                bytes: UnsafeBufferPointer(rebasing: buffer[range.clamped(to: 0..<buffer.count)]),
                file: file
            )
            state.line = firstLine
            state.isFileStart = atFileStart ?? (range.lowerBound == 0)
            state.run(body)
            return CSVDocument(
                rows: [],
                diagnostics: state.diagnostics,
                hadByteOrderMark: state.hadByteOrderMark,
                hadCarriageReturns: state.hadCarriageReturns
            )
        }
    }

    /// Parses text (already decoded), e.g. in tests.
    package static func parse(_ text: String, file: String) -> CSVDocument {
        parse(Array(text.utf8), file: file)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    private struct State {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        var index = 0
        var line = 1
        var rowWidth = 16
        var diagnostics: [Diagnostic] = []
        var hadByteOrderMark = false
        var hadCarriageReturns = false
        var isFileStart = true
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
            self.bytes = bytes
            self.file = file
        }

        mutating func run(_ emit: (CSVRow) -> Void) {
            if isFileStart, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                hadByteOrderMark = true
                index = 3
            }
            while index < bytes.count {
                if let row = readRow() { emit(row) }
            }
        }

        /// Consumes a line end at `index` if there is one; returns whether it did.
        mutating func consumeLineEnd() -> Bool {
            guard index < bytes.count else { return false }
            if bytes[index] == CSVParser.newline {
                index += 1
                line += 1
                return true
            }
            if bytes[index] == CSVParser.carriageReturn {
                index += 1
                if index < bytes.count, bytes[index] == CSVParser.newline {
                    index += 1
                    hadCarriageReturns = true
                }
                line += 1
                return true
            }
            return false
        }

        mutating func readRow() -> CSVRow? {
            let rowLine = line
            var cells: [String] = []
            cells.reserveCapacity(rowWidth)
            // Kept only for rows that span lines, which are rare.
            var cellLines: [Int32]?
            func append(_ text: String, line cellLine: Int) {
                if cellLine != rowLine, cellLines == nil {
                    cellLines = [Int32](repeating: Int32(rowLine), count: cells.count)
                }
                cells.append(text)
                cellLines?.append(Int32(cellLine))
            }
            while true {
                let cellLine = line
                let outcome = readCell(column: cells.count + 1)
                append(outcome.text, line: cellLine)
                if outcome.abandonedRow { break }
                if index >= bytes.count { break }
                if bytes[index] == CSVParser.comma {
                    index += 1
                    if index >= bytes.count {
                        append("", line: line)
                        break
                    }
                    continue
                }
                if consumeLineEnd() { break }
            }
            // A blank line is no record.
            if cells.count == 1, cells[0].isEmpty { return nil }
            rowWidth = cells.count
            return CSVRow(line: rowLine, cells: cells, cellLines: cellLines)
        }

        struct CellOutcome {
            var text: String
            var abandonedRow = false
        }

        mutating func readCell(column: Int) -> CellOutcome {
            let start = index
            // Spaces before an opening quote are not part of the cell.
            var probe = index
            while probe < bytes.count, bytes[probe] == CSVParser.space || bytes[probe] == CSVParser.tab { probe += 1 }
            if probe < bytes.count, bytes[probe] == CSVParser.quote {
                index = probe
                return readQuotedCell(column: column)
            }
            var sawQuote = false
            // Every byte passes here once: note on the way whether the cell is ASCII, which
            // needs no UTF-8 validation.
            var combined: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == CSVParser.comma || byte == CSVParser.newline || byte == CSVParser.carriageReturn { break }
                if byte == CSVParser.quote { sawQuote = true }
                combined |= byte
                index += 1
            }
            if sawQuote {
                report(
                    line: line,
                    column: column,
                    "stray quote in an unquoted cell",
                    hint: "wrap the cell in double quotes and double each quote inside it"
                )
            }
            if combined < 0x80 {
                return CellOutcome(
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                )
            }
            return CellOutcome(text: decode(start..<index, line: line, column: column))
        }

        mutating func readQuotedCell(column: Int) -> CellOutcome {
            let openLine = line
            let openIndex = index
            index += 1  // the opening quote
            scratch.removeAll(keepingCapacity: true)
            var resumeAfterOpenLine: Int?
            while true {
                guard index < bytes.count else {
                    // Unterminated: report where the quote opens, keep the rest of that line as
                    // the cell's text, and resume on the next line so later rows are still read.
                    report(
                        line: openLine,
                        column: column,
                        "unterminated quote: the cell's closing quote is missing",
                        hint: "add the closing double quote, or double a quote that is part of the text"
                    )
                    var end = openIndex
                    while end < bytes.count, bytes[end] != CSVParser.newline, bytes[end] != CSVParser.carriageReturn {
                        end += 1
                    }
                    let text = decode(openIndex..<end, line: openLine, column: column, reportErrors: false)
                    if let resume = resumeAfterOpenLine {
                        index = resume
                        line = openLine + 1
                    } else {
                        index = bytes.count
                    }
                    return CellOutcome(text: text, abandonedRow: true)
                }
                let byte = bytes[index]
                if byte == CSVParser.quote {
                    if index + 1 < bytes.count, bytes[index + 1] == CSVParser.quote {
                        scratch.append(CSVParser.quote)
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                if byte == CSVParser.carriageReturn {
                    // CRLF inside a cell is read as LF; a lone CR too.
                    index += 1
                    if index < bytes.count, bytes[index] == CSVParser.newline { index += 1 }
                    scratch.append(CSVParser.newline)
                    line += 1
                    if resumeAfterOpenLine == nil { resumeAfterOpenLine = index }
                    continue
                }
                if byte == CSVParser.newline {
                    line += 1
                    if resumeAfterOpenLine == nil { resumeAfterOpenLine = index + 1 }
                }
                scratch.append(byte)
                index += 1
            }
            var text = decodeScratch(line: openLine, column: column)
            // After the closing quote only spaces may stand before the separator.
            var trailing = index
            while trailing < bytes.count, bytes[trailing] == CSVParser.space || bytes[trailing] == CSVParser.tab {
                trailing += 1
            }
            if trailing < bytes.count, bytes[trailing] != CSVParser.comma, bytes[trailing] != CSVParser.newline,
                bytes[trailing] != CSVParser.carriageReturn
            {
                report(
                    line: line,
                    column: column,
                    "stray text after a closing quote",
                    hint: "double each quote that is part of the text"
                )
                var end = trailing
                while end < bytes.count, bytes[end] != CSVParser.comma, bytes[end] != CSVParser.newline,
                    bytes[end] != CSVParser.carriageReturn
                {
                    end += 1
                }
                // Keep the stray text so that nothing is lost.
                text += decode(index..<end, line: line, column: column)
                index = end
            } else {
                index = trailing
            }
            return CellOutcome(text: text)
        }

        mutating func decode(_ range: Range<Int>, line: Int, column: Int, reportErrors: Bool = true) -> String {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            // Most cells are ASCII: those need no validation.
            if isASCII(slice) { return String(decoding: slice, as: UTF8.self) }
            if let text = String(validating: slice, as: UTF8.self) { return text }
            if reportErrors { reportInvalidUTF8(line: line, column: column) }
            return String(decoding: slice, as: UTF8.self)
        }

        func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
            var combined: UInt8 = 0
            for byte in buffer { combined |= byte }
            return combined < 0x80
        }

        mutating func decodeScratch(line: Int, column: Int) -> String {
            if scratch.withUnsafeBufferPointer(isASCII) { return String(decoding: scratch, as: UTF8.self) }
            if let text = String(validating: scratch, as: UTF8.self) { return text }
            reportInvalidUTF8(line: line, column: column)
            return String(decoding: scratch, as: UTF8.self)
        }

        mutating func reportInvalidUTF8(line: Int, column: Int) {
            report(
                line: line,
                column: column,
                "invalid UTF-8 in the cell (shown as \u{FFFD})",
                hint: "save the file as UTF-8"
            )
        }

        mutating func report(line: Int, column: Int, _ message: String, hint: String? = nil) {
            diagnostics.append(
                Diagnostic(
                    .error,
                    .malformedCSV,
                    at: SourceLocation(file: file, line: line, column: column),
                    message,
                    hint: hint
                )
            )
        }
    }
}
