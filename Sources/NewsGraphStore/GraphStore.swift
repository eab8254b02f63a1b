import Foundation
import GRDB
import NewsGraphOntology

/// A NewsGraph store: one SQLite file that grows document by document.
///
/// Open it with `GraphStore.open(at:mode:)`. Every public method turns SQLite failures into
/// `StoreError`; a failed call changes nothing (each document is written in one transaction).
public final class GraphStore: Sendable {
    /// How a store is opened.
    public enum Mode: Sendable {
        /// Read only; the file must be an existing store. Nothing is ever written.
        case readOnly
        /// Read and write an existing store.
        case readWrite
        /// Read and write, creating the store (and running migrations) when the file is absent or empty.
        case create
    }

    /// The path as the caller gave it, for messages.
    public let path: String
    public let mode: Mode
    let writer: DatabaseQueue

    private init(path: String, mode: Mode, writer: DatabaseQueue) {
        self.path = path
        self.mode = mode
        self.writer = writer
    }

    /// Opens (or creates) the store at `path`.
    ///
    /// Before anything is written the file is inspected through a read-only connection: a file
    /// that is not SQLite, another application's database, or a store from a newer NewsGraph is
    /// refused with a `StoreError` and left untouched.
    /// - Parameter busyTimeout: seconds to wait for another process's lock before `StoreError.locked`.
    public static func open(at path: String, mode: Mode = .create, busyTimeout: Double = 5) throws -> GraphStore {
        let exists = FileManager.default.fileExists(atPath: path)
        var isDirectory: ObjCBool = false
        if exists, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError.cannotOpen(path: path, detail: "it is a directory")
        }
        if !exists && mode != .create { throw StoreError.missing(path: path) }
        return try mapErrors(path: path) {
            var config = Configuration()
            config.busyMode = .timeout(busyTimeout)
            config.label = "NewsGraphStore"
            var fresh = !exists
            if exists {
                var readConfig = config
                readConfig.readonly = true
                let inspector = try DatabaseQueue(path: path, configuration: readConfig)
                fresh = try inspector.read { db in try inspect(db, path: path) }
                if mode == .readOnly {
                    if fresh { throw StoreError.notAStore(path: path, reason: "the database is empty") }
                    return GraphStore(path: path, mode: mode, writer: inspector)
                }
                try inspector.close()
            } else {
                let directory = (path as NSString).deletingLastPathComponent
                if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
                    throw StoreError.cannotOpen(path: path, detail: "no directory \(directory)")
                }
            }
            // WAL: readers in other processes never block the writer, and a killed process leaves a
            // log that the next open rolls back or forward, so each committed document survives and
            // no partial one does. One connection: writes are serial anyway, and closing the last
            // connection removes the -wal and -shm files.
            config.journalMode = .wal
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // 64 MB of page cache (the default is 2 MB): a build touches index pages all over
                // the file, and re-reading evicted ones was a tenth of its system time.
                try db.execute(sql: "PRAGMA cache_size = -65536")
            }
            let queue = try DatabaseQueue(path: path, configuration: config)
            let upToDate = try queue.read { db in try StoreSchema.migrator.hasCompletedMigrations(db) }
            if fresh || !upToDate {
                try StoreSchema.migrator.migrate(queue)
            }
            return GraphStore(path: path, mode: mode, writer: queue)
        }
    }

    /// Checks an existing file; returns true when it is an empty database a store may be created in.
    private static func inspect(_ db: Database, path: String) throws -> Bool {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if tables.isEmpty && applicationID == 0 && userVersion == 0 { return true }
        guard applicationID == StoreSchema.applicationID else {
            let shown = tables.prefix(5).joined(separator: ", ")
            throw StoreError.notAStore(path: path, reason: "an SQLite database with tables \(shown)")
        }
        if userVersion > StoreSchema.version {
            throw StoreError.newerVersion(path: path, found: userVersion, supported: StoreSchema.version)
        }
        // Migrations this build does not know mean a newer writer, even if user_version was not bumped.
        if try db.tableExists("grdb_migrations"), try StoreSchema.migrator.hasBeenSuperseded(db) {
            throw StoreError.newerVersion(path: path, found: max(userVersion, StoreSchema.version + 1), supported: StoreSchema.version)
        }
        return false
    }

    /// Closes the connections. Later calls fail; closing twice is harmless.
    public func close() throws {
        try mapErrors { try writer.close() }
    }

    // MARK: - Error boundary

    func mapErrors<T>(_ body: () throws -> T) throws -> T {
        try Self.mapErrors(path: path, body)
    }

    static func mapErrors<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw storeError(error, path: path)
        }
    }

    static func storeError(_ error: DatabaseError, path: String) -> StoreError {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .corrupt(path: path, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_AUTH:
            return .cannotOpen(path: path, detail: detail)
        default:
            return .sqlite(path: path, detail: detail)
        }
    }

    // MARK: - Metadata

    func meta(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }

    /// The schema version this build of NewsGraph writes.
    public static var schemaVersion: Int { StoreSchema.version }
}
