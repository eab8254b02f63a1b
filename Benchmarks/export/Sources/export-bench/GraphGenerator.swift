import NewsGraph
import NewsGraphOntology

/// A deterministic news-like graph: entities with Traditional/Simplified/English labels and
/// aliases, documents, and typed edges with CJK evidence sentences, roles and confidences.
struct GraphGenerator {
    var nodes: Int
    var edges: Int
    var documents: Int
    var seed: UInt64

    private static let hant = Array("香港特區政府行政長官李家超國務院總理強深圳粵澳大灣區數碼港科學園人工智能研發中心民建聯立法會議員陳勇財政預算案一國兩制優秀人才入境計劃北部都會區河套創新合作東盟中亞鐵路機場醫院")
    private static let hans = Array("香港特区政府行政长官李家超国务院总理强深圳粤澳大湾区数码港科学园人工智能研发中心民建联立法会议员陈勇财政预算案一国两制优秀人才入境计划北部都会区河套创新合作东盟中亚铁路机场医院")
    private static let syllables = ["Lee", "Chan", "Cheung", "Wong", "Lau", "Lam", "Ho", "Leung", "Ng", "Cheng", "Tse", "Kwok", "Fung", "Tsang"]
    private static let types: [EntityType] = [
        EntityType(.person), EntityType(.organization, "GovernmentBody"), EntityType(.organization, "Company"),
        EntityType(.place, "District"), EntityType(.policy), EntityType(.person),
    ]
    private static let predicates = ["holdsPositionIn", "memberOf", "subsidiaryOf", "locatedIn", "partOf", "issuedBy", "appliesTo", "cooperatesWith"]
    private static let rules = ["title-apposition", "catalog-fact", "located-in", "member-of", "policy-issuer"]
    private static let roles = ["行政長官", "Secretary for Innovation, Technology and Industry", "主席", "議員", "Director"]

    func make() -> KnowledgeGraph {
        var random = SplitMix64(seed: seed)
        func cjk(_ count: Int, _ alphabet: [Character]) -> String {
            String((0..<count).map { _ in alphabet[random.next(alphabet.count)] })
        }
        let documentIDs = (0..<documents).map { "doc:news-\($0).txt" }
        var graphNodes: [GraphNode] = []
        graphNodes.reserveCapacity(nodes)
        for i in 0..<nodes {
            let type = Self.types[i % Self.types.count]
            let length = 2 + random.next(5)
            let hantName = cjk(length, Self.hant)
            let english = "\(Self.syllables[random.next(Self.syllables.count)]) \(Self.syllables[random.next(Self.syllables.count)]) \(i)"
            let catalog = i % 5 != 0
            let id = catalog ? "ent:bench-\(i)" : "ent:x-\(type.core.rawValue)-\(String(UInt64(i) &* 0x9E37_79B9_7F4A_7C15, radix: 16))"
            var docs = Set<String>()
            for _ in 0..<(1 + random.next(4)) { docs.insert(documentIDs[random.next(documents)]) }
            graphNodes.append(GraphNode(
                id: id, type: type, label: catalog ? english : hantName,
                labels: catalog ? ["zh-Hant": hantName, "zh-Hans": cjk(length, Self.hans), "en": english] : ["zh-Hant": hantName],
                aliases: [hantName + "先生", english.uppercased() + " & Co. <HK>"].sorted(),
                mentionCount: 1 + random.next(500), documents: docs.sorted(), inCatalog: catalog))
        }
        let graphDocuments = (0..<documents).map {
            GraphDocument(id: documentIDs[$0], name: "corpus/news-\($0).txt", contentHash: String(UInt64($0) &* 0xBF58_476D_1CE4_E5B9, radix: 16), byteCount: 2000 + $0 % 5000)
        }
        var graphEdges: [GraphEdge] = []
        graphEdges.reserveCapacity(edges)
        for k in 0..<edges {
            let subject = graphNodes[random.next(nodes)].id
            let authored = random.next(20) == 0
            let document = documentIDs[random.next(documents)]
            let object = authored ? document : graphNodes[random.next(nodes)].id
            let start = random.next(3000)
            let evidence = "「" + cjk(12 + random.next(30), Self.hant) + "」<據報> & \"消息\""
            graphEdges.append(GraphEdge(
                id: "rel:" + String(UInt64(k) &* 0xD6E8_FEB8_6659_FD93 | 1 << 63, radix: 16), subject: subject,
                predicate: authored ? "authorOf" : Self.predicates[random.next(Self.predicates.count)], object: object,
                document: document, evidence: evidence, start: start, end: start + evidence.unicodeScalars.count,
                rule: Self.rules[random.next(Self.rules.count)], confidence: Double(random.next(1000)) / 1000,
                role: random.next(3) == 0 ? Self.roles[random.next(Self.roles.count)] : nil))
        }
        return KnowledgeGraph(nodes: graphNodes, edges: graphEdges, documents: graphDocuments)
    }
}

/// SplitMix64: small, fast and the same on every platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
