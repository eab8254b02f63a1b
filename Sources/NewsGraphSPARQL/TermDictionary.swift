import Foundation
import NewsGraphRDF

/// Dictionary encoding: every distinct term gets a dense `UInt32` id (from 1; 0 means
/// "unbound" in solution rows), so indexes and joins compare integers, not strings.
public struct TermDictionary: Sendable {
    /// `terms[id]`; slot 0 is a placeholder for "no term".
    private(set) var terms: [Term] = [.iri("")]
    private var ids: [ExactTerm: UInt32] = [:]

    public init() {}

    /// Number of distinct terms.
    public var count: Int { terms.count - 1 }

    /// The id of `term`, adding it if new.
    public mutating func intern(_ term: Term) -> UInt32 {
        if let id = ids[ExactTerm(term)] { return id }
        let id = UInt32(terms.count)
        terms.append(term)
        ids[ExactTerm(term)] = id
        return id
    }

    /// The id of `term`, or nil if the dictionary has never seen it.
    public func id(of term: Term) -> UInt32? { ids[ExactTerm(term)] }

    /// The term of an id made by this dictionary.
    public func term(_ id: UInt32) -> Term { terms[Int(id)] }

    public mutating func reserveCapacity(_ n: Int) {
        terms.reserveCapacity(n + 1)
        ids.reserveCapacity(n)
    }
}

/// A term compared code point by code point. `String ==` treats canonically equivalent
/// text (NFC and NFD "é") as equal, but RDF terms with different code points are different
/// terms; comparing UTF-8 bytes is also faster than Unicode-aware comparison. Language tags
/// compare case-insensitively (RDF 1.1): "x"@EN and "x"@en are one term, kept as first seen.
struct ExactTerm: Hashable, Sendable {
    let term: Term

    init(_ term: Term) { self.term = term }

    static func == (a: ExactTerm, b: ExactTerm) -> Bool {
        switch (a.term, b.term) {
        case (.iri(let x), .iri(let y)), (.blank(let x), .blank(let y)): return sameBytes(x, y)
        case (.literal(let x), .literal(let y)):
            return sameBytes(x.lexical, y.lexical) && x.datatype == y.datatype
                && (x.language == y.language || (x.language != nil && y.language != nil && x.language!.lowercased() == y.language!.lowercased()))
        default: return false
        }
    }

    /// Byte equality of the UTF-8 forms (memcmp on native strings).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        switch term {
        case .iri(let x): hasher.combine(0 as UInt8); hash(x, &hasher)
        case .blank(let x): hasher.combine(1 as UInt8); hash(x, &hasher)
        case .literal(let l):
            hasher.combine(2 as UInt8); hash(l.lexical, &hasher)
            if let language = l.language { hash(language.lowercased(), &hasher) }
            if let datatype = l.datatype { hash(datatype, &hasher) }
        }
    }

    private func hash(_ s: String, _ hasher: inout Hasher) {
        var s = s
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)
    }
}
