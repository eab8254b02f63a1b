#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphRDF

/// `Triple`'s order, computed on UTF-8 bytes (UTF-8 byte order is Unicode scalar order), and
/// RDF's term identity: identical scalars, not Swift's canonical equivalence (`String ==`
/// calls "é" and "e\u{301}" equal; RDF calls them two literals).
enum TermOrder {
    static func less(_ a: Triple, _ b: Triple) -> Bool {
        let s = compare(a.subject, b.subject)
        if s != 0 { return s < 0 }
        return lessIgnoringSubject(a, b)
    }

    /// For triples known to share a subject.
    static func lessIgnoringSubject(_ a: Triple, _ b: Triple) -> Bool {
        let p = compare(a.predicate, b.predicate)
        if p != 0 { return p < 0 }
        return compare(a.object, b.object) < 0
    }

    static func identical(_ a: Triple, _ b: Triple) -> Bool {
        compare(a.subject, b.subject) == 0 && compare(a.predicate, b.predicate) == 0 && compare(a.object, b.object) == 0
    }

    /// -1, 0 or 1, like `Term`'s `<` (IRIs, then blank nodes, then literals). Switches on each
    /// term alone: switching on a tuple `(a, b)` would copy both terms (retaining every string).
    static func compare(_ a: Term, _ b: Term) -> Int {
        switch a {
        case .iri(let x):
            if case .iri(let y) = b { return compare(x, y) }
            return -1
        case .blank(let x):
            switch b {
            case .iri: return 1
            case .blank(let y): return compare(x, y)
            case .literal: return -1
            }
        case .literal(let x):
            guard case .literal(let y) = b else { return 1 }
            let lexical = compare(x.lexical, y.lexical)
            if lexical != 0 { return lexical }
            let language = compareOptional(x.language, y.language)
            if language != 0 { return language }
            return compareOptional(x.datatype, y.datatype)
        }
    }

    /// nil sorts as the empty string.
    private static func compareOptional(_ x: String?, _ y: String?) -> Int {
        switch x {
        case nil: return y == nil || y!.isEmpty ? 0 : -1
        case let x?: return compare(x, y ?? "")
        }
    }

    /// Byte order of the UTF-8 forms (memcmp on native strings).
    static func compare(_ x: String, _ y: String) -> Int {
        let fast: Int?? = x.utf8.withContiguousStorageIfAvailable { a in
            y.utf8.withContiguousStorageIfAvailable { b in
                let common = min(a.count, b.count)
                if common > 0 {
                    let c = memcmp(a.baseAddress!, b.baseAddress!, common)
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
            }
        }
        if let fast, let result = fast { return result }
        var i = x.utf8.makeIterator(), j = y.utf8.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (p?, q?) where p != q: return p < q ? -1 : 1
            default: continue
            }
        }
    }

}

/// Applies `ExportText.clean` to every IRI, blank node label and literal lexical form.
/// (Language tags and datatypes come from the mapping itself, never from text.)
enum TripleSanitizer {
    static func sanitized(_ triple: Triple) -> Triple {
        // Nearly every triple is clean: then it is returned as is, without taking it apart.
        if isClean(triple.subject) && isClean(triple.predicate) && isClean(triple.object) { return triple }
        return Triple(sanitized(triple.subject), sanitized(triple.predicate), sanitized(triple.object))
    }

    private static func isClean(_ term: Term) -> Bool {
        switch term {
        case .iri(let value), .blank(let value): return ExportText.isClean(value)
        case .literal(let literal): return ExportText.isClean(literal.lexical)
        }
    }

    static func sanitized(_ term: Term) -> Term {
        switch term {
        case .iri(let value):
            return ExportText.isClean(value) ? term : .iri(ExportText.clean(value))
        case .blank(let value):
            return ExportText.isClean(value) ? term : .blank(ExportText.clean(value))
        case .literal(let literal):
            if ExportText.isClean(literal.lexical) { return term }
            return .literal(Literal(ExportText.clean(literal.lexical), language: literal.language, datatype: literal.datatype))
        }
    }
}
