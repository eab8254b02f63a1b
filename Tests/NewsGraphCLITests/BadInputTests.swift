import Foundation
import NewsGraphStore
import Testing

/// Each kind of bad input gets its documented exit code and a message that names the file.
@Suite struct BadInputTests {
    let workspace = Workspace()

    @Test func missingFile() throws {
        let result = try workspace.run("build", "nothere.txt")
        #expect(result.status == 3)
        #expect(result.stderr == "nothere.txt: error: cannot read the file (no such file or directory). Check the path and its permissions.\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("newsgraph.sqlite")))
    }

    @Test func directoryWithoutTextFiles() throws {
        workspace.write("notes/readme.md", "nothing to read")
        let result = try workspace.run("build", "notes")
        #expect(result.status == 3)
        #expect(result.stderr == "notes: error: the directory holds no *.txt files. Point at a folder of .txt documents.\n")
    }

    @Test func invalidUTF8NamesFileAndByteOffset() throws {
        workspace.makeCorpus(2)
        workspace.write("corpus/part0/bad.txt", bytes: Array("香港".utf8) + [0xFF] + Array("。".utf8))
        let result = try workspace.run("build", "corpus", "--jobs", "2")
        #expect(result.status == 3)
        #expect(result.stderr == "corpus/part0/bad.txt: error: invalid UTF-8 at byte offset 6. Convert the file to UTF-8 (for example with iconv) and run again.\n")
        // Documents before the bad one are stored whole; the bad one and later ones are not.
        let store = try GraphStore.open(at: workspace.path("newsgraph.sqlite"), mode: .readOnly)
        #expect(try store.documents().map(\.id) == ["doc:article-0.txt"])
        #expect(try store.consistencyProblems() == [])
    }

    @Test func emptyFile() throws {
        workspace.write("empty.txt", "")
        let result = try workspace.run("build", "empty.txt")
        #expect(result.status == 3)
        #expect(result.stderr == "empty.txt: error: the file is empty. Remove it from the input or give it text.\n")
    }

    @Test func corruptStore() throws {
        workspace.makeCorpus(1)
        workspace.write("broken.sqlite", String(repeating: "this is not SQLite\n", count: 300))
        let before = workspace.contents("broken.sqlite")
        for arguments in [["build", "corpus", "--db", "broken.sqlite"], ["remove", "x.txt", "--db", "broken.sqlite"], ["merge", "broken.sqlite", "--db", "out.sqlite"]] {
            let result = try CommandRunner.run(arguments, in: workspace.url)
            #expect(result.status == 4, "\(arguments)")
            #expect(result.stderr == "broken.sqlite: error: the store is damaged or not an SQLite database (file is not a database). Rebuild it with `newsgraph build` into a new --db path.\n", "\(arguments)")
        }
        #expect(workspace.contents("broken.sqlite") == before)
    }

    @Test func storeFromNewerVersion() throws {
        workspace.makeCorpus(1)
        #expect(try workspace.run("build", "corpus", "--db", "s.sqlite").status == 0)
        // PRAGMA user_version lives at byte 60 of the SQLite header.
        var data = workspace.contents("s.sqlite")!
        data.replaceSubrange(60..<64, with: [0, 0, 0, 9])
        try data.write(to: URL(fileURLWithPath: workspace.path("s.sqlite")))
        let result = try workspace.run("build", "corpus", "--db", "s.sqlite")
        #expect(result.status == 4)
        #expect(result.stderr == "s.sqlite: error: the store was written by a newer NewsGraph (schema version 9); this NewsGraph reads schema version 1 or older. Upgrade NewsGraph, or rebuild the store into a new --db path.\n")
        #expect(workspace.contents("s.sqlite") == data)
    }

    @Test func missingStore() throws {
        let result = try workspace.run("remove", "a.txt", "--db", "none.sqlite")
        #expect(result.status == 4)
        #expect(result.stderr.hasPrefix("none.sqlite: error: no store at this path."))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("none.sqlite")))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3 to hold an SQLite lock from another process"))
    func lockedStore() throws {
        workspace.makeCorpus(2)
        #expect(try workspace.run("build", "corpus").status == 0)
        workspace.write("corpus/part0/article-9.txt", "新文章。\n")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = ["-c", "import sqlite3, sys, time\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\nc.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\ntime.sleep(15)\n", workspace.path("newsgraph.sqlite")]
        let pipe = Pipe()
        holder.standardOutput = pipe
        try holder.run()
        defer { kill(holder.processIdentifier, SIGKILL); holder.waitUntilExit() }
        _ = pipe.fileHandleForReading.availableData
        let result = try workspace.run("build", "corpus", environment: ["NEWSGRAPH_LOCK_TIMEOUT": "0.2"])
        #expect(result.status == 4)
        #expect(result.stderr == "newsgraph.sqlite: error: the store is locked by another process. Wait for the other newsgraph command to finish and run again.\n")
    }

    @Test(arguments: [
        ["build"],
        ["build", "corpus", "--jobs", "0"],
        ["build", "corpus", "--shard", "3/2"],
        ["build", "corpus", "--no-such-option"],
        ["remove"],
        ["merge", "a.sqlite"],
    ])
    func usageErrors(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments, in: workspace.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Usage: newsgraph"))
    }
}
