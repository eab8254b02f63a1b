import Foundation
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
        try forEachBatch(minimumCount: 1024) { batch in
            try batch.triples.withUnsafeBufferPointer { triples in
                for i in batch.order { try emit(triples.baseAddress![i]) }
            }
        }
    }

    /// Calls `emit` with the triples in order, in batches of whole subjects with at least
    /// `minimumCount` triples (but the last). Returns the number of triples emitted.
    ///
    /// A batch keeps the triples where the mapping put them and lists the order to emit them in
    /// (duplicates left out), so no triple is copied after it is made: copying a triple retains
    /// and later releases every string in it, and moving triples into sorted arrays was a
    /// quarter of the time of a large export.
    @discardableResult
    func forEachBatch(minimumCount: Int, _ emit: (TripleBatch) throws -> Void) rethrows -> Int {
        let parts = sortedParts()
        var triples: [Triple] = []
        var order: [Int] = []
        var sorting: [Int] = []
        var keys: [Int] = []
        var ranks = PredicateRanks()
        var count = 0
        var start = 0
        while start < parts.count {
            var end = start + 1
            while end < parts.count, TermOrder.compare(parts[end].subject, parts[start].subject) == 0 { end += 1 }
            let first = triples.count
            for part in parts[start..<end] {
                collect(part) { triples.append(TripleSanitizer.sanitized($0)) }
            }
            // Order by predicate rank (an Int per triple) and compare objects only between
            // triples with the same predicate; comparing whole triples copied them (three or
            // more retains each) and dominated the export time.
            repeat {
                let generation = ranks.generation
                keys.removeAll(keepingCapacity: true)
                for i in first..<triples.count { keys.append(ranks.rank(triples[i].predicate)) }
                if generation == ranks.generation { break }
            } while true
            // Terms are compared in place through buffer pointers: `group[i].object` inside a
            // closure copied the whole triple first.
            triples.withUnsafeBufferPointer { all in
                let group = UnsafeBufferPointer(rebasing: all[first...])
                keys.withUnsafeBufferPointer { keys in
                    /// -1, 0 or 1: triple `i` against triple `j` of the group (which share the subject).
                    func compare(_ i: Int, _ j: Int) -> Int {
                        if keys[i] != keys[j] { return keys[i] < keys[j] ? -1 : 1 }
                        if keys[i] == PredicateRanks.unranked {
                            let predicate = TermOrder.compare(group[i].predicate, group[j].predicate)
                            if predicate != 0 { return predicate }
                        }
                        return TermOrder.compare(group[i].object, group[j].object)
                    }
                    var sorted = true
                    for i in group.indices.dropFirst() where compare(i - 1, i) > 0 {
                        sorted = false
                        break
                    }
                    if !sorted {
                        sorting.removeAll(keepingCapacity: true)
                        sorting.append(contentsOf: group.indices)
                        sorting.sort { compare($0, $1) < 0 }
                    }
                    var previous = -1
                    for k in group.indices {
                        let i = sorted ? k : sorting[k]
                        if previous >= 0, compare(previous, i) == 0 { continue }
                        order.append(first + i)
                        previous = i
                    }
                }
            }
            if order.count >= minimumCount {
                count += order.count
                try emit(TripleBatch(triples: triples, order: order))
                triples = []
                order = []
                triples.reserveCapacity(minimumCount + 64)
                order.reserveCapacity(minimumCount + 64)
            }
            start = end
        }
        if !order.isEmpty {
            count += order.count
            try emit(TripleBatch(triples: triples, order: order))
        }
        return count
    }

    /// All triples as an array (for tests and small graphs).
    public func array() -> [Triple] {
        var all: [Triple] = []
        forEach { all.append($0) }
        return all
    }

    /// Nodes and edges are handed over through buffer pointers: `graph.edges[i]` copied the
    /// edge (a retain and a release per string) for each part.
    private func collect(_ part: Part, _ add: (Triple) -> Void) {
        switch part.kind {
        case .node: graph.nodes.withUnsafeBufferPointer { rdf.forEachTriple(ofNode: $0.baseAddress![part.index], add) }
        case .document: rdf.forEachTriple(ofDocument: graph.documents[part.index], add)
        case .direct: graph.edges.withUnsafeBufferPointer { add(rdf.directTriple(of: $0.baseAddress![part.index])) }
        case .provenance: graph.edges.withUnsafeBufferPointer { rdf.forEachProvenanceTriple(of: $0.baseAddress![part.index], add) }
        }
    }

    private func subject(_ id: String) -> String {
        ExportText.clean(rdf.iri(id).iriValue ?? id)
    }

    /// The parts in (subject, kind, index) order, a total order: sorting two halves on two
    /// cores and then the whole (which finds the two sorted runs and merges them) gives exactly
    /// the order of sorting them all at once.
    private func sortedParts() -> [Part] {
        @Sendable func less(_ a: Part, _ b: Part) -> Bool {
            let order = TermOrder.compare(a.subject, b.subject)
            return order != 0 ? order < 0 : (a.kind.rawValue, a.index) < (b.kind.rawValue, b.index)
        }
        let documents = graph.documents.count, nodes = graph.nodes.count, edges = graph.edges.count
        // The first half: documents, nodes and provenance nodes, runs that (nearly always) follow
        // the graph's id order already; the second: direct triples, in edge id order, which
        // really sort. Filled in place (indices and pointers: `enumerated()` copied every node
        // and edge), so the parts are held once, as before.
        let split = documents + nodes + edges
        var parts = [Part](unsafeUninitializedCapacity: split + edges) { buffer, initialized in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                var k = half == 0 ? 0 : split
                func add(_ subject: String, _ kind: Part.Kind, _ index: Int) {
                    (buffer.baseAddress! + k).initialize(to: Part(subject: self.subject(subject), kind: kind, index: index))
                    k += 1
                }
                graph.edges.withUnsafeBufferPointer { edgeList in
                    if half == 0 {
                        for i in 0..<documents { add(graph.documents[i].id, .document, i) }
                        graph.nodes.withUnsafeBufferPointer { nodeList in
                            for i in 0..<nodes { add(nodeList[i].id, .node, i) }
                        }
                        for i in 0..<edges { add(edgeList[i].id, .provenance, i) }
                    } else {
                        for i in 0..<edges { add(edgeList[i].subject, .direct, i) }
                    }
                }
                let range = half == 0 ? 0..<split : split..<split + edges
                var region = UnsafeMutableBufferPointer(rebasing: buffer[range])
                region.sort(by: less)
            }
            initialized = split + edges
        }
        parts.sort(by: less)
        return parts
    }
}

/// Triples in the order `triples[order[0]]`, `triples[order[1]]`, ... (see `SortedTriples.forEachBatch`).
struct TripleBatch: Sendable {
    var triples: [Triple]
    var order: [Int]
}

/// The byte order of the predicate IRIs seen so far, as small integers. New predicates are rare
/// (the mapping has a few dozen), so each one simply re-ranks them all and bumps `generation`.
struct PredicateRanks {
    /// For predicates that are not IRIs (the mapping makes none); they compare in full.
    static let unranked = Int.max
    private var ranks: [String: Int] = [:]
    /// In front of `ranks`: hashing the predicate for every triple was a twentieth of the time.
    private var recent = RecentIRIs()
    private(set) var generation = 0

    mutating func rank(_ predicate: Term) -> Int {
        guard case .iri(let iri) = predicate else { return Self.unranked }
        if let rank = recent.value(iri) { return rank }
        if let rank = ranks[iri] {
            recent.remember(iri, rank)
            return rank
        }
        recent = RecentIRIs()
        var all = Array(ranks.keys)
        all.append(iri)
        all.sort { TermOrder.compare($0, $1) < 0 }
        ranks = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1, $0) })
        generation += 1
        return ranks[iri]!
    }
}
