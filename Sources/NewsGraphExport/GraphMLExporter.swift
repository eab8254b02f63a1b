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
/// Ids are NMTOKEN-safe (see `GraphMLID`).
///
/// Nodes and edges are written in chunks of `chunkSize` as `XMLFragment`s, on two threads,
/// and appended in order (see `FragmentPipeline`): the bytes do not depend on the threads.
public struct GraphMLExporter: Sendable {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    public var rdf: GraphRDF
    /// Nodes or edges per fragment: large enough that handing a fragment over costs nothing,
    /// small enough that the few fragments in flight stay a few MB.
    var chunkSize = 4096
    /// False makes every chunk on the calling thread (tests compare both ways).
    var twoThreads = true

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
        let names = try GraphMLNames(tags: tags, path: w.path)

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

        // One sequence of items: entity nodes, document nodes, missing edge ends, edges.
        let items = GraphMLItems(graph: graph, ids: ids, names: names, rdf: rdf)
        let chunkSize = max(1, self.chunkSize)
        let chunks = (items.count + chunkSize - 1) / chunkSize
        try FragmentPipeline.run(count: chunks, twoThreads: twoThreads, writer: w) { chunk, fragment in
            var cache = GraphMLItems.Cache()
            for i in chunk * chunkSize..<min(items.count, (chunk + 1) * chunkSize) {
                try items.write(i, into: &fragment, cache: &cache)
            }
        }
        try w.endElement() // graph
        try w.endElement() // graphml
    }
}

/// The nodes and edges of the `<graph>` element, item by item, for `GraphMLExporter`.
struct GraphMLItems: Sendable {
    let graph: KnowledgeGraph
    let ids: GraphMLIDs
    let names: GraphMLNames
    let rdf: GraphRDF

    var count: Int { graph.nodes.count + graph.documents.count + ids.missingEnds.count + graph.edges.count }

    /// Ontology IRIs and decimals made once per chunk, not per node or edge: the same few values
    /// repeat thousands of times.
    struct Cache {
        var classIRIs: [String: String] = [:]
        var predicateIRIs: [String: String] = [:]
        var decimals: [UInt64: String] = [:]
    }

    func write(_ i: Int, into f: inout XMLFragment, cache: inout Cache) throws {
        var i = i
        // Nodes and edges through pointers: `graph.edges[i]` copied the edge (a retain and a
        // release per string) before a field was read.
        if i < graph.nodes.count { return try graph.nodes.withUnsafeBufferPointer { try write($0.baseAddress! + i, into: &f, cache: &cache) } }
        i -= graph.nodes.count
        if i < graph.documents.count { return try write(graph.documents[i], into: &f) }
        i -= graph.documents.count
        // Edge ends the graph does not hold (e.g. a catalog fact about an unmentioned entity)
        // still get a node, so every reader sees the same edges.
        if i < ids.missingEnds.count {
            let id = ids.missingEnds[i]
            try f.startElement(names.node)
            try f.attribute(names.id, ids.node(id))
            try text(&f, names.nodeGraphID, id)
            try text(&f, names.nodeLabel, id)
            return try f.endElement()
        }
        i -= ids.missingEnds.count
        try graph.edges.withUnsafeBufferPointer { try write($0.baseAddress! + i, into: &f, cache: &cache) }
    }

    // Every string value goes through `ExportText.clean`; integers are digits (always clean).

    private func write(_ node: UnsafePointer<GraphNode>, into f: inout XMLFragment, cache: inout Cache) throws {
        try f.startElement(names.node)
        try f.attribute(names.id, ids.node(node.pointee.id))
        try text(&f, names.nodeGraphID, node.pointee.id)
        try text(&f, names.nodeLabel, node.pointee.label)
        try text(&f, names.nodeType, node.pointee.type.description)
        let className = node.pointee.type.className
        try text(&f, names.nodeClassIRI, cache.classIRIs[className] ?? Self.remember(&cache.classIRIs, className))
        if node.pointee.labels.count == 1, let (tag, label) = node.pointee.labels.first {
            try text(&f, names.labels[tag]!, label)
        } else {
            for (tag, label) in node.pointee.labels.sorted(by: { $0.key < $1.key }) {
                try text(&f, names.labels[tag]!, label)
            }
        }
        if !node.pointee.aliases.isEmpty {
            try text(&f, names.nodeAliases, node.pointee.aliases.joined(separator: GraphMLKey.aliasSeparator))
        }
        try f.leaf(names.nodeMentionCount, node.pointee.mentionCount)
        try f.leaf(names.nodeDocumentCount, node.pointee.documents.count)
        try f.leaf(names.nodeInCatalog, node.pointee.inCatalog ? "true" : "false")
        try f.endElement()
    }

    private func write(_ document: borrowing GraphDocument, into f: inout XMLFragment) throws {
        try f.startElement(names.node)
        try f.attribute(names.id, ids.node(document.id))
        try text(&f, names.nodeGraphID, document.id)
        try text(&f, names.nodeLabel, document.name)
        try f.leaf(names.nodeType, "Document")
        try f.leaf(names.nodeClassIRI, names.documentClassIRI)
        try text(&f, names.nodeContentHash, document.contentHash)
        try f.leaf(names.nodeByteCount, document.byteCount)
        try f.endElement()
    }

    private func write(_ edge: UnsafePointer<GraphEdge>, into f: inout XMLFragment, cache: inout Cache) throws {
        try f.startElement(names.edge)
        try f.attribute(names.id, ids.edge(edge.pointee.id))
        try f.attribute(names.source, ids.node(edge.pointee.subject))
        try f.attribute(names.target, ids.node(edge.pointee.object))
        try text(&f, names.edgeGraphID, edge.pointee.id)
        try text(&f, names.edgePredicate, edge.pointee.predicate)
        try text(&f, names.edgePredicateIRI, cache.predicateIRIs[edge.pointee.predicate] ?? Self.remember(&cache.predicateIRIs, edge.pointee.predicate))
        try text(&f, names.edgeEvidence, edge.pointee.evidence)
        try text(&f, names.edgeDocument, ids.node(edge.pointee.document))
        try f.leaf(names.edgeStart, edge.pointee.start)
        try f.leaf(names.edgeEnd, edge.pointee.end)
        try text(&f, names.edgeRule, edge.pointee.rule)
        let bits = edge.pointee.confidence.bitPattern
        try f.leaf(names.edgeConfidence, cache.decimals[bits] ?? Self.remember(&cache.decimals, edge.pointee.confidence))
        if let role = edge.pointee.role {
            try text(&f, names.edgeRole, role)
        }
        try f.endElement()
    }

    /// A leaf with `ExportText.clean(value)`. Nearly every value is clean: `leafIfPlain` checks
    /// that (`XMLCharacters.isPlain` is `ExportText.isClean` per character) while escaping, in
    /// one pass instead of two; only other values are cleaned first.
    @inline(__always)
    private func text(_ f: inout XMLFragment, _ tag: borrowing XMLLeafTag, _ value: borrowing String) throws {
        if try !f.leafIfPlain(tag, value) {
            try f.leaf(tag, ExportText.clean(copy value))
        }
    }

    /// The ontology IRI of a class or predicate local name, remembered in `cache`.
    private static func remember(_ cache: inout [String: String], _ local: String) -> String {
        let iri = GraphRDF.kg(local).iriValue!
        cache[local] = iri
        return iri
    }

    /// `GraphRDF.decimal(value)` (ASCII digits and '.', always clean), remembered by bit pattern.
    private static func remember(_ cache: inout [UInt64: String], _ value: Double) -> String {
        let text = ExportText.clean(GraphRDF.decimal(value))
        cache[value.bitPattern] = text
        return text
    }
}
