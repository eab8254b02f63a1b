import NewsGraphOntology

/// A node: one real-world thing, whatever the language or spelling it was named in.
public struct GraphNode: Hashable, Codable, Sendable {
    public var id: String
    public var type: EntityType
    public var label: String
    /// Preferred labels by BCP 47 tag.
    public var labels: [String: String]
    /// Other names (catalog aliases and surface forms seen), sorted, without the labels.
    public var aliases: [String]
    public var mentionCount: Int
    /// Ids of the documents that mention it, sorted.
    public var documents: [String]
    public var inCatalog: Bool

    public init(id: String, type: EntityType, label: String, labels: [String: String], aliases: [String], mentionCount: Int, documents: [String], inCatalog: Bool) {
        self.id = id
        self.type = type
        self.label = label
        self.labels = labels
        self.aliases = aliases
        self.mentionCount = mentionCount
        self.documents = documents
        self.inCatalog = inCatalog
    }
}

/// An edge: one relation stated in one document, with its evidence. Parallel edges (the same
/// relation stated in two places) are kept, each with its own id.
public struct GraphEdge: Hashable, Codable, Sendable {
    /// `rel:` + a hash of subject, predicate, object, document and evidence offsets.
    public var id: String
    public var subject: String
    public var predicate: String
    /// An entity id, or a document id for `authorOf`.
    public var object: String
    public var document: String
    public var evidence: String
    /// Scalar offsets of the evidence in the document's repaired text.
    public var start: Int
    public var end: Int
    public var rule: String
    public var confidence: Double
    public var role: String?

    public init(id: String, subject: String, predicate: String, object: String, document: String, evidence: String, start: Int, end: Int, rule: String, confidence: Double, role: String? = nil) {
        self.id = id
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.document = document
        self.evidence = evidence
        self.start = start
        self.end = end
        self.rule = rule
        self.confidence = confidence
        self.role = role
    }
}

/// A source document as a graph resource.
public struct GraphDocument: Hashable, Codable, Sendable {
    /// `doc:` + a slug of the name (stable across runs and machines).
    public var id: String
    public var name: String
    public var contentHash: String
    public var byteCount: Int

    public init(id: String, name: String, contentHash: String, byteCount: Int) {
        self.id = id
        self.name = name
        self.contentHash = contentHash
        self.byteCount = byteCount
    }
}

/// The merged graph of many documents. All arrays are sorted by id, so anything written from
/// it is byte-identical for the same input, whatever order the documents came in.
public struct KnowledgeGraph: Hashable, Codable, Sendable {
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]
    public var documents: [GraphDocument]

    public init(nodes: [GraphNode] = [], edges: [GraphEdge] = [], documents: [GraphDocument] = []) {
        self.nodes = nodes.sorted { $0.id < $1.id }
        self.edges = edges.sorted { $0.id < $1.id }
        self.documents = documents.sorted { $0.id < $1.id }
    }

    public func node(_ id: String) -> GraphNode? {
        binarySearch(nodes, id) { $0.id }
    }

    public func document(_ id: String) -> GraphDocument? {
        binarySearch(documents, id) { $0.id }
    }
}

private func binarySearch<T>(_ items: [T], _ key: String, _ id: (T) -> String) -> T? {
    var low = 0, high = items.count
    while low < high {
        let mid = (low + high) / 2
        let value = id(items[mid])
        if value == key { return items[mid] }
        if value < key { low = mid + 1 } else { high = mid }
    }
    return nil
}
