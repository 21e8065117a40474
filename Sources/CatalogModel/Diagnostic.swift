/// A problem found in the catalog's input, placed like a compiler error.
package struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    package var severity: Severity
    package var code: Code
    package var location: SourceLocation
    /// The column name the problem is in, when it is in one cell.
    package var field: String?
    package var message: String
    /// A one-line suggestion of how to fix it.
    package var hint: String?

    package init(
        _ severity: Severity,
        _ code: Code,
        at location: SourceLocation,
        field: String? = nil,
        _ message: String,
        hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.location = location
        self.field = field
        self.message = message
        self.hint = hint
    }

    /// `file:line:col: error[code]: message`, the first line of the compiler-style rendering.
    package var description: String { "\(location): \(severity.rawValue)[\(code.rawValue)]: \(message)" }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity == .error }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }

    package enum Severity: String, Hashable, Sendable, Codable {
        case error
        case warning
    }

    /// The rule a diagnostic comes from, e.g. `duplicate-id`; the codes of CATALOG-FORMAT.md.
    package struct Code: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }
        package init(stringLiteral value: String) { self.rawValue = value }

        // Errors.
        package static let malformedCSV: Self = "malformed-csv"
        package static let raggedRow: Self = "ragged-row"
        package static let missingColumn: Self = "missing-column"
        package static let required: Self = "required"
        package static let badID: Self = "bad-id"
        package static let duplicateID: Self = "duplicate-id"
        package static let unknownReference: Self = "unknown-reference"
        package static let badOrder: Self = "bad-order"
        package static let duplicateOrder: Self = "duplicate-order"
        package static let badURL: Self = "bad-url"
        package static let badValue: Self = "bad-value"
        package static let cycle: Self = "cycle"

        // Warnings.
        package static let missingDescription: Self = "missing-description"
        package static let longDescription: Self = "long-description"
        package static let orderGap: Self = "order-gap"
        package static let insecureURL: Self = "insecure-url"
        package static let duplicateURL: Self = "duplicate-url"
        package static let trackingParameter: Self = "tracking-parameter"
        package static let aliasUsed: Self = "alias-used"
        package static let missingEvaluation: Self = "missing-evaluation"
        package static let missingObservability: Self = "missing-observability"
        package static let whitespace: Self = "whitespace"
        package static let uncoveredStep: Self = "uncovered-step"
        package static let missingTable: Self = "missing-table"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    package var hasErrors: Bool { contains { $0.severity == .error } }

    /// The number of errors and of warnings.
    package var counts: (errors: Int, warnings: Int) {
        var errors = 0
        for diagnostic in self where diagnostic.severity == .error { errors += 1 }
        return (errors, count - errors)
    }
}
