import NewsGraphRDF

/// An in-memory RDF store: dictionary-encoded terms and sorted permutation indexes (SPO, POS,
/// OSP) in contiguous arrays, one set per graph: the default graph plus named graphs.
///
/// Queries see the default graph; `GRAPH` patterns see the named graphs (`FROM` / `FROM NAMED`
/// choose others). Build it in bulk (`init(triples:)`, `Builder`); `insert(contentsOf:)` and
/// `remove(contentsOf:)` then merge changes in linear time.
public struct TripleIndex: Sendable {
    public internal(set) var dictionary = TermDictionary()
    var defaultGraph = TripleTable()
    /// Named graphs by the id of their name.
    var namedGraphs: [UInt32: TripleTable] = [:]

    public init() {}

    public init(triples: [Triple]) {
        insert(contentsOf: triples)
    }

    /// Adds triples to the default graph, or to the named graph `graph` (an IRI or blank node).
    public mutating func insert(contentsOf triples: [Triple], graph: Term? = nil) {
        let keys = encode(triples)
        if let graph {
            let g = dictionary.intern(graph)
            namedGraphs[g, default: TripleTable()].insert(spoKeys: keys)
        } else {
            defaultGraph.insert(spoKeys: keys)
        }
    }

    /// Removes triples (those absent are ignored). Their terms stay in the dictionary.
    public mutating func remove(contentsOf triples: [Triple], graph: Term? = nil) {
        var keys: [IDTriple] = []
        for t in triples {
            if let s = dictionary.id(of: t.subject), let p = dictionary.id(of: t.predicate), let o = dictionary.id(of: t.object) {
                keys.append(IDTriple(s, p, o))
            }
        }
        if let graph {
            guard let g = dictionary.id(of: graph) else { return }
            namedGraphs[g]?.remove(spoKeys: keys)
        } else {
            defaultGraph.remove(spoKeys: keys)
        }
    }

    /// Drops a named graph.
    public mutating func removeGraph(_ graph: Term) {
        if let g = dictionary.id(of: graph) { namedGraphs[g] = nil }
    }

    private mutating func encode(_ triples: [Triple]) -> [IDTriple] {
        var keys: [IDTriple] = []
        keys.reserveCapacity(triples.count)
        for t in triples {
            keys.append(IDTriple(dictionary.intern(t.subject), dictionary.intern(t.predicate), dictionary.intern(t.object)))
        }
        return keys
    }

    /// Triples in the default graph.
    public var count: Int { defaultGraph.count }

    /// Names of the named graphs, sorted.
    public var graphNames: [Term] { namedGraphs.keys.map { dictionary.term($0) }.sorted() }

    /// Triples in a named graph (0 if absent).
    public func count(inGraph graph: Term) -> Int {
        guard let g = dictionary.id(of: graph) else { return 0 }
        return namedGraphs[g]?.count ?? 0
    }

    func table(_ graph: Term?) -> TripleTable? {
        guard let graph else { return defaultGraph }
        guard let g = dictionary.id(of: graph) else { return nil }
        return namedGraphs[g]
    }

    /// The triples matching a pattern (nil = any), in the order of the index used.
    public func triples(subject: Term? = nil, predicate: Term? = nil, object: Term? = nil, graph: Term? = nil) -> [Triple] {
        guard let table = table(graph), let (perm, key, bound) = lookupKey(subject, predicate, object) else { return [] }
        let keys = table.keys(perm)
        return table.range(perm, key, bound: bound).map { i in
            let (s, p, o) = perm.spo(keys[i])
            return Triple(dictionary.term(s), dictionary.term(p), dictionary.term(o))
        }
    }

    /// The exact number of triples matching a pattern (nil = any): two binary searches.
    public func cardinality(subject: Term? = nil, predicate: Term? = nil, object: Term? = nil, graph: Term? = nil) -> Int {
        guard let table = table(graph), let (perm, key, bound) = lookupKey(subject, predicate, object) else { return 0 }
        return table.range(perm, key, bound: bound).count
    }

    public func contains(_ triple: Triple, graph: Term? = nil) -> Bool {
        cardinality(subject: triple.subject, predicate: triple.predicate, object: triple.object, graph: graph) > 0
    }

    private func lookupKey(_ s: Term?, _ p: Term?, _ o: Term?) -> (Permutation, IDTriple, Int)? {
        var ids: [UInt32] = [0, 0, 0]
        for (i, term) in [s, p, o].enumerated() {
            guard let term else { continue }
            guard let id = dictionary.id(of: term) else { return nil }
            ids[i] = id
        }
        let (perm, bound) = Permutation.choose(s: s != nil, p: p != nil, o: o != nil)
        return (perm, perm.key(s: ids[0], p: ids[1], o: ids[2]), bound)
    }

    /// Every triple of the default graph in SPO id order (for export and checks).
    public var allTriples: [Triple] { triples() }
}
