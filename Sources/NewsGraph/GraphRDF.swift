import NewsGraphRDF

/// How a `KnowledgeGraph` reads as RDF. One mapping shared by every RDF export, the store's
/// query index and `push`, so they all hold the same triples.
///
/// - entity `ent:ID`    -> `<base>entity/ID`, `rdf:type kg:Class`, `rdfs:label`,
///   `skos:prefLabel`/`skos:altLabel` with BCP 47 tags, `kg:mentionCount`, `kg:mentionedIn <doc>`
/// - document `doc:ID`  -> `<base>document/ID`, `rdf:type kg:Document`, `rdfs:label`, `kg:contentHash`
/// - edge `rel:ID`      -> the direct triple `<s> kg:predicate <o>`, plus a provenance node
///   `<base>relation/ID` (`rdf:type kg:RelationStatement`, `rdf:subject/predicate/object`,
///   `prov:wasDerivedFrom <doc>`, `kg:evidence`, `kg:start`, `kg:end`, `kg:rule`, `kg:confidence`, `kg:role`)
public struct GraphRDF: Sendable {
    public var base: String

    public init(base: String = Vocabulary.defaultBase) {
        self.base = base.hasSuffix("/") || base.hasSuffix("#") ? base : base + "/"
    }

    /// The IRI of a graph id (`ent:…`, `doc:…`, `rel:…`).
    public func iri(_ id: String) -> Term {
        if id.hasPrefix("ent:") { return .iri(base + "entity/" + id.dropFirst(4)) }
        if id.hasPrefix("doc:") { return .iri(base + "document/" + id.dropFirst(4)) }
        if id.hasPrefix("rel:") { return .iri(base + "relation/" + id.dropFirst(4)) }
        return .iri(base + id)
    }

    /// The graph id of an IRI made by `iri(_:)`, or nil for IRIs from elsewhere.
    public func graphID(_ iri: String) -> String? {
        guard iri.hasPrefix(base) else { return nil }
        let rest = iri.dropFirst(base.count)
        for (segment, prefix) in [("entity/", "ent:"), ("document/", "doc:"), ("relation/", "rel:")] where rest.hasPrefix(segment) {
            return prefix + rest.dropFirst(segment.count)
        }
        return nil
    }

    public static func kg(_ local: String) -> Term { .iri(Vocabulary.kg + local) }

    /// The BCP 47 tag for an alias: `en` for Latin script, `zh` for Han (script unknown).
    public static func languageTag(of name: String) -> String {
        for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
            return scalar.isASCII || (0x00C0...0x024F).contains(scalar.value) ? "en" : "zh"
        }
        return "en"
    }

    /// Every triple of the graph, in a deterministic order (nodes, documents, edges, each by
    /// id), handed to `emit` one at a time so callers can stream.
    public func forEachTriple(in graph: KnowledgeGraph, _ emit: (Triple) throws -> Void) rethrows {
        for node in graph.nodes {
            try forEachTriple(ofNode: node, emit)
        }
        for document in graph.documents {
            try forEachTriple(ofDocument: document, emit)
        }
        for edge in graph.edges {
            try emit(directTriple(of: edge))
            try forEachProvenanceTriple(of: edge, emit)
        }
    }

    // The parts below are the mapping itself; `forEachTriple(in:)` only strings them together.
    // Each part's triples share one subject, so a writer can emit the graph grouped and sorted
    // by subject without holding every triple (see NewsGraphExport's sorted triple stream).

    /// The triples of an entity node; every one has the subject `iri(node.id)`.
    public func forEachTriple(ofNode node: GraphNode, _ emit: (Triple) throws -> Void) rethrows {
        let s = iri(node.id)
        try emit(Triple(s, .iri(Vocabulary.rdfType), Self.kg(node.type.className)))
        try emit(Triple(s, .iri(Vocabulary.rdfs + "label"), .string(node.label)))
        for tag in node.labels.keys.sorted() {
            try emit(Triple(s, .iri(Vocabulary.skos + "prefLabel"), .text(node.labels[tag]!, language: tag)))
        }
        for alias in node.aliases {
            try emit(Triple(s, .iri(Vocabulary.skos + "altLabel"), .text(alias, language: Self.languageTag(of: alias))))
        }
        try emit(Triple(s, Self.kg("mentionCount"), .typed(String(node.mentionCount), Vocabulary.xsd + "integer")))
        try emit(Triple(s, Self.kg("inCatalog"), .typed(node.inCatalog ? "true" : "false", Vocabulary.xsd + "boolean")))
        for document in node.documents {
            try emit(Triple(s, Self.kg("mentionedIn"), iri(document)))
        }
    }

    /// The triples of a document; every one has the subject `iri(document.id)`.
    public func forEachTriple(ofDocument document: GraphDocument, _ emit: (Triple) throws -> Void) rethrows {
        let s = iri(document.id)
        try emit(Triple(s, .iri(Vocabulary.rdfType), Self.kg("Document")))
        try emit(Triple(s, .iri(Vocabulary.rdfs + "label"), .string(document.name)))
        try emit(Triple(s, Self.kg("contentHash"), .string(document.contentHash)))
        try emit(Triple(s, Self.kg("byteCount"), .typed(String(document.byteCount), Vocabulary.xsd + "integer")))
    }

    /// The relation itself as a direct triple `<subject> kg:predicate <object>` (the same
    /// triple for every parallel edge stating it).
    public func directTriple(of edge: GraphEdge) -> Triple {
        Triple(iri(edge.subject), Self.kg(edge.predicate), iri(edge.object))
    }

    /// The provenance node of an edge; every triple has the subject `iri(edge.id)`.
    public func forEachProvenanceTriple(of edge: GraphEdge, _ emit: (Triple) throws -> Void) rethrows {
        let integer = Vocabulary.xsd + "integer"
        let predicate = Self.kg(edge.predicate)
        let r = iri(edge.id)
        try emit(Triple(r, .iri(Vocabulary.rdfType), Self.kg("RelationStatement")))
        try emit(Triple(r, .iri(Vocabulary.rdf + "subject"), iri(edge.subject)))
        try emit(Triple(r, .iri(Vocabulary.rdf + "predicate"), predicate))
        try emit(Triple(r, .iri(Vocabulary.rdf + "object"), iri(edge.object)))
        try emit(Triple(r, .iri(Vocabulary.prov + "wasDerivedFrom"), iri(edge.document)))
        try emit(Triple(r, Self.kg("evidence"), .string(edge.evidence)))
        try emit(Triple(r, Self.kg("start"), .typed(String(edge.start), integer)))
        try emit(Triple(r, Self.kg("end"), .typed(String(edge.end), integer)))
        try emit(Triple(r, Self.kg("rule"), .string(edge.rule)))
        try emit(Triple(r, Self.kg("confidence"), .typed(Self.decimal(edge.confidence), Vocabulary.xsd + "decimal")))
        if let role = edge.role {
            try emit(Triple(r, Self.kg("role"), .string(role)))
        }
    }

    /// All triples, sorted and without duplicates (a direct triple stated twice is one triple).
    public func triples(of graph: KnowledgeGraph) -> [Triple] {
        var all = Set<Triple>()
        forEachTriple(in: graph) { all.insert($0) }
        return all.sorted()
    }

    /// Canonical xsd:decimal text with up to three fractional digits.
    public static func decimal(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let whole = thousandths / 1000, fraction = abs(thousandths % 1000)
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
        return (thousandths < 0 && whole == 0 ? "-" : "") + String(whole) + "." + digits
    }
}
