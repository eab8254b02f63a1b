import NewsGraphRDF

/// Dictionary encoding: every distinct term gets a dense `UInt32` id (from 1; 0 means
/// "unbound" in solution rows), so indexes and joins compare integers, not strings.
public struct TermDictionary: Sendable {
    /// `terms[id]`; slot 0 is a placeholder for "no term".
    private(set) var terms: [Term] = [.iri("")]
    private var ids: [Term: UInt32] = [:]

    public init() {}

    /// Number of distinct terms.
    public var count: Int { terms.count - 1 }

    /// The id of `term`, adding it if new.
    public mutating func intern(_ term: Term) -> UInt32 {
        if let id = ids[term] { return id }
        let id = UInt32(terms.count)
        terms.append(term)
        ids[term] = id
        return id
    }

    /// The id of `term`, or nil if the dictionary has never seen it.
    public func id(of term: Term) -> UInt32? { ids[term] }

    /// The term of an id made by this dictionary.
    public func term(_ id: UInt32) -> Term { terms[Int(id)] }

    public mutating func reserveCapacity(_ n: Int) {
        terms.reserveCapacity(n + 1)
        ids.reserveCapacity(n)
    }
}
