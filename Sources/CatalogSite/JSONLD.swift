import Foundation

/// schema.org structured data, encoded so that it is safe inside a `<script>` element.
package enum JSONLD {
    /// Encodes a JSON object with sorted keys, and `<` written as `\u003c` so that no text can
    /// close the script element or open a comment.
    package static func encode(_ object: [String: Value]) -> String {
        var output = ""
        Value.object(object).write(to: &output)
        return output
    }

    /// A JSON value; a small closed type keeps the output deterministic.
    package indirect enum Value: Hashable, Sendable {
        case string(String)
        case int(Int)
        case array([Value])
        case object([String: Value])

        func write(to output: inout String) {
            switch self {
            case .string(let text): Self.writeString(text, to: &output)
            case .int(let number): output += String(number)
            case .array(let items):
                output += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { output += "," }
                    item.write(to: &output)
                }
                output += "]"
            case .object(let members):
                output += "{"
                // Sorted as pairs: looking each key up again would hash it a second time.
                for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                    if index > 0 { output += "," }
                    Self.writeString(member.key, to: &output)
                    output += ":"
                    member.value.write(to: &output)
                }
                output += "}"
            }
        }

        static func writeString(_ text: String, to output: inout String) {
            output += "\""
            // Most strings need no escape: copy them whole. 0xE2 leads U+2028 and U+2029.
            let plain =
                text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains(where: needsEscape) }
                ?? !text.utf8.contains(where: needsEscape)
            if plain {
                output += text
                output += "\""
                return
            }
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": output += "\\\""
                case "\\": output += "\\\\"
                case "\n": output += "\\n"
                case "\r": output += "\\r"
                case "\t": output += "\\t"
                case "<": output += "\\u003c"
                case ">": output += "\\u003e"
                case "&": output += "\\u0026"
                case "\u{2028}": output += "\\u2028"
                case "\u{2029}": output += "\\u2029"
                default:
                    if scalar.value < 0x20 {
                        output += String(format: "\\u%04x", scalar.value)
                    } else {
                        output.unicodeScalars.append(scalar)
                    }
                }
            }
            output += "\""
        }

        private static func needsEscape(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == 0xE2
        }
    }
}
