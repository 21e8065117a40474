/// Checks and tidies web addresses without Foundation's lenient parsing.
package enum WebAddress {
    package enum Kind: Equatable, Sendable {
        case https
        case http
        case invalid(String)
    }

    /// Whether the text is an absolute http(s) address with a host and no spaces.
    package static func classify(_ text: String) -> Kind {
        let lower = text.lowercased()
        let rest: Substring
        let kind: Kind
        if lower.hasPrefix("https://") {
            rest = text.dropFirst(8)
            kind = .https
        } else if lower.hasPrefix("http://") {
            rest = text.dropFirst(7)
            kind = .http
        } else if let colon = lower.firstIndex(of: ":"), lower[..<colon].allSatisfy({ $0.isLetter }),
            !lower[..<colon].isEmpty
        {
            return .invalid("the scheme \"\(lower[..<colon])\" is not http or https")
        } else {
            return .invalid("it is relative")
        }
        for scalar in text.unicodeScalars {
            if scalar == " " { return .invalid("it contains a space") }
            if scalar.value < 0x20 || scalar.value == 0x7F { return .invalid("it contains a control character") }
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let host = hostAndPort.hasPrefix("[") ? hostAndPort : (hostAndPort.split(separator: ":").first ?? "")
        if host.isEmpty { return .invalid("it has no host") }
        let allowed = host.allSatisfy {
            $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "[" || $0 == "]" || $0 == ":" || $0 == "_"
        }
        if !allowed { return .invalid("the host \"\(host)\" has characters a host cannot have") }
        return kind
    }

    /// The names of tracking query parameters in an address (`utm_*`, `WT.mc_id` and kin).
    package static func trackingParameters(in text: String) -> [String] {
        query(of: text).compactMap { pair in
            let name = String(pair.prefix { $0 != "=" })
            return isTracking(name) ? name : nil
        }
    }

    /// The address without tracking parameters; the rest (order, fragment) stays as written.
    package static func removingTracking(_ text: String) -> String {
        guard let question = text.firstIndex(of: "?") else { return text }
        let fragmentStart = text[question...].firstIndex(of: "#") ?? text.endIndex
        let base = text[..<question]
        let fragment = text[fragmentStart...]
        let kept = text[text.index(after: question)..<fragmentStart]
            .split(separator: "&", omittingEmptySubsequences: false)
            .filter { pair in !isTracking(String(pair.prefix { $0 != "=" })) }
        let query = kept.joined(separator: "&")
        return base + (query.isEmpty ? "" : "?" + query) + fragment
    }

    private static func query(of text: String) -> [Substring] {
        guard let question = text.firstIndex(of: "?") else { return [] }
        let end = text[question...].firstIndex(of: "#") ?? text.endIndex
        return text[text.index(after: question)..<end].split(separator: "&")
    }

    private static func isTracking(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("utm_") || lower == "wt.mc_id" || lower == "fbclid" || lower == "gclid"
            || lower == "mc_cid" || lower == "mc_eid"
    }
}
