import Foundation
import NewsGraph
import NewsGraphExport
import NewsGraphPush
import Testing

/// Push against a tiny local server (Tests/Fixtures/push/fake_gsp.py) that can fail on purpose.
@Suite(.enabled(if: which("python3") != nil, "python3 is not installed: the fake Graph Store server cannot run"))
struct FakeServerTests {
    /// Starts the fake server with `arguments`, runs `body` with its endpoint and log, stops it.
    func withServer(_ arguments: [String], _ body: (String, () -> [[String: Any]]) throws -> Void) throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("fake-gsp-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let server = try ChildProcess(which("python3")!, [PushFixtures.fakeServer, "--log", log, "--lifetime", "120"] + arguments)
        defer { server.stop() }
        let port = try #require(server.firstLine(), "the fake server printed no port")
        func entries() -> [[String: Any]] {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
        try body("http://127.0.0.1:\(port)/store", entries)
    }

    func pusher(_ endpoint: String, graph: String? = "urn:test:g", replace: Bool = false, credentials: Credentials? = nil, sleeps: Locked<[Double]>) throws -> GraphPusher {
        var options = GraphPusher.Options()
        options.replace = replace
        options.maxAttempts = 3
        return GraphPusher(endpoint: try GraphStoreEndpoint(endpoint, graph: graph), credentials: credentials, options: options,
                           transport: URLSessionTransport(timeout: 30), sleep: { delay in sleeps.withLock { $0.append(delay) } })
    }

    @Test func retriesTheSecondBatchOnceAndSendsEveryTriple() throws {
        let graph = try PushFixtures.graph.get()
        let total = PushFixtures.triples(graph).count
        try withServer(["--fail-request", "2", "--fail-times", "1", "--fail-status", "503"]) { endpoint, log in
            let sleeps = Locked<[Double]>([])
            let pusher = try pusher(endpoint, sleeps: sleeps)
            let report = try pusher.push(graph, batchTriples: 100)
            let batches = (total + 99) / 100
            #expect(report.batches == batches)
            #expect(report.triplesSent == total)
            #expect(report.triplesAcknowledged == total)
            #expect(report.retries == 1)
            #expect(sleeps.withLock { $0 } == [0.5])
            let entries = log()
            #expect(entries.count == batches + 1)
            #expect(entries.map { $0["status"] as? Int } == [204, 503] + Array(repeating: 204, count: batches - 1))
            let acknowledged = entries.filter { ($0["status"] as? Int ?? 0) < 300 }.map { $0["triples"] as? Int ?? 0 }.reduce(0, +)
            #expect(acknowledged == total)
            #expect(entries.allSatisfy { $0["method"] as? String == "POST" })
            #expect(entries.allSatisfy { ($0["path"] as? String)?.hasSuffix("/store?graph=urn%3Atest%3Ag") == true })
            #expect(entries.allSatisfy { ($0["contentType"] as? String)?.hasPrefix("application/n-triples") == true })
        }
    }

    @Test func aBatchThatKeepsFailingIsNamedAndStopsThePush() throws {
        let graph = try PushFixtures.graph.get()
        try withServer(["--fail-request", "2", "--fail-times", "100"]) { endpoint, log in
            let sleeps = Locked<[Double]>([])
            let pusher = try pusher(endpoint, sleeps: sleeps)
            let error = #expect(throws: PushError.self) { try pusher.push(graph, batchTriples: 100) }
            guard case let .batchFailed(_, batch, first, last, attempts, reason, acknowledged) = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(batch == 2 && first == 101 && last == 200 && attempts == 3 && acknowledged == 100)
            #expect(reason == "HTTP 500 internal server error: fake failure 500 on request 4")
            #expect(error!.description.contains("batch 2 (triples 101-200) failed after 3 tries"))
            #expect(sleeps.withLock { $0 } == [0.5, 1.0])
            #expect(log().count == 4) // batch 1, then batch 2 three times; nothing after it
            #expect(pusher.report.triplesAcknowledged == 100)
        }
    }

    @Test func aClientErrorIsNotRetried() throws {
        let graph = try PushFixtures.graph.get()
        try withServer(["--fail-request", "1", "--fail-times", "100", "--fail-status", "400"]) { endpoint, log in
            let sleeps = Locked<[Double]>([])
            #expect(throws: PushError.self) { try pusher(endpoint, sleeps: sleeps).push(graph, batchTriples: 100) }
            #expect(log().count == 1)
            #expect(sleeps.withLock { $0 }.isEmpty)
        }
    }

    @Test func replacePutsTheFirstBatchThenPosts() throws {
        let graph = try PushFixtures.graph.get()
        try withServer([]) { endpoint, log in
            _ = try pusher(endpoint, replace: true, sleeps: Locked([])).push(graph, batchTriples: 500)
            let methods = log().map { $0["method"] as? String ?? "" }
            #expect(methods.first == "PUT")
            #expect(methods.dropFirst().allSatisfy { $0 == "POST" } && methods.count > 1)
        }
    }

    @Test func fallsBackToTextPlainWhenNTriplesIsRefused() throws {
        let graph = try PushFixtures.graph.get()
        try withServer(["--only-text-plain"]) { endpoint, log in
            let report = try pusher(endpoint, sleeps: Locked([])).push(graph, batchTriples: 1000)
            #expect(report.retries == 0)
            let types = log().map { $0["contentType"] as? String ?? "" }
            #expect(types.first?.hasPrefix("application/n-triples") == true)
            #expect(types.dropFirst().allSatisfy { $0.hasPrefix("text/plain") })
        }
    }

    @Test func basicAuthenticationGoesWithEveryRequest() throws {
        let graph = try PushFixtures.graph.get()
        try withServer(["--basic", "editor:pa55-word"]) { endpoint, log in
            let good = try pusher(endpoint, credentials: Credentials(user: "editor", password: "pa55-word"), sleeps: Locked([])).push(graph, batchTriples: 1000)
            #expect(good.triplesAcknowledged == good.triplesSent)
            #expect(log().allSatisfy { $0["auth"] as? String == "Basic" && $0["status"] as? Int == 204 })
            let bad = try pusher(endpoint, credentials: Credentials(user: "editor", password: "wrong-secret"), sleeps: Locked([]))
            let error = #expect(throws: PushError.self) { try bad.push(graph, batchTriples: 1000) }
            #expect(error?.description.contains("HTTP 401") == true)
            #expect(error?.description.contains("wrong-secret") == false)
        }
    }

    @Test func endpointURLs() throws {
        let oxigraph = try GraphStoreEndpoint("http://127.0.0.1:7878/store", graph: "http://example.org/g?x=1&y#z")
        #expect(oxigraph.requestURL.absoluteString == "http://127.0.0.1:7878/store?graph=http%3A%2F%2Fexample.org%2Fg%3Fx%3D1%26y%23z")
        #expect(oxigraph.contentType == "application/n-triples")
        let virtuoso = try GraphStoreEndpoint("http://127.0.0.1:8890/sparql-graph-crud-auth", graph: "urn:g")
        #expect(virtuoso.requestURL.absoluteString == "http://127.0.0.1:8890/sparql-graph-crud-auth?graph-uri=urn%3Ag")
        #expect(virtuoso.contentType == "text/plain" && virtuoso.expectsDigest)
        #expect(try GraphStoreEndpoint("http://h/store", graph: nil).requestURL.absoluteString == "http://h/store?default")
        #expect(try GraphStoreEndpoint("http://h/gsp", graph: "urn:g", graphParameter: "context").requestURL.absoluteString == "http://h/gsp?context=urn%3Ag")
        #expect(throws: PushError.self) { try GraphStoreEndpoint("http://dba:secret@h/store", graph: nil) }
        #expect(throws: PushError.self) { try GraphStoreEndpoint("ftp://h/store", graph: nil) }
        #expect(throws: PushError.self) { try GraphStoreEndpoint("http://h/sparql-graph-crud", graph: nil) }
        #expect(String(describing: Credentials(user: "dba", password: "dba-secret")).contains("dba-secret") == false)
    }
}

/// A value behind a lock, for closures that tests hand to the code under test.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<R>(_ body: (inout Value) -> R) -> R { lock.lock(); defer { lock.unlock() }; return body(&value) }
}
