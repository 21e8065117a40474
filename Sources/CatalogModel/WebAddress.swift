/// Checks and tidies web addresses without Foundation's lenient parsing.
package enum WebAddress {
    package enum Kind: Equatable, Sendable {
        case https
        case http
        case invalid(String)
    }

    /// Whether the text is an absolute http(s) address with a host and no spaces.
    ///
    /// Works on the UTF-8 bytes: it runs on every address of catalogs with 100,000 lessons.
    package static func classify(_ text: String) -> Kind {
        var text = text
        return text.withUTF8(classify(bytes:))
    }

    /// ``classify(_:)`` on UTF-8 bytes, for readers that have not made a String of them.
    package static func classify(bytes: UnsafeBufferPointer<UInt8>) -> Kind {
        let kind: Kind
        let authorityStart: Int
        if hasPrefix(bytes, "https://") {
            kind = .https
            authorityStart = 8
        } else if hasPrefix(bytes, "http://") {
            kind = .http
            authorityStart = 7
        } else if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
            bytes[..<colon].allSatisfy(isASCIILetter)
        {
            return .invalid(
                "the scheme \"\(String(decoding: bytes[..<colon], as: UTF8.self).lowercased())\" is not http or https"
            )
        } else {
            return .invalid("it is relative")
        }
        for byte in bytes {
            if byte == UInt8(ascii: " ") { return .invalid("it contains a space") }
            if byte < 0x20 || byte == 0x7F { return .invalid("it contains a control character") }
        }
        var authorityEnd = authorityStart
        while authorityEnd < bytes.count, bytes[authorityEnd] != UInt8(ascii: "/"),
            bytes[authorityEnd] != UInt8(ascii: "?"), bytes[authorityEnd] != UInt8(ascii: "#")
        {
            authorityEnd += 1
        }
        var hostStart = authorityStart
        if let at = bytes[authorityStart..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) { hostStart = at + 1 }
        var hostEnd = authorityEnd
        if hostStart < authorityEnd, bytes[hostStart] != UInt8(ascii: "[") {
            hostEnd = bytes[hostStart..<authorityEnd].firstIndex(of: UInt8(ascii: ":")) ?? authorityEnd
        }
        if hostStart >= hostEnd { return .invalid("it has no host") }
        let host = bytes[hostStart..<hostEnd]
        let allowed = host.allSatisfy { byte in
            isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte >= 0x80
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "[")
                || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
        }
        if !allowed {
            return .invalid("the host \"\(String(decoding: host, as: UTF8.self))\" has characters a host cannot have")
        }
        return kind
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { expected in
            for (index, byte) in expected.enumerated() where bytes[index] | (isASCIILetter(byte) ? 0x20 : 0) != byte {
                return false
            }
            return true
        }
    }

    /// The names of tracking query parameters in an address (`utm_*`, `WT.mc_id` and kin).
    package static func trackingParameters(in text: String) -> [String] {
        // Most addresses have no query: look for `?` in the bytes before anything else.
        var bytes = text
        guard bytes.withUTF8({ $0.contains(UInt8(ascii: "?")) }) else { return [] }
        return query(of: text).compactMap { pair in
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
