import NewsGraph
import NewsGraphRDF
import NewsGraphXML

/// Writes a graph as GraphML: a directed multigraph that networkx, igraph, Gephi, Cytoscape
/// and yEd read. Entities and documents are nodes (documents so that `authorOf` edges have a
/// target); every edge keeps its own `rel:` id, so parallel edges survive.
///
/// Node data: `graph_id` (the NewsGraph id), `label`, `type` (`Organization/GovernmentBody`,
/// `Document`), `class_iri`, `label_en` / `label_zh_Hans` / `label_zh_Hant` (and `label_<tag>`
/// for other tags), `aliases` (one string, joined by `" | "`), `mention_count`,
/// `document_count`, `in_catalog`; documents: `content_hash`, `byte_count`.
/// Edge data: `graph_id` (the `rel:` id), `predicate`, `predicate_iri`, `evidence`, `document` (the document's node id),
/// `start`, `end` (Unicode scalar offsets), `rule`, `confidence`, `role` (when known).
/// Ids are NMTOKEN-safe (see `GraphMLID`). Written in one pass, node by node.
public struct GraphMLExporter: Sendable {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    public var rdf: GraphRDF

    /// `rdf` gives the class and predicate IRIs written as `class_iri` / `predicate_iri`.
    public init(rdf: GraphRDF = GraphRDF()) {
        self.rdf = rdf
    }

    /// Writes the file atomically (temporary file, then rename).
    public func export(_ graph: KnowledgeGraph, to path: String) throws {
        let writer = try XMLWriter(path: path, indent: true)
        do {
            try write(graph, to: writer)
            try writer.finish()
        } catch {
            writer.cancel()
            throw error
        }
    }

    /// The whole document as a string (tests and small graphs).
    public func string(_ graph: KnowledgeGraph) throws -> String {
        try XMLWriter.toString(indent: true) { try write(graph, to: $0) }
    }

    func write(_ graph: KnowledgeGraph, to w: XMLWriter) throws {
        let ids = try GraphMLIDs(graph)
        let tags = Set(GraphMLKey.standardTags).union(graph.nodes.flatMap { $0.labels.keys }).sorted()
        let nodeKeys = GraphMLKey.nodeKeys(tags: tags)
        // Made once, not per node or edge: these strings are the same thousands of times.
        let labelKeys = Dictionary(uniqueKeysWithValues: tags.map { ($0, "n_" + GraphMLKey.labelName($0)) })
        var classIRIs: [String: String] = [:]
        var predicateIRIs: [String: String] = [:]

        try w.startDocument()
        try w.startElement("graphml")
        try w.namespace(prefix: nil, uri: Self.namespace)
        try w.namespace(prefix: "xsi", uri: "http://www.w3.org/2001/XMLSchema-instance")
        try w.attribute("xsi:schemaLocation", Self.namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
        try w.comment(" NewsGraph knowledge graph. Node 'aliases' are joined by \"\(GraphMLKey.aliasSeparator)\"; 'graph_id' is the NewsGraph id; offsets count Unicode scalars. ")
        for key in nodeKeys + GraphMLKey.edgeKeys {
            try w.startElement("key")
            try w.attribute("id", key.id)
            try w.attribute("for", key.domain.rawValue)
            try w.attribute("attr.name", key.name)
            try w.attribute("attr.type", key.kind.rawValue)
            try w.endElement()
        }
        try w.startElement("graph")
        try w.attribute("id", "newsgraph")
        try w.attribute("edgedefault", "directed")

        for node in graph.nodes {
            try w.startElement("node")
            try w.attribute("id", ids.node(node.id))
            try data(w, "n_graph_id", node.id)
            try data(w, "n_label", node.label)
            try data(w, "n_type", node.type.description)
            let className = node.type.className
            try data(w, "n_class_iri", classIRIs[className] ?? cache(&classIRIs, className))
            for (tag, label) in node.labels.sorted(by: { $0.key < $1.key }) {
                try data(w, labelKeys[tag]!, label)
            }
            if !node.aliases.isEmpty {
                try data(w, "n_aliases", node.aliases.joined(separator: GraphMLKey.aliasSeparator))
            }
            try data(w, "n_mention_count", String(node.mentionCount))
            try data(w, "n_document_count", String(node.documents.count))
            try data(w, "n_in_catalog", node.inCatalog ? "true" : "false")
            try w.endElement()
        }
        for document in graph.documents {
            try w.startElement("node")
            try w.attribute("id", ids.node(document.id))
            try data(w, "n_graph_id", document.id)
            try data(w, "n_label", document.name)
            try data(w, "n_type", "Document")
            try data(w, "n_class_iri", GraphRDF.kg("Document").iriValue!)
            try data(w, "n_content_hash", document.contentHash)
            try data(w, "n_byte_count", String(document.byteCount))
            try w.endElement()
        }
        // Edge ends the graph does not hold (e.g. a catalog fact about an unmentioned entity)
        // still get a node, so every reader sees the same edges.
        for id in ids.missingEnds {
            try w.startElement("node")
            try w.attribute("id", ids.node(id))
            try data(w, "n_graph_id", id)
            try data(w, "n_label", id)
            try w.endElement()
        }
        for edge in graph.edges {
            try w.startElement("edge")
            try w.attribute("id", ids.edge(edge.id))
            try w.attribute("source", ids.node(edge.subject))
            try w.attribute("target", ids.node(edge.object))
            try data(w, "e_graph_id", edge.id)
            try data(w, "e_predicate", edge.predicate)
            try data(w, "e_predicate_iri", predicateIRIs[edge.predicate] ?? cache(&predicateIRIs, edge.predicate))
            try data(w, "e_evidence", edge.evidence)
            try data(w, "e_document", ids.node(edge.document))
            try data(w, "e_start", String(edge.start))
            try data(w, "e_end", String(edge.end))
            try data(w, "e_rule", edge.rule)
            try data(w, "e_confidence", GraphRDF.decimal(edge.confidence))
            if let role = edge.role {
                try data(w, "e_role", role)
            }
            try w.endElement()
        }
        try w.endElement() // graph
        try w.endElement() // graphml
    }

    /// The ontology IRI of a class or predicate local name, remembered in `cache`.
    private func cache(_ cache: inout [String: String], _ local: String) -> String {
        let iri = GraphRDF.kg(local).iriValue!
        cache[local] = iri
        return iri
    }

    private func data(_ w: XMLWriter, _ key: String, _ value: String) throws {
        try w.startElement("data")
        try w.attribute("key", key)
        try w.text(ExportText.clean(value))
        try w.endElement()
    }
}

/// The GraphML ids of one graph: `GraphMLID` for each id, checked for collisions, plus the
/// edge ends that are neither nodes nor documents.
struct GraphMLIDs {
    private var rewritten: [String: String] = [:]
    let missingEnds: [String]

    init(_ graph: KnowledgeGraph) throws {
        let known = Set(graph.nodes.lazy.map(\.id) + graph.documents.lazy.map(\.id))
        var missing = Set<String>()
        for edge in graph.edges {
            if !known.contains(edge.subject) { missing.insert(edge.subject) }
            if !known.contains(edge.object) { missing.insert(edge.object) }
            if !known.contains(edge.document) { missing.insert(edge.document) }
        }
        missingEnds = missing.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        // Only ids that had to change can collide (unchanged ids are distinct graph ids).
        var owners: [String: String] = [:]
        let nodeIDs = graph.nodes.lazy.map(\.id) + graph.documents.lazy.map(\.id) + missingEnds
        for id in nodeIDs {
            let made = GraphMLID.make(id)
            guard made != id else { continue }
            if let other = owners[made] ?? (known.contains(made) || missing.contains(made) ? made : nil) {
                throw ExportError.duplicateGraphMLID(id: made, first: other, second: id)
            }
            owners[made] = id
            rewritten[id] = made
        }
        var edgeOwners: [String: String] = [:]
        let edgeIDs = Set(graph.edges.map(\.id))
        for edge in graph.edges {
            let made = GraphMLID.make(edge.id)
            guard made != edge.id else { continue }
            if let other = edgeOwners[made] ?? (edgeIDs.contains(made) ? made : nil) {
                throw ExportError.duplicateGraphMLID(id: made, first: other, second: edge.id)
            }
            edgeOwners[made] = edge.id
            rewritten[edge.id] = made
        }
    }

    func node(_ id: String) -> String { rewritten[id] ?? id }
    func edge(_ id: String) -> String { rewritten[id] ?? id }
}
