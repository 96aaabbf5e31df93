/// A URI reference split into its RFC 3986 components, with reference resolution (§5.2).
///
/// Only what `$id` and `$ref` need: no percent-normalisation, no case folding.
struct URIReference: Equatable {
    var scheme: String?
    var authority: String?
    var path: String
    var query: String?
    var fragment: String?

    /// Splits `text` per the RFC 3986 appendix B grammar
    /// `^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?`.
    init(_ text: String) {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if let colon = rest.firstIndex(of: ":"),
           !rest[..<colon].isEmpty,
           !rest[..<colon].contains(where: { $0 == "/" }) {
            scheme = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }

    init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// The reference recomposed into text.
    var text: String {
        var out = ""
        if let scheme { out += scheme + ":" }
        if let authority { out += "//" + authority }
        out += path
        if let query { out += "?" + query }
        if let fragment { out += "#" + fragment }
        return out
    }

    /// Resolves `reference` against this (absolute) base URI, RFC 3986 §5.2.2.
    func resolving(_ reference: URIReference) -> URIReference {
        let r = reference
        if r.scheme != nil {
            return URIReference(scheme: r.scheme, authority: r.authority, path: URIReference.removeDotSegments(r.path),
                                query: r.query, fragment: r.fragment)
        }
        if r.authority != nil {
            return URIReference(scheme: scheme, authority: r.authority, path: URIReference.removeDotSegments(r.path),
                                query: r.query, fragment: r.fragment)
        }
        if r.path.isEmpty {
            return URIReference(scheme: scheme, authority: authority, path: path, query: r.query ?? query,
                                fragment: r.fragment)
        }
        let mergedPath: String
        if r.path.hasPrefix("/") {
            mergedPath = URIReference.removeDotSegments(r.path)
        } else if authority != nil && path.isEmpty {
            mergedPath = URIReference.removeDotSegments("/" + r.path)
        } else if let slash = path.lastIndex(of: "/") {
            mergedPath = URIReference.removeDotSegments(String(path[...slash]) + r.path)
        } else {
            mergedPath = URIReference.removeDotSegments(r.path)
        }
        return URIReference(scheme: scheme, authority: authority, path: mergedPath, query: r.query, fragment: r.fragment)
    }

    /// RFC 3986 §5.2.4.
    static func removeDotSegments(_ input: String) -> String {
        guard input.contains(".") else { return input }
        var output: [Substring] = []
        let segments = input.split(separator: "/", omittingEmptySubsequences: false)
        let absolute = input.hasPrefix("/")
        for (i, segment) in segments.enumerated() {
            if i == 0 && absolute { continue }
            let isLast = i == segments.count - 1
            if segment == "." {
                if isLast { output.append("") }
            } else if segment == ".." {
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            } else {
                output.append(segment)
            }
        }
        return (absolute ? "/" : "") + output.joined(separator: "/")
    }

    /// Resolves the text `reference` against the text `base`; the result never ends in an
    /// empty fragment (`"x#"` becomes `"x"`).
    static func resolve(_ reference: String, against base: String) -> String {
        var resolved = URIReference(base).resolving(URIReference(reference))
        if resolved.fragment == "" { resolved.fragment = nil }
        return resolved.text
    }
}
