/// The site an address belongs to, to tell a course's own pages from material hosted elsewhere.
package enum SiteKey {
    /// Hosts where canonical repositories live; the owner is part of the site there.
    package static let codeHosts: Set<String> = ["github.com", "gitlab.com", "huggingface.co", "bitbucket.org"]

    /// The lower-cased host of an http(s) address without `www.` and port, or "" when there is none.
    package static func host(of url: String) -> String {
        parts(of: url).host
    }

    /// Whether the host is a code host such as github.com.
    package static func isCodeHost(_ host: String) -> Bool { codeHosts.contains(host) }

    /// The site of an address: the last two labels of its host (`learn.microsoft.com` gives
    /// `microsoft.com`), and on a code host the owner too (`github.com/huggingface`).
    package static func key(of url: String) -> String {
        let (host, path) = parts(of: url)
        if codeHosts.contains(host) {
            let owner = path.split(separator: "/").first.map(String.init) ?? ""
            return host + "/" + owner
        }
        return host.split(separator: ".").suffix(2).joined(separator: ".")
    }

    // Host and the path after it, both lower-cased; empty when the text has no `scheme://`.
    private static func parts(of url: String) -> (host: String, path: Substring) {
        let lower = url.lowercased()
        var rest = Substring(lower)
        var found = false
        while let colon = rest.firstIndex(of: ":") {
            let after = rest[rest.index(after: colon)...]
            if after.hasPrefix("//") {
                rest = after.dropFirst(2)
                found = true
                break
            }
            return ("", "")
        }
        guard found else { return ("", "") }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let path = rest[authority.endIndex...]
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        var host = String(hostAndPort.split(separator: ":").first ?? "")
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return (host, path)
    }
}
