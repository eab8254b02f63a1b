import NewsGraph
import NewsGraphRDF

/// The RDF triples of a graph, sorted and without duplicates, produced one subject at a time.
///
/// The set is `GraphRDF`'s mapping with every IRI and literal passed through `ExportText.clean`
/// (U+0001, U+FFFE, NUL ... removed; NFC), because RDF/XML cannot carry those characters and
/// N-Triples must hold exactly the triples the RDF/XML holds. The order is `Triple`'s `<`
/// (subject, predicate, object; IRIs and literals by Unicode scalar); duplicates are triples
/// whose terms have identical scalars (RDF's equality). For a graph whose text needs no
/// cleaning this is exactly `GraphRDF.triples(of:)`.
///
/// Only the subjects are held (one small entry per mapping part); each subject's triples are
/// generated, sorted and emitted in turn, so memory stays a fraction of the graph's size.
public struct SortedTriples: Sendable {
    public let graph: KnowledgeGraph
    public let rdf: GraphRDF

    public init(graph: KnowledgeGraph, rdf: GraphRDF) {
        self.graph = graph
        self.rdf = rdf
    }

    /// One part of the mapping: all its triples share the subject `subject`.
    private struct Part {
        enum Kind: UInt8 { case node, document, direct, provenance }
        var subject: String
        var kind: Kind
        var index: Int
    }

    /// Calls `emit` with every triple, in order. Returns the number of triples emitted.
    @discardableResult
    public func forEach(_ emit: (Triple) throws -> Void) rethrows -> Int {
        let parts = sortedParts()
        var group: [Triple] = []
        var order: [Int] = []
        var keys: [Int] = []
        var ranks = PredicateRanks()
        /// -1, 0 or 1: triple `i` against triple `j` of the group (which share the subject).
        func compare(_ i: Int, _ j: Int) -> Int {
            if keys[i] != keys[j] { return keys[i] < keys[j] ? -1 : 1 }
            if keys[i] == PredicateRanks.unranked {
                let predicate = TermOrder.compare(group[i].predicate, group[j].predicate)
                if predicate != 0 { return predicate }
            }
            return TermOrder.compare(group[i].object, group[j].object)
        }
        var count = 0
        var start = 0
        while start < parts.count {
            var end = start + 1
            while end < parts.count, TermOrder.compare(parts[end].subject, parts[start].subject) == 0 { end += 1 }
            group.removeAll(keepingCapacity: true)
            for part in parts[start..<end] {
                collect(part) { group.append(TripleSanitizer.sanitized($0)) }
            }
            // Order by predicate rank (an Int per triple) and compare objects only between
            // triples with the same predicate; comparing whole triples copied them (three or
            // more retains each) and dominated the export time.
            repeat {
                let generation = ranks.generation
                keys.removeAll(keepingCapacity: true)
                for triple in group { keys.append(ranks.rank(triple.predicate)) }
                if generation == ranks.generation { break }
            } while true
            var sorted = true
            for i in group.indices.dropFirst() where compare(i - 1, i) > 0 {
                sorted = false
                break
            }
            if !sorted {
                order.removeAll(keepingCapacity: true)
                order.append(contentsOf: group.indices)
                order.sort { compare($0, $1) < 0 }
            }
            var previous = -1
            for k in group.indices {
                let i = sorted ? k : order[k]
                if previous >= 0, compare(previous, i) == 0 { continue }
                try emit(group[i])
                count += 1
                previous = i
            }
            start = end
        }
        return count
    }

    /// All triples as an array (for tests and small graphs).
    public func array() -> [Triple] {
        var all: [Triple] = []
        forEach { all.append($0) }
        return all
    }

    private func collect(_ part: Part, _ add: (Triple) -> Void) {
        switch part.kind {
        case .node: rdf.forEachTriple(ofNode: graph.nodes[part.index], add)
        case .document: rdf.forEachTriple(ofDocument: graph.documents[part.index], add)
        case .direct: add(rdf.directTriple(of: graph.edges[part.index]))
        case .provenance: rdf.forEachProvenanceTriple(of: graph.edges[part.index], add)
        }
    }

    private func subject(_ id: String) -> String {
        ExportText.clean(rdf.iri(id).iriValue ?? id)
    }

    private func sortedParts() -> [Part] {
        var parts: [Part] = []
        parts.reserveCapacity(graph.nodes.count + graph.documents.count + 2 * graph.edges.count)
        // Appended as runs that are (nearly always) already in order: documents, nodes and
        // provenance nodes follow the graph's id order. The sort below finds such runs and only
        // merges them, so only the direct triples (ordered by edge id, not subject) really sort.
        for (i, document) in graph.documents.enumerated() { parts.append(Part(subject: subject(document.id), kind: .document, index: i)) }
        for (i, node) in graph.nodes.enumerated() { parts.append(Part(subject: subject(node.id), kind: .node, index: i)) }
        for (i, edge) in graph.edges.enumerated() { parts.append(Part(subject: subject(edge.id), kind: .provenance, index: i)) }
        for (i, edge) in graph.edges.enumerated() { parts.append(Part(subject: subject(edge.subject), kind: .direct, index: i)) }
        // Ties keep kind and index order, so the part order (not only the output) is deterministic.
        parts.sort { a, b in
            let order = TermOrder.compare(a.subject, b.subject)
            return order != 0 ? order < 0 : (a.kind.rawValue, a.index) < (b.kind.rawValue, b.index)
        }
        return parts
    }
}

/// The byte order of the predicate IRIs seen so far, as small integers. New predicates are rare
/// (the mapping has a few dozen), so each one simply re-ranks them all and bumps `generation`.
struct PredicateRanks {
    /// For predicates that are not IRIs (the mapping makes none); they compare in full.
    static let unranked = Int.max
    private var ranks: [String: Int] = [:]
    private(set) var generation = 0

    mutating func rank(_ predicate: Term) -> Int {
        guard case .iri(let iri) = predicate else { return Self.unranked }
        if let rank = ranks[iri] { return rank }
        var all = Array(ranks.keys)
        all.append(iri)
        all.sort { TermOrder.compare($0, $1) < 0 }
        ranks = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1, $0) })
        generation += 1
        return ranks[iri]!
    }
}
