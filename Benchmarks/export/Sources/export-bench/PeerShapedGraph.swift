import NewsGraph
import NewsGraphOntology

/// A graph shaped like the one ../shared/bench/export_speed.py gives networkx, rdflib and
/// pyoxigraph (written here from its description, not copied): `nodes` entities of four types
/// with a 2-6 character CJK label, an English label, one alias full of `& < > " '` and a mention
/// count, each mentioned in one of nodes/10 documents; 3 x nodes edges between random nodes with
/// a random predicate, 12 CJK characters + " <&>" of evidence and a confidence with three
/// decimals. (The peer's `first_seen` date has no GraphNode field; the documents hold its place.)
/// So the peers' ratios can also be read on their own kind of graph.
struct PeerShapedGraph {
    var nodes: Int
    var seed: UInt64

    private static let types: [EntityType] = [EntityType(.person), EntityType(.organization), EntityType(.policy), EntityType(.place)]
    private static let predicates = ["holdsPositionIn", "memberOf", "subsidiaryOf", "locatedIn", "partOf", "issuedBy", "appliesTo", "cooperatesWith"]
    private static let cjk = Array("香港特區政府行政長官李家超國務院總理強深圳粵澳大灣區數碼港科學園人工智能研發中心立法會議員財政預算案")

    func make() -> KnowledgeGraph {
        var random = SplitMix64(seed: seed)
        func cjk(_ count: Int) -> String { String((0..<count).map { _ in Self.cjk[random.next(Self.cjk.count)] }) }
        let documentCount = max(1, nodes / 10)
        let documentIDs = (0..<documentCount).map { "doc:peer-\($0)" }
        var graphNodes: [GraphNode] = []
        graphNodes.reserveCapacity(nodes)
        for i in 0..<nodes {
            let type = Self.types[i % Self.types.count]
            let zh = cjk(2 + random.next(5))
            graphNodes.append(GraphNode(
                id: "ent:peer-\(i)", type: type, label: zh,
                labels: ["en": "\(type.core.rawValue) \(i) (\(zh.prefix(1)))"],
                aliases: ["\(zh) & <\(i)> \"q\" 'a'"],
                mentionCount: 1 + random.next(500), documents: [documentIDs[random.next(documentCount)]], inCatalog: false))
        }
        let documents = documentIDs.enumerated().map { GraphDocument(id: $1, name: "peer-\($0).txt", contentHash: String($0, radix: 16), byteCount: 1000) }
        var edges: [GraphEdge] = []
        edges.reserveCapacity(3 * nodes)
        for k in 0..<3 * nodes {
            let subject = graphNodes[random.next(nodes)].id, object = graphNodes[random.next(nodes)].id
            let evidence = cjk(12) + " <&>"
            edges.append(GraphEdge(
                id: "rel:e\(k)", subject: subject, predicate: Self.predicates[random.next(Self.predicates.count)], object: object,
                document: documentIDs[random.next(documentCount)], evidence: evidence, start: 0, end: evidence.unicodeScalars.count,
                rule: "peer", confidence: Double(random.next(1001)) / 1000))
        }
        return KnowledgeGraph(nodes: graphNodes, edges: edges, documents: documents)
    }
}
