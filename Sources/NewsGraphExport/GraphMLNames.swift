import NewsGraph
import NewsGraphXML

/// The element names and `<data key="...">` tags of a GraphML export, checked once per export
/// instead of once per element (the names repeat millions of times in a large graph).
struct GraphMLNames: Sendable {
    let node: XMLName, edge: XMLName, id: XMLName, source: XMLName, target: XMLName
    let nodeGraphID, nodeLabel, nodeType, nodeClassIRI, nodeAliases, nodeMentionCount,
        nodeDocumentCount, nodeInCatalog, nodeContentHash, nodeByteCount: XMLLeafTag
    /// `n_label_<tag>` for every label tag of the graph.
    let labels: [String: XMLLeafTag]
    let edgeGraphID, edgePredicate, edgePredicateIRI, edgeEvidence, edgeDocument, edgeStart,
        edgeEnd, edgeRule, edgeConfidence, edgeRole: XMLLeafTag
    let documentClassIRI = ExportText.clean(GraphRDF.kg("Document").iriValue!)

    init(tags: [String], path: String) throws {
        node = try XMLName("node", path: path)
        edge = try XMLName("edge", path: path)
        id = try XMLName("id", path: path)
        source = try XMLName("source", path: path)
        target = try XMLName("target", path: path)
        let data = try XMLName("data", path: path)
        let key = try XMLName("key", path: path)
        func tag(_ id: String) -> XMLLeafTag { XMLLeafTag(data, key, id) }
        nodeGraphID = tag("n_graph_id")
        nodeLabel = tag("n_label")
        nodeType = tag("n_type")
        nodeClassIRI = tag("n_class_iri")
        nodeAliases = tag("n_aliases")
        nodeMentionCount = tag("n_mention_count")
        nodeDocumentCount = tag("n_document_count")
        nodeInCatalog = tag("n_in_catalog")
        nodeContentHash = tag("n_content_hash")
        nodeByteCount = tag("n_byte_count")
        labels = Dictionary(uniqueKeysWithValues: tags.map { ($0, tag("n_" + GraphMLKey.labelName($0))) })
        edgeGraphID = tag("e_graph_id")
        edgePredicate = tag("e_predicate")
        edgePredicateIRI = tag("e_predicate_iri")
        edgeEvidence = tag("e_evidence")
        edgeDocument = tag("e_document")
        edgeStart = tag("e_start")
        edgeEnd = tag("e_end")
        edgeRule = tag("e_rule")
        edgeConfidence = tag("e_confidence")
        edgeRole = tag("e_role")
    }
}
