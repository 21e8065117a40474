/// Repairs text that was UTF-8, read as Windows-1252 and written again as UTF-8 ("mojibake").
///
/// `â€™` becomes `’`, `Ã©` becomes `é`. Only complete UTF-8 sequences are repaired, so a
/// genuine `é` or `—` next to ordinary letters is left alone.
package enum TextRepair {
    /// One repaired stretch of a line.
    package struct Repair: Hashable, Sendable {
        /// The garbled text as it was.
        package var found: String
        /// What it stood for.
        package var replacement: String
        /// The 1-based character column where the garbled text started.
        package var column: Int
    }

    /// The repaired line and what was changed (empty when nothing was).
    package static func repairMojibake(_ line: String) -> (text: String, repairs: [Repair]) {
        guard line.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return (line, []) }
        var text = line
        var repairs: [Repair] = []
        // Text garbled twice needs two passes; three are plenty.
        for _ in 0..<3 {
            let pass = repairOnce(text)
            guard !pass.repairs.isEmpty else { break }
            if repairs.isEmpty { repairs = pass.repairs }
            text = pass.text
        }
        return (text, repairs)
    }

    private static func repairOnce(_ line: String) -> (text: String, repairs: [Repair]) {
        let scalars = Array(line.unicodeScalars)
        var output = String.UnicodeScalarView()
        var repairs: [Repair] = []
        var index = 0
        while index < scalars.count {
            if let lead = byte(for: scalars[index]), let length = sequenceLength(lead), index + length < scalars.count {
                var bytes = [lead]
                var complete = true
                for offset in 1...length {
                    guard let next = byte(for: scalars[index + offset]), (0x80...0xBF).contains(next) else {
                        complete = false
                        break
                    }
                    bytes.append(next)
                }
                if complete, let decoded = String(validating: bytes, as: UTF8.self), decoded.unicodeScalars.count == 1 {
                    let found = String(String.UnicodeScalarView(scalars[index...(index + length)]))
                    repairs.append(Repair(found: found, replacement: decoded, column: index + 1))
                    output.append(contentsOf: decoded.unicodeScalars)
                    index += length + 1
                    continue
                }
            }
            output.append(scalars[index])
            index += 1
        }
        return (String(output), repairs)
    }

    /// How many continuation bytes follow a UTF-8 lead byte (0xC2–0xF4), or nil.
    private static func sequenceLength(_ lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: 1
        case 0xE0...0xEF: 2
        case 0xF0...0xF4: 3
        default: nil
        }
    }

    /// The Windows-1252 byte a character came from, for characters outside ASCII.
    private static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 { return nil }
        if value <= 0xFF { return UInt8(value) }
        return windows1252[value]
    }

    // The printable characters Windows-1252 puts at 0x80–0x9F.
    private static let windows1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
