/// Writes CSV the canonical way: LF line ends, no byte-order mark, quotes only where needed.
package enum CSVWriter {
    /// The text of a whole table.
    package static func write(_ rows: [[String]]) -> String {
        var output = ""
        output.reserveCapacity(rows.count * 128)
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { output.append(",") }
                appendCell(cell, to: &output)
            }
            output.append("\n")
        }
        return output
    }

    /// Appends one cell, quoted when it holds a comma, quote, line break or edge spaces.
    package static func appendCell(_ cell: String, to output: inout String) {
        if needsQuotes(cell) {
            output.append("\"")
            for character in cell {
                if character == "\"" { output.append("\"") }
                output.append(character)
            }
            output.append("\"")
        } else {
            output.append(cell)
        }
    }

    private static func needsQuotes(_ cell: String) -> Bool {
        guard let first = cell.utf8.first, let last = cell.utf8.last else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") || first == UInt8(ascii: "\t")
            || last == UInt8(ascii: "\t")
        {
            return true
        }
        return cell.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
    }
}
