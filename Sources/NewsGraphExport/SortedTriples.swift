import NewsGraph
import NewsGraphRDF

/// The RDF triples of a graph, sorted and without duplicates, produced one subject at a time.
///
/// The set is `GraphRDF`'s mapping with every IRI and literal passed through `ExportText.clean`
/// (U+0001, U+FFFE, NUL ... removed), because RDF/XML cannot carry those characters and
/// N-Triples must hold exactly the triples the RDF/XML holds. The
/// order is the order of `Triple`'s `<` (subject, predicate, object; IRIs and literals by
/// Unicode scalar); duplicates are triples whose terms have identical scalars (RDF's equality).
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
        var count = 0
        var start = 0
        while start < parts.count {
            var end = start + 1
            while end < parts.count, TermOrder.compare(parts[end].subject, parts[start].subject) == 0 { end += 1 }
            group.removeAll(keepingCapacity: true)
            for part in parts[start..<end] {
                collect(part) { group.append(TripleSanitizer.sanitized($0)) }
            }
            // A part mostly emits its triples in order already; sort only when it did not, and
            // sort positions rather than triples (moving a triple costs three retains).
            var sorted = true
            for i in group.indices.dropFirst() where !TermOrder.lessIgnoringSubject(group[i - 1], group[i]) {
                sorted = false
                break
            }
            if !sorted {
                order.removeAll(keepingCapacity: true)
                order.append(contentsOf: group.indices)
                group.withUnsafeBufferPointer { triples in
                    order.sort { TermOrder.lessIgnoringSubject(triples[$0], triples[$1]) }
                }
            }
            var previous = -1
            for k in group.indices {
                let i = sorted ? k : order[k]
                if previous >= 0, TermOrder.identical(group[previous], group[i]) { continue }
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
        for (i, node) in graph.nodes.enumerated() { parts.append(Part(subject: subject(node.id), kind: .node, index: i)) }
        for (i, document) in graph.documents.enumerated() { parts.append(Part(subject: subject(document.id), kind: .document, index: i)) }
        for (i, edge) in graph.edges.enumerated() {
            parts.append(Part(subject: subject(edge.subject), kind: .direct, index: i))
            parts.append(Part(subject: subject(edge.id), kind: .provenance, index: i))
        }
        // Ties keep kind and index order, so the part order (not only the output) is deterministic.
        parts.sort { a, b in
            let order = TermOrder.compare(a.subject, b.subject)
            return order != 0 ? order < 0 : (a.kind.rawValue, a.index) < (b.kind.rawValue, b.index)
        }
        return parts
    }
}
