import Foundation
import GRDB
import NewsGraphText

extension GraphStore {
    /// Checks the store's invariants and returns what is wrong (empty when consistent):
    /// SQLite's integrity and foreign-key checks; per document, index rows equal to what its stored
    /// extraction derives, and stored bytes that hash to the stored content hash. Reads only.
    public func consistencyProblems() throws -> [String] {
        var problems: [String] = []
        let (integrity, foreignKeys, ids) = try mapErrors {
            try writer.read { db in
                (try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                 try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
                 try String.fetchAll(db, sql: "SELECT id FROM document ORDER BY id"))
            }
        }
        if integrity != ["ok"] { problems.append("integrity_check: " + integrity.joined(separator: "; ")) }
        if foreignKeys > 0 { problems.append("\(foreignKeys) rows point at missing documents or graphs") }
        for id in ids {
            guard let stored = try prepared(documentID: id), let extraction = try extraction(documentID: id) else {
                problems.append("\(id): vanished while checking")
                continue
            }
            let derived = try PreparedDocument(extraction: extraction, source: stored.record.source.map { [UInt8]($0) }, ontologyFingerprint: stored.record.ontologyFingerprint)
            if derived.documentID != id { problems.append("\(id): stored under the wrong id (\(derived.documentID))") }
            if derived.entities != stored.entities { problems.append("\(id): entity rows differ from the extraction") }
            if derived.mentions != stored.mentions { problems.append("\(id): mention rows differ from the extraction") }
            if derived.relations != stored.relations { problems.append("\(id): relation rows differ from the extraction") }
            if let source = stored.record.source, StableHash.hex(StableHash.fnv1a64(bytes: source)) != stored.record.contentHash {
                problems.append("\(id): stored bytes do not match the content hash")
            }
        }
        return problems
    }
}
