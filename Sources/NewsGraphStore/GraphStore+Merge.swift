import Foundation
import GRDB

/// What `merge(from:)` did.
public struct MergeSummary: Hashable, Sendable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Named graphs copied or unioned.
    public var graphs = 0

    public init() {}
}

extension GraphStore {
    /// Copies every document and named graph of `other` into this store: one transaction per
    /// document, with `ingest`'s rules (a document id already held with the same content and
    /// ontology is left alone, a different one is replaced), so merging shard stores in any order
    /// gives the store one build of the whole corpus gives. Named graphs are unioned.
    ///
    /// Both stores must be built with the same ontology; an empty store takes `other`'s.
    @discardableResult
    public func merge(from other: GraphStore) throws -> MergeSummary {
        let theirs = try other.ontologyFingerprint()
        let ours = try ontologyFingerprint()
        if let theirs, theirs != ours {
            if ours != nil, try counts().documents > 0 {
                throw StoreError.ontologyMismatch(path: path, other: other.path)
            }
            if let catalog = try other.catalog() {
                try setOntology(fingerprint: theirs, catalog: catalog)
            }
        }
        var summary = MergeSummary()
        let ids = try other.mapErrors {
            try other.writer.read { db in try String.fetchAll(db, sql: "SELECT id FROM document ORDER BY id") }
        }
        for id in ids {
            guard let document = try other.prepared(documentID: id) else { continue }
            switch try write(document) {
            case .added: summary.added += 1
            case .updated: summary.updated += 1
            case .unchanged: summary.unchanged += 1
            }
        }
        for graph in try other.namedGraphs() {
            let rows = try other.mapErrors {
                try other.writer.read { db in
                    try Row.fetchAll(db, sql: "SELECT subject, predicate, object FROM quad WHERE graph = ? ORDER BY subject, predicate, object", arguments: [graph.iri])
                }
            }
            try mapErrors {
                try writer.write { db in
                    try db.execute(sql: "INSERT OR IGNORE INTO namedGraph(iri, source, tripleCount) VALUES (?, ?, 0)", arguments: [graph.iri, graph.source])
                    let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO quad(graph, subject, predicate, object) VALUES (?, ?, ?, ?)")
                    for row in rows {
                        try insert.execute(arguments: [graph.iri, row["subject"] as String, row["predicate"] as String, row["object"] as String])
                    }
                    try db.execute(sql: "UPDATE namedGraph SET tripleCount = (SELECT COUNT(*) FROM quad WHERE graph = ?) WHERE iri = ?", arguments: [graph.iri, graph.iri])
                }
            }
            summary.graphs += 1
        }
        return summary
    }

    /// A stored document's rows, ready to write into another store (no JSON round trip).
    func prepared(documentID id: String) throws -> PreparedDocument? {
        try mapErrors {
            try writer.read { db in
                guard let record = try DocumentRecord.fetchOne(db, key: id) else { return nil }
                let owned = Column("documentID") == id
                return PreparedDocument(
                    record: record,
                    entities: try EntityRecord.filter(owned).order(Column("entityID")).fetchAll(db),
                    mentions: try MentionRecord.filter(owned).order(Column("ordinal")).fetchAll(db),
                    relations: try RelationRecord.filter(owned).order(Column("ordinal")).fetchAll(db))
            }
        }
    }
}
