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
        if id.hasPrefix("ent:") { return .iri(joined("entity/", id.dropFirst(4))) }
        if id.hasPrefix("doc:") { return .iri(joined("document/", id.dropFirst(4))) }
        if id.hasPrefix("rel:") { return .iri(joined("relation/", id.dropFirst(4))) }
        return .iri(joined("", id[...]))
    }

    /// `base + segment + rest` in one allocation (`a + b + c` makes two strings; exports call
    /// this for nearly every triple).
    private func joined(_ segment: String, _ rest: Substring) -> String {
        var iri = String()
        iri.reserveCapacity(base.utf8.count + segment.utf8.count + rest.utf8.count)
        iri += base
        iri += segment
        iri += rest
        return iri
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
        try emit(Triple(s, P.type, Self.kg(node.type.className)))
        try emit(Triple(s, P.label, .string(node.label)))
        for tag in node.labels.keys.sorted() {
            try emit(Triple(s, P.prefLabel, .text(node.labels[tag]!, language: tag)))
        }
        for alias in node.aliases {
            try emit(Triple(s, P.altLabel, .text(alias, language: Self.languageTag(of: alias))))
        }
        try emit(Triple(s, P.mentionCount, .typed(String(node.mentionCount), P.integer)))
        try emit(Triple(s, P.inCatalog, .typed(node.inCatalog ? "true" : "false", P.boolean)))
        for document in node.documents {
            try emit(Triple(s, P.mentionedIn, iri(document)))
        }
    }

    /// The triples of a document; every one has the subject `iri(document.id)`.
    public func forEachTriple(ofDocument document: GraphDocument, _ emit: (Triple) throws -> Void) rethrows {
        let s = iri(document.id)
        try emit(Triple(s, P.type, P.document))
        try emit(Triple(s, P.label, .string(document.name)))
        try emit(Triple(s, P.contentHash, .string(document.contentHash)))
        try emit(Triple(s, P.byteCount, .typed(String(document.byteCount), P.integer)))
    }

    /// The relation itself as a direct triple `<subject> kg:predicate <object>` (the same
    /// triple for every parallel edge stating it).
    public func directTriple(of edge: GraphEdge) -> Triple {
        Triple(iri(edge.subject), Self.kg(edge.predicate), iri(edge.object))
    }

    /// The provenance node of an edge; every triple has the subject `iri(edge.id)`.
    public func forEachProvenanceTriple(of edge: GraphEdge, _ emit: (Triple) throws -> Void) rethrows {
        let predicate = Self.kg(edge.predicate)
        let r = iri(edge.id)
        try emit(Triple(r, P.type, P.relationStatement))
        try emit(Triple(r, P.subject, iri(edge.subject)))
        try emit(Triple(r, P.predicate, predicate))
        try emit(Triple(r, P.object, iri(edge.object)))
        try emit(Triple(r, P.wasDerivedFrom, iri(edge.document)))
        try emit(Triple(r, P.evidence, .string(edge.evidence)))
        try emit(Triple(r, P.start, .typed(String(edge.start), P.integer)))
        try emit(Triple(r, P.end, .typed(String(edge.end), P.integer)))
        try emit(Triple(r, P.rule, .string(edge.rule)))
        try emit(Triple(r, P.confidence, .typed(Self.decimal(edge.confidence), P.decimal)))
        if let role = edge.role {
            try emit(Triple(r, P.role, .string(role)))
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

/// The mapping's fixed IRIs, made once (building them per triple dominated export time).
private enum P {
    static let type = Term.iri(Vocabulary.rdfType)
    static let label = Term.iri(Vocabulary.rdfs + "label")
    static let prefLabel = Term.iri(Vocabulary.skos + "prefLabel")
    static let altLabel = Term.iri(Vocabulary.skos + "altLabel")
    static let mentionCount = GraphRDF.kg("mentionCount")
    static let inCatalog = GraphRDF.kg("inCatalog")
    static let mentionedIn = GraphRDF.kg("mentionedIn")
    static let document = GraphRDF.kg("Document")
    static let contentHash = GraphRDF.kg("contentHash")
    static let byteCount = GraphRDF.kg("byteCount")
    static let relationStatement = GraphRDF.kg("RelationStatement")
    static let subject = Term.iri(Vocabulary.rdf + "subject")
    static let predicate = Term.iri(Vocabulary.rdf + "predicate")
    static let object = Term.iri(Vocabulary.rdf + "object")
    static let wasDerivedFrom = Term.iri(Vocabulary.prov + "wasDerivedFrom")
    static let evidence = GraphRDF.kg("evidence")
    static let start = GraphRDF.kg("start")
    static let end = GraphRDF.kg("end")
    static let rule = GraphRDF.kg("rule")
    static let confidence = GraphRDF.kg("confidence")
    static let role = GraphRDF.kg("role")
    static let integer = Vocabulary.xsd + "integer"
    static let boolean = Vocabulary.xsd + "boolean"
    static let decimal = Vocabulary.xsd + "decimal"
}
