import Foundation

/// Small address helpers that do not rely on Foundation's lenient URL parsing for hosts.
package enum LinkAddress {
    /// The lower-cased host of an http(s) address (without port or brackets), or `nil`.
    package static func host(of url: String) -> String? {
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = lower.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = lower.dropFirst(7)
        } else {
            return nil
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let host: Substring
        if hostAndPort.hasPrefix("[") {
            host = hostAndPort.dropFirst().prefix { $0 != "]" }
        } else {
            host = hostAndPort.prefix { $0 != ":" }
        }
        let trimmed = host.hasSuffix(".") ? host.dropLast() : host
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// Whether a host names this machine or a private, link-local or unspecified network.
    ///
    /// Only literal addresses and `localhost` names are recognised; names are not resolved.
    package static func isPrivate(host: String) -> Bool {
        if host == "localhost" || host.hasSuffix(".localhost") { return true }
        if host.contains(":") { return isPrivateIPv6(host) }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        var octets: [Int] = []
        for part in parts {
            guard let octet = Int(part), (0...255).contains(octet), part.allSatisfy(\.isASCII) else { return false }
            octets.append(octet)
        }
        switch (octets[0], octets[1]) {
        case (0, _), (10, _), (127, _), (169, 254), (192, 168): return true
        case (172, let second): return (16...31).contains(second)
        case (100, let second): return (64...127).contains(second)  // carrier-grade NAT
        default: return false
        }
    }

    private static func isPrivateIPv6(_ host: String) -> Bool {
        if host == "::1" || host == "::" { return true }
        if host.hasPrefix("fc") || host.hasPrefix("fd") || host.hasPrefix("fe8") || host.hasPrefix("fe9")
            || host.hasPrefix("fea") || host.hasPrefix("feb")
        {
            return true
        }
        if host.hasPrefix("::ffff:") { return isPrivate(host: String(host.dropFirst(7))) }
        return false
    }
}
