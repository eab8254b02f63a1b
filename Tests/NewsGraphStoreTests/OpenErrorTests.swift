import Foundation
import NewsGraphStore
import Testing

/// Files a store refuses: each gives its `StoreError`, and none is changed by the attempt.
@Suite struct OpenErrorTests {
    let directory = TemporaryDirectory()

    func makeStore(_ name: String = "store.sqlite") throws -> String {
        let path = directory.path(name)
        let store = try GraphStore.open(at: path)
        try store.setOntology(fingerprint: "fp", catalog: Fixtures.catalog)
        for extraction in Fixtures.corpus { try store.ingest(extraction) }
        try store.close()
        return path
    }

    /// Overwrites bytes of a closed store file (SQLite header fields live at fixed offsets).
    func patch(_ path: String, at offset: Int, _ bytes: [UInt8]) throws {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        data.replaceSubrange(offset..<offset + bytes.count, with: bytes)
        try data.write(to: URL(fileURLWithPath: path))
    }

    func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test(arguments: [GraphStore.Mode.create, .readWrite, .readOnly])
    func garbageIsCorruptAndUntouched(mode: GraphStore.Mode) throws {
        let path = directory.write("garbage.sqlite", String(repeating: "not a database\n", count: 400))
        let before = contents(path)
        #expect(throws: StoreError.corrupt(path: path, detail: "file is not a database")) {
            try GraphStore.open(at: path, mode: mode)
        }
        #expect(contents(path) == before)
        #expect(StoreError.corrupt(path: path, detail: "file is not a database").description
            == "\(path): error: the store is damaged or not an SQLite database (file is not a database). Rebuild it with `newsgraph build` into a new --db path.")
    }

    @Test func damagedPagesAreReportedAsCorrupt() throws {
        let path = try makeStore()
        let size = contents(path)!.count
        // Keep the header, scribble over the schema page and everything after it.
        try patch(path, at: 100, [UInt8](repeating: 0xA5, count: size - 100))
        let result = Result { () throws -> Int in
            let store = try GraphStore.open(at: path, mode: .readOnly)
            return try store.graph().nodes.count
        }
        guard case .failure(let error) = result, case .corrupt = error as? StoreError else {
            Issue.record("expected StoreError.corrupt, got \(result)")
            return
        }
    }

    @Test func newerSchemaVersionIsRefusedAndUntouched() throws {
        let path = try makeStore()
        try patch(path, at: 60, [0, 0, 0, 7]) // PRAGMA user_version, big-endian
        let before = contents(path)
        for mode in [GraphStore.Mode.create, .readWrite, .readOnly] {
            #expect(throws: StoreError.newerVersion(path: path, found: 7, supported: GraphStore.schemaVersion)) {
                try GraphStore.open(at: path, mode: mode)
            }
        }
        #expect(contents(path) == before)
        #expect(StoreError.newerVersion(path: path, found: 7, supported: 1).description
            == "\(path): error: the store was written by a newer NewsGraph (schema version 7); this NewsGraph reads schema version 1 or older. Upgrade NewsGraph, or rebuild the store into a new --db path.")
    }

    @Test func otherApplicationsDatabaseIsNotAStore() throws {
        let path = try makeStore()
        try patch(path, at: 68, [0, 0, 0, 1]) // PRAGMA application_id
        #expect(throws: StoreError.notAStore(path: path, reason: "an SQLite database with tables document, entity, grdb_migrations, mention, meta")) {
            try GraphStore.open(at: path, mode: .create)
        }
    }

    @Test func missingStore() throws {
        let path = directory.path("absent.sqlite")
        #expect(throws: StoreError.missing(path: path)) { try GraphStore.open(at: path, mode: .readOnly) }
        #expect(throws: StoreError.missing(path: path)) { try GraphStore.open(at: path, mode: .readWrite) }
        #expect(!FileManager.default.fileExists(atPath: path))
        let nested = directory.path("no/such/dir/store.sqlite")
        #expect(throws: StoreError.cannotOpen(path: nested, detail: "no directory \(directory.path("no/such/dir"))")) {
            try GraphStore.open(at: nested)
        }
        #expect(throws: StoreError.cannotOpen(path: directory.url.path, detail: "it is a directory")) {
            try GraphStore.open(at: directory.url.path)
        }
    }

    @Test func emptyFileBecomesAStoreOnlyWhenWriting() throws {
        let path = directory.write("empty.sqlite", "")
        #expect(throws: StoreError.notAStore(path: path, reason: "the database is empty")) {
            try GraphStore.open(at: path, mode: .readOnly)
        }
        let store = try GraphStore.open(at: path, mode: .create)
        #expect(try store.counts().documents == 0)
    }

    @Test func readOnlyStoreRefusesWrites() throws {
        let path = try makeStore()
        let before = contents(path)
        let store = try GraphStore.open(at: path, mode: .readOnly)
        #expect(try store.counts().documents == 3)
        #expect(throws: StoreError.self) { try store.remove("a.txt") }
        try store.close()
        #expect(contents(path) == before)
    }

    @Test(.enabled(if: Python.available, "needs python3 (its sqlite3 module holds the lock)"))
    func lockedStoreGivesLockedError() throws {
        let path = try makeStore()
        // Another process takes the write lock and keeps it for a few seconds.
        let holder = try Python.start("""
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('BEGIN EXCLUSIVE')
            print('locked', flush=True)
            time.sleep(15)
            """, arguments: [path])
        defer { kill(holder.processIdentifier, SIGKILL); holder.waitUntilExit() }
        let store = try GraphStore.open(at: path, mode: .readOnly, busyTimeout: 0.3)
        let started = Date()
        #expect(throws: StoreError.locked(path: path)) { _ = try GraphStore.open(at: path, mode: .readWrite, busyTimeout: 0.3).remove("a.txt") }
        #expect(Date().timeIntervalSince(started) < 10)
        _ = store
    }

    @Test(.enabled(if: Python.available, "needs python3 (its sqlite3 module writes the future migration)"))
    func unknownMigrationIsRefused() throws {
        let path = try makeStore()
        let writer = try Python.start("""
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute("INSERT INTO grdb_migrations(identifier) VALUES ('v9-from-the-future')")
            c.commit()
            print('done', flush=True)
            """, arguments: [path])
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(throws: StoreError.newerVersion(path: path, found: 2, supported: 1)) {
            try GraphStore.open(at: path, mode: .readWrite)
        }
    }
}

/// Runs python3 scripts for tests that need a second SQLite client.
enum Python {
    static let executable: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { executable != nil }

    /// Starts a script and returns once it printed its first line (its "ready" signal).
    static func start(_ script: String, arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable!)
        process.arguments = ["-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        _ = pipe.fileHandleForReading.availableData
        return process
    }
}
