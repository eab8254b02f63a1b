import Foundation
import GRDB
import NewsGraphOntology

/// The ontology a store was built with: its fingerprint and a snapshot of its catalog, so the
/// graph can be rebuilt (catalog labels and aliases on linked nodes) without the ontology folder.
extension GraphStore {
    /// The fingerprint of the ontology the store is built with, or nil before the first build.
    public func ontologyFingerprint() throws -> String? {
        try mapErrors { try writer.read { db in try meta(db, "ontologyFingerprint") } }
    }

    /// The catalog snapshot stored with the ontology fingerprint, or nil before the first build.
    public func catalog() throws -> Catalog? {
        let data = try mapErrors { try writer.read { db in try meta(db, "catalog") } }
        guard let data else { return nil }
        do {
            return Catalog(entries: try JSONDecoder().decode([CatalogEntry].self, from: Data(data.utf8)))
        } catch {
            throw StoreError.corrupt(path: path, detail: "unreadable catalog snapshot: \(error)")
        }
    }

    /// Records the ontology that documents are extracted with from now on. Documents extracted
    /// with another fingerprint become stale (see `staleDocumentIDs`).
    public func setOntology(fingerprint: String, catalog: Catalog) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(catalog.entries), as: UTF8.self)
        try mapErrors {
            try writer.write { db in
                try setMeta(db, "ontologyFingerprint", fingerprint)
                try setMeta(db, "catalog", json)
            }
        }
    }

    /// Documents extracted with an ontology other than the store's current one, sorted.
    public func staleDocumentIDs() throws -> [String] {
        try mapErrors {
            try writer.read { db in
                let current = try meta(db, "ontologyFingerprint") ?? ""
                return try String.fetchAll(db, sql: "SELECT id FROM document WHERE ontologyFingerprint <> ? ORDER BY id", arguments: [current])
            }
        }
    }
}
