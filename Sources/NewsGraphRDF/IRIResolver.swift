/// Resolution of IRI references against a base (RFC 3986 section 5.2).
///
/// Works on UTF-8 bytes: every delimiter is ASCII and no byte of a multi-byte UTF-8 sequence is
/// ASCII, so IRIs with non-ASCII text or combining marks pass through byte for byte (String's
/// Character-based operations would not guarantee that).
public enum IRIResolver {
    /// Byte ranges of the components of an IRI reference; absent components are nil.
    struct Components {
        var scheme: Range<Int>?
        var authority: Range<Int>?
        var path: Range<Int>
        var query: Range<Int>?
        var fragment: Range<Int>?
    }

    /// True when `iri` starts with a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
    public static func isAbsolute(_ iri: String) -> Bool {
        let bytes = Array(iri.utf8)
        return split(bytes).scheme != nil
    }

    /// `reference` resolved against `base`. A reference with a scheme keeps it (dot segments are
    /// removed); when the base has no scheme the reference is returned as given.
    public static func resolve(_ reference: String, against base: String) -> String {
        let r = Array(reference.utf8)
        let rc = split(r)
        if rc.scheme != nil {
            // The common case in RDF/XML: an absolute IRI without dot segments stays as it is.
            if !hasDotSegment(r[rc.path]) { return reference }
            var out = [UInt8]()
            appendComponents(scheme: r[rc.scheme!], authority: rc.authority.map { r[$0] }, path: removeDotSegments(r[rc.path]),
                             query: rc.query.map { r[$0] }, fragment: rc.fragment.map { r[$0] }, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
        let b = Array(base.utf8)
        let bc = split(b)
        guard let scheme = bc.scheme else { return reference }
        var out = [UInt8]()
        out.reserveCapacity(b.count + r.count)
        let fragment = rc.fragment.map { r[$0] }
        if let authority = rc.authority {
            appendComponents(scheme: b[scheme], authority: r[authority], path: removeDotSegments(r[rc.path]),
                             query: rc.query.map { r[$0] }, fragment: fragment, into: &out)
        } else if rc.path.isEmpty {
            appendComponents(scheme: b[scheme], authority: bc.authority.map { b[$0] }, path: Array(b[bc.path]),
                             query: rc.query.map { r[$0] } ?? bc.query.map { b[$0] }, fragment: fragment, into: &out)
        } else {
            let path: [UInt8]
            if r[rc.path.lowerBound] == slash {
                path = removeDotSegments(r[rc.path])
            } else {
                var merged = [UInt8]()
                if bc.authority != nil && bc.path.isEmpty {
                    merged.append(slash)
                } else if let last = b[bc.path].lastIndex(of: slash) {
                    merged.append(contentsOf: b[bc.path.lowerBound...last])
                }
                merged.append(contentsOf: r[rc.path])
                path = removeDotSegments(merged[...])
            }
            appendComponents(scheme: b[scheme], authority: bc.authority.map { b[$0] }, path: path,
                             query: rc.query.map { r[$0] }, fragment: fragment, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `iri` without its fragment.
    public static func removingFragment(_ iri: String) -> String {
        guard let hash = iri.utf8.firstIndex(of: UInt8(ascii: "#")) else { return iri }
        return String(iri[..<hash])
    }

    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")

    static func split(_ s: [UInt8]) -> Components {
        var end = s.count
        var c = Components(scheme: nil, authority: nil, path: 0..<0, query: nil, fragment: nil)
        if let hash = s.firstIndex(of: UInt8(ascii: "#")) {
            c.fragment = (hash + 1)..<s.count
            end = hash
        }
        if let question = s[..<end].firstIndex(of: UInt8(ascii: "?")) {
            c.query = (question + 1)..<end
            end = question
        }
        var start = 0
        if let colon = s[..<end].firstIndex(of: UInt8(ascii: ":")), isScheme(s[..<colon]) {
            c.scheme = 0..<colon
            start = colon + 1
        }
        if end - start >= 2 && s[start] == slash && s[start + 1] == slash {
            let authorityEnd = s[(start + 2)..<end].firstIndex(of: slash) ?? end
            c.authority = (start + 2)..<authorityEnd
            start = authorityEnd
        }
        c.path = start..<end
        return c
    }

    private static func isScheme(_ s: ArraySlice<UInt8>) -> Bool {
        guard let first = s.first, isLetter(first) else { return false }
        return s.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// True when some segment of `path` is "." or "..".
    private static func hasDotSegment(_ path: ArraySlice<UInt8>) -> Bool {
        var segmentStart = path.startIndex
        var i = path.startIndex
        while i <= path.endIndex {
            if i == path.endIndex || path[i] == slash {
                let length = i - segmentStart
                if (length == 1 || length == 2) && path[segmentStart..<i].allSatisfy({ $0 == dot }) { return true }
                segmentStart = i + 1
            }
            i += 1
        }
        return false
    }

    /// RFC 3986 section 5.2.4.
    static func removeDotSegments(_ path: ArraySlice<UInt8>) -> [UInt8] {
        guard hasDotSegment(path) else { return Array(path) }
        var input = path
        var output: [ArraySlice<UInt8>] = []
        func starts(_ prefix: StaticString) -> Bool {
            let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            return input.starts(with: p)
        }
        func equals(_ whole: StaticString) -> Bool {
            let p = UnsafeBufferPointer(start: whole.utf8Start, count: whole.utf8CodeUnitCount)
            return input.elementsEqual(p)
        }
        let root: ArraySlice<UInt8> = [slash]
        while !input.isEmpty {
            if starts("../") {
                input = input.dropFirst(3)
            } else if starts("./") {
                input = input.dropFirst(2)
            } else if starts("/./") {
                input = input.dropFirst(2)
            } else if equals("/.") {
                input = root
            } else if starts("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if equals("/..") {
                input = root
                if !output.isEmpty { output.removeLast() }
            } else if equals(".") || equals("..") {
                input = []
            } else {
                let searchStart = input.first == slash ? input.startIndex + 1 : input.startIndex
                let end = input[searchStart...].firstIndex(of: slash) ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return Array(output.joined())
    }

    private static func appendComponents(scheme: ArraySlice<UInt8>, authority: ArraySlice<UInt8>?, path: [UInt8],
                                         query: ArraySlice<UInt8>?, fragment: ArraySlice<UInt8>?, into out: inout [UInt8]) {
        out.append(contentsOf: scheme)
        out.append(UInt8(ascii: ":"))
        if let authority {
            out.append(slash)
            out.append(slash)
            out.append(contentsOf: authority)
        }
        out.append(contentsOf: path)
        if let query {
            out.append(UInt8(ascii: "?"))
            out.append(contentsOf: query)
        }
        if let fragment {
            out.append(UInt8(ascii: "#"))
            out.append(contentsOf: fragment)
        }
    }
}
