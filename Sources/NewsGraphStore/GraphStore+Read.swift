import Foundation
import GRDB
import NewsGraph
import NewsGraphExtraction
import NewsGraphOntology

/// A stored document's metadata (no text, no extraction).
public struct StoredDocument: Hashable, Sendable {
    /// `doc:` id, as in the graph.
    public var id: String
    /// The name (path) it was built from.
    public var name: String
    public var contentHash: String
    public var byteCount: Int
    public var ontologyFingerprint: String
    /// Whether the original bytes are stored (needed for `build --relink`).
    public var hasSource: Bool

    public init(id: String, name: String, contentHash: String, byteCount: Int, ontologyFingerprint: String, hasSource: Bool) {
        self.id = id
        self.name = name
        self.contentHash = contentHash
        self.byteCount = byteCount
        self.ontologyFingerprint = ontologyFingerprint
        self.hasSource = hasSource
    }
}

/// Sizes of what a store holds.
public struct StoreCounts: Hashable, Sendable {
    public var documents: Int
    /// Distinct entities (graph nodes).
    public var entities: Int
    /// Distinct stated relations (graph edges).
    public var relations: Int
    public var mentions: Int
    public var namedGraphs: Int
    public var importedTriples: Int
}

extension GraphStore {
    /// Every stored document, sorted by id.
    public func documents() throws -> [StoredDocument] {
        try mapErrors {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT id, name, contentHash, byteCount, ontologyFingerprint, source IS NOT NULL AS hasSource FROM document ORDER BY id")
                    .map(Self.storedDocument)
            }
        }
    }

    /// The document with this id, stored name, or base name (`GraphBuilder.documentID(name:)`), or nil.
    public func document(named name: String) throws -> StoredDocument? {
        let candidates = [name, GraphBuilder.documentID(name: name)]
        return try mapErrors {
            try writer.read { db in
                let sql = "SELECT id, name, contentHash, byteCount, ontologyFingerprint, source IS NOT NULL AS hasSource FROM document WHERE "
                for id in candidates {
                    if let row = try Row.fetchOne(db, sql: sql + "id = ?", arguments: [id]) { return Self.storedDocument(row) }
                }
                return try Row.fetchOne(db, sql: sql + "name = ? ORDER BY id LIMIT 1", arguments: [name]).map(Self.storedDocument)
            }
        }
    }

    private static func storedDocument(_ row: Row) -> StoredDocument {
        StoredDocument(id: row["id"], name: row["name"], contentHash: row["contentHash"], byteCount: row["byteCount"], ontologyFingerprint: row["ontologyFingerprint"], hasSource: row["hasSource"])
    }

    /// One document's extraction exactly as it was ingested (text included), or nil.
    public func extraction(documentID: String) throws -> DocumentExtraction? {
        let row = try mapErrors {
            try writer.read { db in try Row.fetchOne(db, sql: "SELECT extraction, text FROM document WHERE id = ?", arguments: [documentID]) }
        }
        guard let row else { return nil }
        return try decodeExtraction(row["extraction"], text: row["text"], id: documentID)
    }

    /// Every stored extraction, sorted by document id. Without text the read is much cheaper;
    /// the graph does not need it.
    public func extractions(includingText: Bool = true) throws -> [DocumentExtraction] {
        let sql = includingText ? "SELECT id, extraction, text FROM document ORDER BY id" : "SELECT id, extraction FROM document ORDER BY id"
        let rows = try mapErrors { try writer.read { db in try Row.fetchAll(db, sql: sql) } }
        return try rows.map { row in
            try decodeExtraction(row["extraction"], text: includingText ? row["text"] as String : nil, id: row["id"])
        }
    }

    private func decodeExtraction(_ data: Data, text: String?, id: String) throws -> DocumentExtraction {
        do {
            return try ExtractionCoding.decode(data, text: text)
        } catch {
            throw StoreError.corrupt(path: path, detail: "unreadable extraction of \(id): \(error)")
        }
    }

    /// The original bytes of a stored document, or nil when they were not stored.
    public func source(documentID: String) throws -> [UInt8]? {
        try mapErrors {
            try writer.read { db in
                try Data.fetchOne(db, sql: "SELECT source FROM document WHERE id = ?", arguments: [documentID]).map { [UInt8]($0) }
            }
        }
    }

    /// The merged graph of every stored document, with the store's catalog snapshot.
    /// Equal to `GraphBuilder.build(extractions, catalog:)` over the stored extractions.
    public func graph() throws -> KnowledgeGraph {
        try graph(catalog: catalog())
    }

    /// The merged graph of every stored document, with the given catalog.
    public func graph(catalog: Catalog?) throws -> KnowledgeGraph {
        GraphBuilder.build(try extractions(includingText: false), catalog: catalog)
    }

    /// Counts from the index tables (no decoding).
    public func counts() throws -> StoreCounts {
        try mapErrors {
            try writer.read { db in
                func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
                return StoreCounts(
                    documents: try count("SELECT COUNT(*) FROM document"),
                    entities: try count("SELECT COUNT(DISTINCT entityID) FROM entity"),
                    relations: try count("SELECT COUNT(DISTINCT edgeID) FROM relation"),
                    mentions: try count("SELECT COUNT(*) FROM mention"),
                    namedGraphs: try count("SELECT COUNT(*) FROM namedGraph"),
                    importedTriples: try count("SELECT COUNT(*) FROM quad"))
            }
        }
    }
}
