import CatalogModel

/// Resolves relative links the way browsers do (RFC 3986, section 5.2).
package enum RelativeAddress {
    /// The parts of a URI reference; nil parts are absent (not empty).
    struct Parts: Equatable {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?

        init(_ text: String) {
            var rest = Substring(text)
            if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains(where: { "/?#".contains($0) }),
                let first = rest.first, first.isASCII, first.isLetter,
                rest[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
            {
                scheme = String(rest[..<colon])
                rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                let afterSlashes = rest.dropFirst(2)
                let end = afterSlashes.firstIndex { "/?#".contains($0) } ?? afterSlashes.endIndex
                authority = String(afterSlashes[..<end])
                rest = afterSlashes[end...]
            }
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            if let question = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: question)...])
                rest = rest[..<question]
            }
            path = String(rest)
        }

        var text: String {
            var output = ""
            if let scheme { output += scheme + ":" }
            if let authority { output += "//" + authority }
            output += path
            if let query { output += "?" + query }
            if let fragment { output += "#" + fragment }
            return output
        }
    }

    /// The absolute address a reference names, read against an absolute base.
    /// Spaces are written `%20` so the result is a valid address.
    /// - Returns: nil when the base is not absolute.
    package static func resolve(_ reference: String, against base: String) -> String? {
        let baseParts = Parts(base)
        guard baseParts.scheme != nil else { return nil }
        let r = Parts(reference.trimmingSpaces().replacingOccurrences(" ", with: "%20"))
        var target = r
        if r.scheme != nil {
            target.path = removeDotSegments(r.path)
        } else {
            if r.authority != nil {
                target.path = removeDotSegments(r.path)
            } else {
                if r.path.isEmpty {
                    target.path = baseParts.path
                    target.query = r.query ?? baseParts.query
                } else {
                    if r.path.hasPrefix("/") {
                        target.path = removeDotSegments(r.path)
                    } else {
                        target.path = removeDotSegments(merge(baseParts, r.path))
                    }
                    target.query = r.query
                }
                target.authority = baseParts.authority
            }
            target.scheme = baseParts.scheme
        }
        target.fragment = r.fragment
        return target.text
    }

    /// The base without its fragment, with `#anchor` added.
    package static func withFragment(_ base: String, _ fragment: String) -> String {
        var parts = Parts(base)
        parts.fragment = fragment.isEmpty ? nil : fragment
        return parts.text
    }

    private static func merge(_ base: Parts, _ path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    /// RFC 3986 section 5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "/.." {
                input = "/"
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                let start = input.first == "/" ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }
}
