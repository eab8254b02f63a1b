import Foundation
import GRDB
import NewsGraph
import NewsGraphExtraction

/// What `ingest` did with one document.
public enum IngestOutcome: String, Sendable, Hashable {
    /// A document id the store did not hold.
    case added
    /// The document's content or ontology changed: its old contribution was replaced.
    case updated
    /// Same content hash and ontology fingerprint as stored: nothing written.
    case unchanged
}

/// What the store holds about a document before anything is decoded.
public struct DocumentState: Hashable, Sendable {
    public var contentHash: String
    public var ontologyFingerprint: String
}

extension GraphStore {
    /// Stores one document's extraction in one transaction, replacing what the same document
    /// (same `GraphBuilder.documentID(name:)`) contributed before. An unchanged document (same
    /// content hash, extracted with the store's current ontology) is left alone.
    ///
    /// - Parameter source: the original bytes; keep them so `build --relink` works without the file.
    @discardableResult
    public func ingest(_ extraction: DocumentExtraction, source: [UInt8]? = nil) throws -> IngestOutcome {
        let fingerprint = try ontologyFingerprint() ?? ""
        return try write(PreparedDocument(extraction: extraction, source: source, ontologyFingerprint: fingerprint))
    }

    /// Writes a prepared document in one transaction (see `ingest`).
    @discardableResult
    public func write(_ document: PreparedDocument) throws -> IngestOutcome {
        try write([document])[0]
    }

    /// Writes prepared documents in one transaction, each with `ingest`'s rules; returns what
    /// happened to each, in order. A build groups documents this way: a commit per document
    /// rewrites the index pages it touched, which for small news items cost more I/O than the
    /// documents themselves. Killing the process still leaves each document fully stored or absent.
    public func write(_ documents: [PreparedDocument]) throws -> [IngestOutcome] {
        try mapErrors {
            try writer.write { db in
                let lookup = try db.cachedStatement(sql: "SELECT contentHash, ontologyFingerprint FROM document WHERE id = ?")
                let delete = try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?")
                let inserts = try PreparedDocument.Statements(db)
                return try documents.map { document in
                    let old = try Row.fetchOne(lookup, arguments: [document.documentID])
                    if let old {
                        if old["contentHash"] == document.contentHash && old["ontologyFingerprint"] == document.record.ontologyFingerprint {
                            return .unchanged
                        }
                        // ON DELETE CASCADE removes the old entity, mention and relation rows.
                        try delete.execute(arguments: [document.documentID])
                    }
                    try document.insert(using: inserts)
                    return old == nil ? .added : .updated
                }
            }
        }
    }

    /// Content hash and ontology fingerprint of every stored document, by document id: enough to
    /// decide what a build must extract without decoding anything.
    public func documentStates() throws -> [String: DocumentState] {
        try mapErrors {
            try writer.read { db in
                var states: [String: DocumentState] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, contentHash, ontologyFingerprint FROM document") {
                    states[row["id"]] = DocumentState(contentHash: row["contentHash"], ontologyFingerprint: row["ontologyFingerprint"])
                }
                return states
            }
        }
    }

    /// Removes exactly one document's contribution: its mentions and relations, and so the
    /// entities and edges no other document supports (the graph is rebuilt from what remains).
    /// `name` is a stored name, a path with the same base name, or a document id.
    /// - Returns: the removed document's id.
    @discardableResult
    public func remove(_ name: String) throws -> String {
        guard let document = try document(named: name) else {
            throw StoreError.documentNotFound(path: path, name: name)
        }
        try mapErrors {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [document.id])
            }
        }
        return document.id
    }
}
