import Foundation
import GRDB
import NewsGraph
import NewsGraphExtraction

// Row types of the store's tables. They stay inside the module: callers see `StoredDocument`,
// `DocumentExtraction` and `KnowledgeGraph`, never GRDB records.

struct DocumentRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "document"
    var id: String
    var name: String
    var contentHash: String
    var byteCount: Int
    var ontologyFingerprint: String
    var source: Data?
    var text: String
    /// JSON of the `DocumentExtraction` with an empty `text` (the text has its own column).
    var extraction: Data
}

struct EntityRecord: Codable, Hashable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "entity"
    var documentID: String
    var entityID: String
    var type: String
    var label: String
    var inCatalog: Bool
    var mentionCount: Int
}

struct MentionRecord: Codable, Hashable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "mention"
    var documentID: String
    var ordinal: Int
    var entityID: String
    var text: String
    var start: Int
    var end: Int
    var sourceStart: Int
    var sourceEnd: Int
    /// `catalog` or `recognizer:RULE`.
    var source: String
}

struct RelationRecord: Codable, Hashable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "relation"
    var documentID: String
    var ordinal: Int
    var edgeID: String
    var subject: String
    var predicate: String
    /// The graph object: `doc` (authorOf) is resolved to the document id, as in `GraphBuilder`.
    var object: String
    var start: Int
    var end: Int
    var rule: String
    var confidence: Double
    var role: String?
}

/// One document's rows, encoded off the writing thread so parallel builds only serialise SQL.
public struct PreparedDocument: Sendable {
    var record: DocumentRecord
    var entities: [EntityRecord]
    var mentions: [MentionRecord]
    var relations: [RelationRecord]

    /// The graph id of the document (`GraphBuilder.documentID(name:)`).
    public var documentID: String { record.id }
    public var name: String { record.name }
    public var contentHash: String { record.contentHash }
    public var byteCount: Int { record.byteCount }
    /// Roughly what writing it puts in the store's document table.
    var storedBytes: Int { (record.source?.count ?? 0) + record.text.utf8.count + record.extraction.count }

    /// Encodes an extraction for storage.
    /// - Parameters:
    ///   - source: the original bytes, kept so `build --relink` can re-extract without the file.
    ///   - ontologyFingerprint: the fingerprint of the ontology it was extracted with.
    public init(extraction: DocumentExtraction, source: [UInt8]?, ontologyFingerprint: String) throws {
        let docID = GraphBuilder.documentID(name: extraction.name)
        var withoutText = extraction
        withoutText.text = ""
        record = DocumentRecord(
            id: docID, name: extraction.name, contentHash: extraction.contentHash, byteCount: extraction.byteCount,
            ontologyFingerprint: ontologyFingerprint, source: source.map { Data($0) }, text: extraction.text,
            extraction: try ExtractionCoding.encode(withoutText))
        // An entity listed twice in one extraction is one index row (the graph merges them too).
        var byEntity: [String: EntityRecord] = [:]
        mentions = []
        for entity in extraction.entities {
            var row = byEntity[entity.id] ?? EntityRecord(documentID: docID, entityID: entity.id, type: entity.type.description, label: entity.label, inCatalog: entity.inCatalog, mentionCount: 0)
            row.mentionCount += entity.mentions.count
            byEntity[entity.id] = row
            for mention in entity.mentions {
                let source: String
                switch mention.source {
                case .catalog: source = "catalog"
                case .recognizer(let rule): source = "recognizer:" + rule
                }
                mentions.append(MentionRecord(documentID: docID, ordinal: mentions.count, entityID: entity.id, text: mention.text, start: mention.start, end: mention.end, sourceStart: mention.sourceStart, sourceEnd: mention.sourceEnd, source: source))
            }
        }
        entities = byEntity.values.sorted { $0.entityID < $1.entityID }
        relations = extraction.relations.enumerated().map { ordinal, relation in
            let object = relation.object == ExtractedRelation.documentObject ? docID : relation.object
            let edgeID = GraphBuilder.edgeID(subject: relation.subject, predicate: relation.predicate, object: object, document: docID, start: relation.evidenceStart, end: relation.evidenceEnd)
            return RelationRecord(documentID: docID, ordinal: ordinal, edgeID: edgeID, subject: relation.subject, predicate: relation.predicate, object: object, start: relation.evidenceStart, end: relation.evidenceEnd, rule: relation.rule, confidence: relation.confidence, role: relation.role)
        }
    }

    init(record: DocumentRecord, entities: [EntityRecord], mentions: [MentionRecord], relations: [RelationRecord]) {
        self.record = record
        self.entities = entities
        self.mentions = mentions
        self.relations = relations
    }

    /// The insert statements of the four tables, prepared once per transaction. Rows go in by
    /// position: GRDB's record `insert` builds its statement and encodes the record through
    /// `Encodable` on every call, which made writing a serial bottleneck of parallel builds.
    struct Statements {
        let document: Statement
        let entity: Statement
        let mention: Statement
        let relation: Statement

        init(_ db: Database) throws {
            document = try db.cachedStatement(sql: """
                INSERT INTO document(id, name, contentHash, byteCount, ontologyFingerprint, source, text, extraction) \
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            entity = try db.cachedStatement(sql: """
                INSERT INTO entity(documentID, entityID, type, label, inCatalog, mentionCount) VALUES (?, ?, ?, ?, ?, ?)
                """)
            mention = try db.cachedStatement(sql: """
                INSERT INTO mention(documentID, ordinal, entityID, text, start, "end", sourceStart, sourceEnd, source) \
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            relation = try db.cachedStatement(sql: """
                INSERT INTO relation(documentID, ordinal, edgeID, subject, predicate, object, start, "end", rule, confidence, role) \
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        }
    }

    func insert(using statements: Statements) throws {
        let r = record
        statements.document.setUncheckedArguments([r.id, r.name, r.contentHash, r.byteCount, r.ontologyFingerprint, r.source, r.text, r.extraction])
        try statements.document.execute()
        for e in entities {
            statements.entity.setUncheckedArguments([e.documentID, e.entityID, e.type, e.label, e.inCatalog, e.mentionCount])
            try statements.entity.execute()
        }
        for m in mentions {
            statements.mention.setUncheckedArguments([m.documentID, m.ordinal, m.entityID, m.text, m.start, m.end, m.sourceStart, m.sourceEnd, m.source])
            try statements.mention.execute()
        }
        for x in relations {
            statements.relation.setUncheckedArguments([x.documentID, x.ordinal, x.edgeID, x.subject, x.predicate, x.object, x.start, x.end, x.rule, x.confidence, x.role])
            try statements.relation.execute()
        }
    }
}

/// The JSON form of stored extractions: sorted keys, so the same extraction is the same bytes.
enum ExtractionCoding {
    static func encode(_ extraction: DocumentExtraction) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(extraction)
    }

    static func decode(_ data: Data, text: String?) throws -> DocumentExtraction {
        var extraction = try JSONDecoder().decode(DocumentExtraction.self, from: data)
        if let text { extraction.text = text }
        return extraction
    }
}
