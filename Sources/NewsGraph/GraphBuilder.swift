import NewsGraphExtraction
import NewsGraphOntology
import NewsGraphText

/// Merges per-document extractions into one graph. The result does not depend on the order
/// the documents arrive in: documents are sorted by id before anything is merged.
public enum GraphBuilder {
    /// The graph id of a document: `doc:` + an ASCII slug of its base name, with a hash
    /// suffix when the slug had to drop characters (so distinct names stay distinct).
    public static func documentID(name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        var slug = ""
        var lossy = false
        for scalar in base.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "." {
                slug.unicodeScalars.append(scalar)
            } else {
                slug.append("-")
                lossy = true
            }
        }
        if slug.isEmpty || lossy || !(slug.unicodeScalars.first!.properties.isAlphabetic) {
            slug = "d-" + slug + "-" + String(StableHash.hex(base).prefix(8))
        }
        return "doc:" + slug
    }

    /// The id of one stated relation.
    public static func edgeID(subject: String, predicate: String, object: String, document: String, start: Int, end: Int) -> String {
        "rel:" + StableHash.hex([subject, predicate, object, document, String(start), String(end)].joined(separator: "\u{1F}"))
    }

    public static func build(_ extractions: [DocumentExtraction], catalog: Catalog? = nil) -> KnowledgeGraph {
        let ordered = extractions.sorted { documentID(name: $0.name) < documentID(name: $1.name) }
        var nodes: [String: GraphNode] = [:]
        var surface: [String: Set<String>] = [:]
        var edges: [String: GraphEdge] = [:]
        var documents: [GraphDocument] = []
        for extraction in ordered {
            let docID = documentID(name: extraction.name)
            documents.append(GraphDocument(id: docID, name: extraction.name, contentHash: extraction.contentHash, byteCount: extraction.byteCount))
            for entity in extraction.entities {
                var node = nodes[entity.id] ?? makeNode(entity, catalog: catalog)
                node.mentionCount += entity.mentions.count
                if node.documents.last != docID { node.documents.append(docID) }
                nodes[entity.id] = node
                surface[entity.id, default: []].formUnion(entity.mentions.map(\.text))
            }
            for relation in extraction.relations {
                let object = relation.object == ExtractedRelation.documentObject ? docID : relation.object
                let id = edgeID(subject: relation.subject, predicate: relation.predicate, object: object, document: docID, start: relation.evidenceStart, end: relation.evidenceEnd)
                edges[id] = GraphEdge(id: id, subject: relation.subject, predicate: relation.predicate, object: object, document: docID, evidence: relation.evidence, start: relation.evidenceStart, end: relation.evidenceEnd, rule: relation.rule, confidence: relation.confidence, role: relation.role)
            }
        }
        for (id, names) in surface {
            guard var node = nodes[id] else { continue }
            let labels = Set(node.labels.values)
            node.aliases = Array(Set(node.aliases).union(names).subtracting(labels)).sorted()
            node.documents.sort()
            nodes[id] = node
        }
        return KnowledgeGraph(nodes: Array(nodes.values), edges: Array(edges.values), documents: documents)
    }

    private static func makeNode(_ entity: ExtractedEntity, catalog: Catalog?) -> GraphNode {
        if let entry = catalog?.entry(entity.id) {
            return GraphNode(id: entity.id, type: entry.type, label: entry.displayLabel, labels: entry.labels, aliases: entry.aliases, mentionCount: 0, documents: [], inCatalog: true)
        }
        return GraphNode(id: entity.id, type: entity.type, label: entity.label, labels: entity.labels, aliases: [], mentionCount: 0, documents: [], inCatalog: entity.inCatalog)
    }
}
