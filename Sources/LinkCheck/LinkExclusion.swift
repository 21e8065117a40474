import Foundation

/// Which addresses a run does not check: those matching `--exclude` and, unless allowed,
/// private, loopback and link-local hosts (checking them from CI probes the wrong network).
package struct LinkExclusion {
    /// The `--exclude` patterns, matched anywhere in the address.
    package var patterns: [Regex<AnyRegexOutput>]
    /// Whether private and loopback hosts are checked.
    package var allowPrivate: Bool

    package init(patterns: [Regex<AnyRegexOutput>] = [], allowPrivate: Bool = false) {
        self.patterns = patterns
        self.allowPrivate = allowPrivate
    }

    /// Compiles `--exclude` patterns.
    /// - Throws: ``LinkCheckError/badPattern(_:reason:)`` for a pattern that is no regular expression.
    package init(patternTexts: [String], allowPrivate: Bool) throws(LinkCheckError) {
        var patterns: [Regex<AnyRegexOutput>] = []
        for text in patternTexts {
            do {
                patterns.append(try Regex(text))
            } catch {
                throw .badPattern(text, reason: String(describing: error))
            }
        }
        self.init(patterns: patterns, allowPrivate: allowPrivate)
    }

    /// Why an address is excluded, or `nil` when it is to be checked.
    package func reason(for url: String) -> String? {
        for (index, pattern) in patterns.enumerated() where url.contains(pattern) {
            return "matches --exclude pattern \(index + 1)"
        }
        if !allowPrivate, let host = LinkAddress.host(of: url), LinkAddress.isPrivate(host: host) {
            return "private or loopback host \(host) (use --allow-private)"
        }
        return nil
    }
}

/// Why a link check could not start.
package enum LinkCheckError: Error, CustomStringConvertible, Equatable {
    case badPattern(String, reason: String)

    package var description: String {
        switch self {
        case .badPattern(let pattern, let reason): "--exclude \(pattern) is not a regular expression: \(reason)"
        }
    }
}
