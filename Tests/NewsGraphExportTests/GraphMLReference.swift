import Foundation
import Testing
import NewsGraph
import NewsGraphRDF
import NewsGraphXML
@testable import NewsGraphExport

/// GraphML written the general way, one checked `startElement` / `attribute` / `text` call at a
/// time, as `GraphMLExporter` did before it used leaf tags, fragments and two threads. The
/// exporter must write exactly these bytes.
enum GraphMLReference {
    static func string(_ graph: KnowledgeGraph) throws -> String {
        try XMLWriter.toString(indent: true) { try write(graph, to: $0) }
    }

    static func write(_ graph: KnowledgeGraph, to w: XMLWriter) throws {
        let ids = try GraphMLIDs(graph)
        let tags = Set(GraphMLKey.standardTags).union(graph.nodes.flatMap { $0.labels.keys }).sorted()
        let nodeKeys = GraphMLKey.nodeKeys(tags: tags)
        // Made once, not per node or edge: these strings are the same thousands of times.
        let labelKeys = Dictionary(uniqueKeysWithValues: tags.map { ($0, "n_" + GraphMLKey.labelName($0)) })
        var classIRIs: [String: String] = [:]
        var predicateIRIs: [String: String] = [:]

        try w.startDocument()
        try w.startElement("graphml")
        try w.namespace(prefix: nil, uri: GraphMLExporter.namespace)
        try w.namespace(prefix: "xsi", uri: "http://www.w3.org/2001/XMLSchema-instance")
        try w.attribute("xsi:schemaLocation", GraphMLExporter.namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
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
    private static func cache(_ cache: inout [String: String], _ local: String) -> String {
        let iri = GraphRDF.kg(local).iriValue!
        cache[local] = iri
        return iri
    }

    private static func data(_ w: XMLWriter, _ key: String, _ value: String) throws {
        try w.startElement("data")
        try w.attribute("key", key)
        try w.text(ExportText.clean(value))
        try w.endElement()
    }
}

@Suite struct GraphMLFastPathTests {
    /// A graph with hostile text everywhere, and enough nodes and edges for many chunks.
    static var hostileLarge: KnowledgeGraph {
        let base = Fixtures.hostile
        var nodes = base.nodes, edges = base.edges
        for i in 0..<300 {
            var node = base.nodes[i % base.nodes.count]
            node.id += "-\(i)\(i % 7 == 0 ? "/「\(Fixtures.nasty)」" : "")"
            node.label = Fixtures.nasty + "\(i)"
            node.labels["x-tag-\(i % 4)"] = "e\u{301}tat \(i)"
            nodes.append(node)
            var edge = base.edges[i % base.edges.count]
            edge.id += "-\(i)"
            edge.subject = node.id
            edge.evidence = Fixtures.nasty + String(repeating: "行政長官", count: i % 9)
            edge.confidence = Double(i % 13) / 7
            edges.append(edge)
        }
        return KnowledgeGraph(nodes: nodes, edges: edges, documents: base.documents)
    }

    @Test(arguments: [1, 3, 64, 4096], [true, false])
    func chunksOnTwoThreadsWriteTheGeneralBytes(chunkSize: Int, twoThreads: Bool) throws {
        for graph in [Fixtures.hostile, Fixtures.dangling, Fixtures.clean, Self.hostileLarge, KnowledgeGraph()] {
            var exporter = GraphMLExporter()
            exporter.chunkSize = chunkSize
            exporter.twoThreads = twoThreads
            #expect(try exporter.string(graph) == GraphMLReference.string(graph))
        }
    }

    @Test func filesAreTheSameBytesAsStrings() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-graphml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.graphml").path
        var exporter = GraphMLExporter()
        exporter.chunkSize = 7
        try exporter.export(Self.hostileLarge, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == GraphMLReference.string(Self.hostileLarge))
    }
}
