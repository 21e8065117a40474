/// A cell that should hold a whole number, e.g. `order` or `minutes`.
///
/// Text that is not a number is kept, so a check can quote it and a rewrite keeps it.
package enum WholeNumber: Hashable, Sendable {
    case absent
    case value(Int)
    case invalid(String)

    /// Reads a trimmed cell: empty is absent, digits are a value, anything else is invalid.
    package init(text: String) {
        if text.isEmpty {
            self = .absent
        } else if text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            text.utf8.count <= 18, let number = Int(text)
        {
            self = .value(number)
        } else {
            self = .invalid(text)
        }
    }

    /// The number, when the cell holds one.
    package var value: Int? {
        if case .value(let number) = self { return number }
        return nil
    }

    /// The number when it is >= 1, as `order` and `minutes` require.
    package var positive: Int? {
        if case .value(let number) = self, number >= 1 { return number }
        return nil
    }

    /// The cell's text, as written.
    package var text: String {
        switch self {
        case .absent: ""
        case .value(let number): String(number)
        case .invalid(let text): text
        }
    }
}
