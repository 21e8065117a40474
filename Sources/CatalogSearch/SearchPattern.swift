import Foundation

/// An FTS5 query built from user text so that no input can be read as FTS5 syntax.
///
/// Every word becomes a quoted prefix token (`"eval"*`); quotes, `*`, `-`, `NEAR(`, `AND`,
/// column filters and the like lose their meaning because only letters and digits survive
/// and each token is a string literal. GRDB's `FTS5Pattern(matchingAllPrefixesIn:)` does the
/// same but opens two throwaway databases per call to validate, which costs more than the
/// search itself on a busy server; here the pattern is valid by construction.
package struct SearchPattern: Hashable, Sendable {
    /// The most words a query uses; more add cost and rarely precision.
    package static let maximumTokens = 12
    /// Words longer than this are cut (no real word is).
    package static let maximumTokenLength = 48

    /// The tokens, NFC-normalised and lower-cased, in query order, without repeats.
    package let tokens: [String]

    /// Makes the pattern; `nil` when the text has no word to search for (not an error).
    package init?(_ text: String) {
        var tokens: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty, !tokens.contains(current), tokens.count < Self.maximumTokens {
                tokens.append(String(current.prefix(Self.maximumTokenLength)))
            }
            current = ""
        }
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        guard !tokens.isEmpty else { return nil }
        self.tokens = tokens
    }

    /// The FTS5 MATCH expression: every token as a quoted prefix, all required.
    package var matchExpression: String {
        tokens.map(Self.phrase).joined(separator: " ")
    }

    /// The FTS5 expression of one token: a quoted prefix phrase.
    package static func phrase(_ token: String) -> String { "\"\(token)\"*" }
}
