/// Relative IRI resolution (RFC 3986 section 5.2), shared by the Turtle parser and the SPARQL
/// parser's `BASE`.
enum TurtleIRIResolver {
    /// Whether `iri` starts with a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
    public static func hasScheme(_ iri: Substring.UTF8View) -> Bool {
        var first = true
        for byte in iri {
            if byte == UInt8(ascii: ":") { return !first }
            let alpha = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            let other = (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E
            if !(alpha || (!first && other)) { return false }
            first = false
        }
        return false
    }

    /// `reference` resolved against `base`. An absolute reference is returned as it is.
    public static func resolve(_ reference: String, against base: String) -> String {
        if hasScheme(reference[...].utf8) || base.isEmpty { return reference }
        let b = Parts(base)
        let r = Parts(reference)
        var path: String, query: String?
        var authority: String?
        if r.authority != nil {
            authority = r.authority; path = removeDotSegments(r.path); query = r.query
        } else {
            authority = b.authority
            if r.path.isEmpty {
                path = b.path; query = r.query ?? b.query
            } else {
                if r.path.hasPrefix("/") {
                    path = removeDotSegments(r.path)
                } else {
                    path = removeDotSegments(merge(base: b, path: r.path))
                }
                query = r.query
            }
        }
        var out = (b.scheme ?? "") + ":"
        if let authority { out += "//" + authority }
        out += path
        if let query { out += "?" + query }
        if let fragment = r.fragment { out += "#" + fragment }
        return out
    }

    private static func merge(base: Parts, path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        if let slash = base.path.lastIndex(of: "/") { return base.path[...slash] + path }
        return path
    }

    static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") { input = input.dropFirst(3) }
            else if input.hasPrefix("./") { input = input.dropFirst(2) }
            else if input.hasPrefix("/./") { input = input.dropFirst(2) }
            else if input == "/." { input = "/" }
            else if input.hasPrefix("/../") { input = input.dropFirst(3); if !output.isEmpty { output.removeLast() } }
            else if input == "/.." { input = "/"; if !output.isEmpty { output.removeLast() } }
            else if input == "." || input == ".." { input = "" }
            else {
                let start = input.startIndex
                var end = input.index(after: start)
                if input[start] != "/" { end = start }
                end = input[end...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[start..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }

    private struct Parts {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?

        init(_ iri: String) {
            var rest = Substring(iri)
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...]); rest = rest[..<hash]
            }
            if let question = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: question)...]); rest = rest[..<question]
            }
            if TurtleIRIResolver.hasScheme(rest.utf8), let colon = rest.firstIndex(of: ":") {
                scheme = String(rest[..<colon]); rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let end = rest.firstIndex(of: "/") ?? rest.endIndex
                authority = String(rest[..<end]); rest = rest[end...]
            }
            path = String(rest)
        }
    }
}
