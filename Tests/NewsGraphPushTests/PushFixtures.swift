import Foundation
import NewsGraph
import NewsGraphExport
import NewsGraphRDF
import NewsGraphStore

/// The repository, the example corpus and a store built from it once per test run.
enum PushFixtures {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = package.appendingPathComponent("Tests/Fixtures/corpus").path
    static let ontology = package.appendingPathComponent("ontology")
    static let fakeServer = package.appendingPathComponent("Tests/Fixtures/push/fake_gsp.py").path

    /// A store built from `Tests/Fixtures/corpus` in a temporary directory.
    static let store: Result<String, any Error> = Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-push-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("corpus.sqlite").path
        let store = try GraphStore.open(at: path, mode: .create)
        defer { try? store.close() }
        let pipeline = try Pipeline(ontologyDirectory: ontology)
        _ = try CorpusBuild(store: store, pipeline: pipeline, ontologyFingerprint: try OntologyFingerprint.of(directory: ontology))
            .run(try Corpus.files([corpus]))
        return path
    }

    /// The store's graph, read through a read-only connection (as `newsgraph push` does).
    static let graph: Result<KnowledgeGraph, any Error> = Result {
        let store = try GraphStore.open(at: try Self.store.get(), mode: .readOnly)
        defer { try? store.close() }
        return try store.graph()
    }

    /// The triples a push sends: the N-Triples export's, sorted and without duplicates.
    static func triples(_ graph: KnowledgeGraph) -> [Triple] {
        SortedTriples(graph: graph, rdf: GraphRDF()).array()
    }
}

/// A program found on PATH, or nil.
func which(_ name: String) -> String? {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// A free TCP port on 127.0.0.1 (bound, read, released; a race with another process is possible
/// but harmless in tests: the server's start then fails and the test says so).
func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// A child process that is always stopped: SIGTERM, a bounded wait, then SIGKILL.
final class ChildProcess {
    let process = Process()
    let output = Pipe()

    init(_ program: String, _ arguments: [String], directory: URL? = nil, environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// The first line of standard output (the fake server prints its port), waiting at most `timeout` s.
    func firstLine(timeout: Double = 20) -> String? {
        let box = LineBox()
        let handle = output.fileHandleForReading
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var bytes = Data()
            while let byte = try? handle.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) { bytes.append(byte) }
            box.line = String(decoding: bytes, as: UTF8.self)
            done.signal()
        }
        return done.wait(timeout: .now() + timeout) == .success ? box.line : nil
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
    }

    deinit { stop() }

    private final class LineBox: @unchecked Sendable { var line: String? }
}
