import NewsGraphOntology

/// Where a mention came from: a catalog alias, or a recogniser rule for names the catalog lacks.
public enum MentionSource: Hashable, Codable, Sendable {
    case catalog
    case recognizer(rule: String)

    public var isCatalog: Bool { self == .catalog }
}

/// One occurrence of a name in a document.
///
/// Offsets count Unicode scalars. `start`/`end` index the repaired (normalised) text, which is
/// what the scorer reads; `sourceStart`/`sourceEnd` index the original file's text.
public struct Mention: Hashable, Codable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var sourceStart: Int
    public var sourceEnd: Int
    public var source: MentionSource

    public init(text: String, start: Int, end: Int, sourceStart: Int, sourceEnd: Int, source: MentionSource) {
        self.text = text
        self.start = start
        self.end = end
        self.sourceStart = sourceStart
        self.sourceEnd = sourceEnd
        self.source = source
    }
}

/// An entity as found in one document, with all its mentions there.
public struct ExtractedEntity: Hashable, Codable, Sendable {
    /// The graph node id: `ent:` + catalog id, or `ent:x-` + type + hash of the normalised name.
    public var id: String
    public var type: EntityType
    /// Display label: the catalog's preferred label, else the longest surface form.
    public var label: String
    /// Preferred labels by BCP 47 tag (`zh-Hant`, `zh-Hans`, `en`), from the catalog or the text.
    public var labels: [String: String]
    public var mentions: [Mention]
    /// True when the entity is in the catalog (linked), false when only a recogniser found it.
    public var inCatalog: Bool

    public init(id: String, type: EntityType, label: String, labels: [String: String], mentions: [Mention], inCatalog: Bool) {
        self.id = id
        self.type = type
        self.label = label
        self.labels = labels
        self.mentions = mentions
        self.inCatalog = inCatalog
    }
}

/// A typed relation stated in a document, with its evidence.
public struct ExtractedRelation: Hashable, Codable, Sendable {
    public var subject: String
    /// A predicate local name from the ontology (`holdsPositionIn`, ...).
    public var predicate: String
    /// An entity id, or `doc` for `authorOf` (the document itself).
    public var object: String
    /// The sentence that states the relation, from the repaired text.
    public var evidence: String
    /// Scalar offsets of the evidence sentence in the repaired text.
    public var evidenceStart: Int
    public var evidenceEnd: Int
    /// The rule that produced it (`title-apposition`, `catalog-fact`, ...).
    public var rule: String
    public var confidence: Double
    /// Role words for positions (`行政長官`, `Secretary for ...`), when the rule saw them.
    public var role: String?

    public init(subject: String, predicate: String, object: String, evidence: String, evidenceStart: Int, evidenceEnd: Int, rule: String, confidence: Double, role: String? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.evidence = evidence
        self.evidenceStart = evidenceStart
        self.evidenceEnd = evidenceEnd
        self.rule = rule
        self.confidence = confidence
        self.role = role
    }

    /// The object id written for `authorOf`: the document itself.
    public static let documentObject = "doc"
}

/// Everything extracted from one document. Documents are processed independently.
public struct DocumentExtraction: Hashable, Codable, Sendable {
    /// The document's name as the user gave it (the scorer pairs by basename).
    public var name: String
    /// Hex FNV-1a 64 of the original bytes: unchanged documents are skipped on rebuild.
    public var contentHash: String
    /// The repaired text that mention offsets index.
    public var text: String
    /// Size of the original file in bytes.
    public var byteCount: Int
    public var entities: [ExtractedEntity]
    public var relations: [ExtractedRelation]

    public init(name: String, contentHash: String, text: String, byteCount: Int, entities: [ExtractedEntity], relations: [ExtractedRelation]) {
        self.name = name
        self.contentHash = contentHash
        self.text = text
        self.byteCount = byteCount
        self.entities = entities
        self.relations = relations
    }
}
