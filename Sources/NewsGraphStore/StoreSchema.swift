import GRDB

/// The store's tables, created and upgraded by named migrations.
///
/// `document` holds, per source document, everything needed to rebuild the graph and to re-extract
/// without the file: the original bytes (`source`, for `build --relink`), the repaired text, and the
/// `DocumentExtraction` as JSON (without its text, which has its own column). The JSON is the truth
/// the graph is rebuilt from; `entity`, `mention` and `relation` are index tables derived from it in
/// the same transaction, for SQL look-ups and counts. Imported RDF lives in `quad`, one named graph
/// per import.
///
/// Versioning: `PRAGMA user_version` carries `StoreSchema.version`, and GRDB's `grdb_migrations`
/// table the applied migration names. A store whose user_version is higher, or that has migrations
/// this build does not know, was written by a newer NewsGraph and is refused before anything is
/// written to it.
enum StoreSchema {
    /// The schema version this build writes and the newest it reads.
    static let version = 1
    /// `PRAGMA application_id`: "NGst". Tells a NewsGraph store from any other SQLite file.
    static let applicationID: Int32 = 0x4E47_7374
    static let format = "newsgraph-store"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-initial") { db in
            try db.execute(sql: """
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE document (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    contentHash TEXT NOT NULL,
                    byteCount INTEGER NOT NULL,
                    ontologyFingerprint TEXT NOT NULL,
                    source BLOB,
                    text TEXT NOT NULL,
                    extraction BLOB NOT NULL
                );
                CREATE TABLE entity (
                    documentID TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    entityID TEXT NOT NULL,
                    type TEXT NOT NULL,
                    label TEXT NOT NULL,
                    inCatalog INTEGER NOT NULL,
                    mentionCount INTEGER NOT NULL,
                    PRIMARY KEY (documentID, entityID)
                ) WITHOUT ROWID;
                CREATE INDEX entity_by_entity ON entity(entityID);
                CREATE TABLE mention (
                    documentID TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    entityID TEXT NOT NULL,
                    text TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    sourceStart INTEGER NOT NULL,
                    sourceEnd INTEGER NOT NULL,
                    source TEXT NOT NULL,
                    PRIMARY KEY (documentID, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX mention_by_entity ON mention(entityID);
                CREATE TABLE relation (
                    documentID TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    edgeID TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    predicate TEXT NOT NULL,
                    object TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    rule TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    role TEXT,
                    PRIMARY KEY (documentID, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX relation_by_subject ON relation(subject, predicate);
                CREATE INDEX relation_by_object ON relation(object, predicate);
                CREATE INDEX relation_by_edge ON relation(edgeID);
                CREATE TABLE namedGraph (
                    iri TEXT PRIMARY KEY NOT NULL,
                    source TEXT NOT NULL,
                    tripleCount INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE quad (
                    graph TEXT NOT NULL REFERENCES namedGraph(iri) ON DELETE CASCADE,
                    subject TEXT NOT NULL,
                    predicate TEXT NOT NULL,
                    object TEXT NOT NULL,
                    PRIMARY KEY (graph, subject, predicate, object)
                ) WITHOUT ROWID;
                """)
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('format', ?)", arguments: [format])
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        return migrator
    }
}
