import Foundation
import Testing

/// `newsgraph push` and `export --split-mb` through the built binary, against the fake Graph
/// Store server in Tests/Fixtures/push (started here on 127.0.0.1, stopped at the end).
@Suite(.serialized) struct PushCommandTests {
    let workspace = Workspace()
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let fakeServer = CommandRunner.packageDirectory.appendingPathComponent("Tests/Fixtures/push/fake_gsp.py").path

    @Test func splitExportConcatenatesToTheNTriplesExport() throws {
        workspace.makeCorpus(12)
        #expect(try workspace.run("build", "corpus").status == 0)
        let whole = try workspace.run("export", "--db", "newsgraph.sqlite", "--format", "ntriples", "--out", "graph.nt")
        #expect(whole.status == 0)
        let split = try workspace.run("export", "--db", "newsgraph.sqlite", "--format", "ntriples", "--split-mb", "0.001", "--out", "bulk")
        #expect(split.status == 0, "\(split.stderr)")
        let paths = split.stdout.split(separator: "\n").map(String.init)
        #expect(paths.count > 1)
        var joined = Data()
        for path in paths {
            let bytes = try #require(workspace.contents(path))
            #expect(bytes.count <= 1048 || !bytes.dropLast().contains(0x0A))
            joined += bytes
        }
        #expect(joined == workspace.contents("graph.nt"))
        let wrong = try workspace.run("export", "--db", "newsgraph.sqlite", "--format", "rdfxml", "--split-mb", "1", "--out", "x")
        #expect(wrong.status == 2 && wrong.stderr.contains("--split-mb cuts the N-Triples export"))
    }

    @Test(.enabled(if: python != nil, "python3 is not installed: the fake Graph Store server cannot run"))
    func passwordStaysSecretAndTheStoreUnchanged() throws {
        workspace.makeCorpus(6)
        #expect(try workspace.run("build", "corpus").status == 0)
        let before = workspace.contents("newsgraph.sqlite")
        let log = workspace.path("requests.jsonl")
        let server = Process()
        server.executableURL = URL(fileURLWithPath: Self.python!)
        server.arguments = [Self.fakeServer, "--log", log, "--basic", "editor:Zq9-s3cret", "--lifetime", "60"]
        let output = Pipe()
        server.standardOutput = output
        try server.run()
        defer {
            server.terminate()
            Thread.sleep(forTimeInterval: 0.5)
            if server.isRunning { kill(server.processIdentifier, SIGKILL) }
            server.waitUntilExit()
        }
        let port = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let endpoint = "http://127.0.0.1:\(port)/store"

        let good = try workspace.run("push", "--endpoint", endpoint, "--graph", "urn:newsgraph:test", "--user", "editor",
                                     "--password-env", "NG_PUSH_PASSWORD", "--batch-triples", "50", environment: ["NG_PUSH_PASSWORD": "Zq9-s3cret"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("acknowledged") && good.stdout.contains("urn:newsgraph:test"))

        let bad = try workspace.run("push", "--endpoint", endpoint, "--graph", "urn:newsgraph:test", "--user", "editor",
                                    "--password-env", "NG_PUSH_PASSWORD", environment: ["NG_PUSH_PASSWORD": "wrong-Zq9-guess"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("batch 1 (triples 1-"))
        for result in [good, bad] {
            #expect(!(result.stdout + result.stderr).contains("Zq9"), "a password leaked")
        }
        let unset = try workspace.run("push", "--endpoint", endpoint, "--user", "editor", "--password-env", "NG_UNSET_VARIABLE_X")
        #expect(unset.status == 1 && unset.stderr.contains("NG_UNSET_VARIABLE_X"))
        let inURL = try workspace.run("push", "--endpoint", "http://editor:Zq9-s3cret@127.0.0.1:\(port)/store")
        #expect(inURL.status == 2 && !inURL.stderr.contains("Zq9"))
        #expect(workspace.contents("newsgraph.sqlite") == before, "push changed the store")
    }
}
