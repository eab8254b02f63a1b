/// Resolution of IRI references against a base (RFC 3986 section 5.2). Works on Unicode scalars,
/// not Characters, so IRIs with non-ASCII text or combining marks pass through byte for byte.
public enum IRIResolver {
    typealias Scalars = Substring.UnicodeScalarView

    /// The components of an IRI reference; absent components are nil (an empty one is "").
    struct Components {
        var scheme: Scalars?
        var authority: Scalars?
        var path: Scalars
        var query: Scalars?
        var fragment: Scalars?
    }

    /// True when `iri` starts with a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
    public static func isAbsolute(_ iri: String) -> Bool { split(Substring(iri).unicodeScalars).scheme != nil }

    /// `reference` resolved against `base`. A reference with a scheme keeps it (dot segments are
    /// removed); when the base has no scheme the reference is returned as given.
    public static func resolve(_ reference: String, against base: String) -> String {
        let r = split(Substring(reference).unicodeScalars)
        if r.scheme != nil {
            var t = r
            t.path = removeDotSegments(r.path)
            return recompose(t)
        }
        let b = split(Substring(base).unicodeScalars)
        guard b.scheme != nil else { return reference }
        var t = Components(scheme: b.scheme, authority: nil, path: Scalars(), query: nil, fragment: r.fragment)
        if r.authority != nil {
            t.authority = r.authority
            t.path = removeDotSegments(r.path)
            t.query = r.query
        } else {
            t.authority = b.authority
            if r.path.isEmpty {
                t.path = b.path
                t.query = r.query ?? b.query
            } else {
                t.path = removeDotSegments(r.path.first == "/" ? r.path : merge(base: b, path: r.path))
                t.query = r.query
            }
        }
        return recompose(t)
    }

    /// `iri` without its fragment.
    public static func removingFragment(_ iri: String) -> String {
        guard let hash = iri.unicodeScalars.firstIndex(of: "#") else { return iri }
        return String(iri.unicodeScalars[..<hash])
    }

    static func split(_ s: Scalars) -> Components {
        var rest = s
        var c = Components(scheme: nil, authority: nil, path: Scalars(), query: nil, fragment: nil)
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
        if rest.starts(with: "//".unicodeScalars) {
            let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
            let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
            c.authority = rest[afterSlashes..<end]
            rest = rest[end...]
        }
        c.path = rest
        return c
    }

    private static func isScheme(_ s: Scalars) -> Bool {
        guard let first = s.first, first.isASCIILetter else { return false }
        return s.allSatisfy { $0.isASCIILetter || ($0 >= "0" && $0 <= "9") || $0 == "+" || $0 == "-" || $0 == "." }
    }

    private static func merge(base: Components, path: Scalars) -> Scalars {
        var merged = Scalars()
        if base.authority != nil && base.path.isEmpty {
            merged.append("/")
        } else if let slash = base.path.lastIndex(of: "/") {
            merged.append(contentsOf: base.path[...slash])
        }
        merged.append(contentsOf: path)
        return merged
    }

    /// RFC 3986 section 5.2.4.
    static func removeDotSegments(_ path: Scalars) -> Scalars {
        var input = path
        var output: [Scalars] = []
        func starts(_ prefix: String) -> Bool { input.starts(with: prefix.unicodeScalars) }
        func equals(_ whole: String) -> Bool { input.elementsEqual(whole.unicodeScalars) }
        while !input.isEmpty {
            if starts("../") {
                input = input.dropFirst(3)
            } else if starts("./") {
                input = input.dropFirst(2)
            } else if starts("/./") {
                input = input.dropFirst(2)
            } else if equals("/.") {
                input = Scalars("/".unicodeScalars)
            } else if starts("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if equals("/..") {
                input = Scalars("/".unicodeScalars)
                if !output.isEmpty { output.removeLast() }
            } else if equals(".") || equals("..") {
                input = Scalars()
            } else {
                let searchStart = input.first == "/" ? input.index(after: input.startIndex) : input.startIndex
                let end = input[searchStart...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        var result = Scalars()
        for segment in output { result.append(contentsOf: segment) }
        return result
    }

    private static func recompose(_ c: Components) -> String {
        var out = String.UnicodeScalarView()
        if let scheme = c.scheme { out.append(contentsOf: scheme); out.append(":") }
        if let authority = c.authority { out.append(contentsOf: "//".unicodeScalars); out.append(contentsOf: authority) }
        out.append(contentsOf: c.path)
        if let query = c.query { out.append("?"); out.append(contentsOf: query) }
        if let fragment = c.fragment { out.append("#"); out.append(contentsOf: fragment) }
        return String(out)
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { (self >= "a" && self <= "z") || (self >= "A" && self <= "Z") }
}
