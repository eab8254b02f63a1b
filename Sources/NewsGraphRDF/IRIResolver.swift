/// Resolution of IRI references against a base (RFC 3986 section 5.2), on Unicode scalars so IRIs
/// with non-ASCII characters pass through untouched.
public enum IRIResolver {
    /// The components of an IRI reference; absent components are nil (an empty one is "").
    struct Components {
        var scheme: Substring?
        var authority: Substring?
        var path: Substring
        var query: Substring?
        var fragment: Substring?
    }

    /// True when `iri` starts with a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
    public static func isAbsolute(_ iri: String) -> Bool { split(Substring(iri)).scheme != nil }

    /// `reference` resolved against `base`. A reference with a scheme is returned unchanged except
    /// for dot-segment removal; with an empty base the reference is returned as given.
    public static func resolve(_ reference: String, against base: String) -> String {
        let r = split(Substring(reference))
        if r.scheme != nil {
            var t = r
            t.path = Substring(removeDotSegments(r.path))
            return recompose(t)
        }
        let b = split(Substring(base))
        guard b.scheme != nil else { return reference }
        var t = Components(scheme: b.scheme, authority: nil, path: "", query: nil, fragment: r.fragment)
        if r.authority != nil {
            t.authority = r.authority
            t.path = Substring(removeDotSegments(r.path))
            t.query = r.query
        } else {
            t.authority = b.authority
            if r.path.isEmpty {
                t.path = b.path
                t.query = r.query ?? b.query
            } else {
                if r.path.hasPrefix("/") {
                    t.path = Substring(removeDotSegments(r.path))
                } else {
                    t.path = Substring(removeDotSegments(Substring(merge(base: b, path: r.path))))
                }
                t.query = r.query
            }
        }
        return recompose(t)
    }

    /// `iri` without its fragment.
    public static func removingFragment(_ iri: String) -> String {
        guard let hash = iri.firstIndex(of: "#") else { return iri }
        return String(iri[..<hash])
    }

    static func split(_ s: Substring) -> Components {
        var rest = s
        var c = Components(scheme: nil, authority: nil, path: "", query: nil, fragment: nil)
        if let hash = rest.firstIndex(of: "#") {
            c.fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            c.query = rest[rest.index(after: question)...]
            rest = rest[..<question]
        }
        if let colon = rest.firstIndex(of: ":"), isScheme(rest[..<colon]) {
            c.scheme = rest[..<colon]
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
            let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
            c.authority = rest[afterSlashes..<end]
            rest = rest[end...]
        }
        c.path = rest
        return c
    }

    private static func isScheme(_ s: Substring) -> Bool {
        guard let first = s.unicodeScalars.first, first.isASCIILetter else { return false }
        return s.unicodeScalars.allSatisfy { $0.isASCIILetter || ($0 >= "0" && $0 <= "9") || $0 == "+" || $0 == "-" || $0 == "." }
    }

    private static func merge(base: Components, path: Substring) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return String(path) }
        return String(base.path[...slash]) + path
    }

    /// RFC 3986 section 5.2.4.
    static func removeDotSegments(_ path: Substring) -> String {
        var input = path
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
                let searchStart = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[searchStart...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }

    private static func recompose(_ c: Components) -> String {
        var out = ""
        if let scheme = c.scheme { out += scheme + ":" }
        if let authority = c.authority { out += "//" + authority }
        out += c.path
        if let query = c.query { out += "?" + query }
        if let fragment = c.fragment { out += "#" + fragment }
        return out
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { (self >= "a" && self <= "z") || (self >= "A" && self <= "Z") }
}
