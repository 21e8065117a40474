/// The site an address belongs to, to tell a course's own pages from material hosted elsewhere.
///
/// Works on the address's bytes: it runs once per lesson when a catalog of 100,000 lessons is ranked.
package enum SiteKey {
    /// Hosts where canonical repositories live; the owner is part of the site there.
    package static let codeHosts: Set<String> = ["github.com", "gitlab.com", "huggingface.co", "bitbucket.org"]

    /// The lower-cased host of an http(s) address without `www.` and port, or "" when there is none.
    package static func host(of url: String) -> String { parse(url).host }

    /// Whether the host is a code host such as github.com.
    package static func isCodeHost(_ host: String) -> Bool { codeHosts.contains(host) }

    /// The site of an address: the last two labels of its host (`learn.microsoft.com` gives
    /// `microsoft.com`), and on a code host the owner too (`github.com/huggingface`).
    package static func key(of url: String) -> String { parse(url).key }

    /// The host and the site key of an address in one pass.
    package static func parse(_ url: String) -> (host: String, key: String) {
        let bytes = Array(url.utf8)
        // Find "://" after a scheme of letters, digits, + - or .
        var index = 0
        while index < bytes.count, isSchemeByte(bytes[index]) { index += 1 }
        guard index > 0, index + 2 < bytes.count, bytes[index] == UInt8(ascii: ":"),
            bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/")
        else { return ("", "") }
        let authorityStart = index + 3
        var authorityEnd = authorityStart
        while authorityEnd < bytes.count, !isAuthorityEnd(bytes[authorityEnd]) { authorityEnd += 1 }
        var hostStart = authorityStart
        for position in authorityStart..<authorityEnd where bytes[position] == UInt8(ascii: "@") {
            hostStart = position + 1
        }
        var hostEnd = hostStart
        while hostEnd < authorityEnd, bytes[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
        var hostBytes = bytes[hostStart..<hostEnd].map(lowercased)
        if hostBytes.starts(with: Array("www.".utf8)) { hostBytes.removeFirst(4) }
        let host = String(decoding: hostBytes, as: UTF8.self)
        if codeHosts.contains(host) {
            var ownerStart = authorityEnd
            while ownerStart < bytes.count, bytes[ownerStart] == UInt8(ascii: "/") { ownerStart += 1 }
            var ownerEnd = ownerStart
            while ownerEnd < bytes.count, !isAuthorityEnd(bytes[ownerEnd]) { ownerEnd += 1 }
            let owner = String(decoding: bytes[ownerStart..<ownerEnd].map(lowercased), as: UTF8.self)
            return (host, host + "/" + owner)
        }
        let labels = hostBytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let key = labels.suffix(2).map { String(decoding: $0, as: UTF8.self) }.joined(separator: ".")
        return (host, key)
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func isAuthorityEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
