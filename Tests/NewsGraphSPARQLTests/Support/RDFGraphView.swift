import NewsGraphRDF

/// Read access to a small parsed graph (manifests, RDF result sets) by subject and predicate.
struct RDFGraphView {
    let triples: [Triple]
    private var bySubject: [Term: [Triple]] = [:]

    init(_ triples: [Triple]) {
        self.triples = triples
        for t in triples { bySubject[t.subject, default: []].append(t) }
    }

    func objects(_ s: Term, _ p: String) -> [Term] {
        (bySubject[s] ?? []).filter { $0.predicate == .iri(p) }.map(\.object)
    }

    func object(_ s: Term, _ p: String) -> Term? { objects(s, p).first }

    func subjects(_ p: String, _ o: Term) -> [Term] {
        triples.filter { $0.predicate == .iri(p) && $0.object == o }.map(\.subject)
    }

    /// The members of an RDF collection.
    func list(_ head: Term) -> [Term] {
        var out: [Term] = []
        var node = head
        let rdf = Vocabulary.rdf
        while node != .iri(rdf + "nil"), let first = object(node, rdf + "first") {
            out.append(first)
            guard let rest = object(node, rdf + "rest") else { break }
            node = rest
        }
        return out
    }
}
