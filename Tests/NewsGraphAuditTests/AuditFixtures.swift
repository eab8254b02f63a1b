import Foundation
import NewsGraph
import NewsGraphAudit
import NewsGraphExtraction

/// The repository, `../shared`, the example corpus and the real ontology, found at test time.
enum AuditFixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = repository.appendingPathComponent("Tests/Fixtures/corpus")
    static let ontology = repository.appendingPathComponent("ontology")
    static let schema = repository.appendingPathComponent("docs/audit.schema.json")
    static let scorer = shared.appendingPathComponent("eval/score.py")

    static var hasScorer: Bool { FileManager.default.fileExists(atPath: scorer.path) && Tools.executable("python3") != nil }

    /// Loaded once: every test that extracts shares it (loading the catalog is the slow part).
    static let pipeline: Pipeline = try! Pipeline(ontologyDirectory: ontology)

    /// The `*.txt` files of a directory in name order, extracted.
    static func extract(_ directory: URL, with pipeline: Pipeline = pipeline) throws -> [DocumentExtraction] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let url = directory.appendingPathComponent(name)
            return try pipeline.extract(SourceDocument(name: url.path, bytes: [UInt8](try Data(contentsOf: url))))
        }
    }

    /// The example corpus, extracted once.
    static let corpusExtractions: [DocumentExtraction] = try! extract(corpus)

    static let corpusReport: AuditReport = Auditor.audit(corpusExtractions, catalog: pipeline.catalog)
}

/// External programs, found on PATH at test time.
enum Tools {
    static func executable(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = String(directory) + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func pythonHas(_ module: String) -> Bool {
        guard let python = executable("python3") else { return false }
        return (try? run(python, ["-c", "import " + module]).status) == 0
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // Output goes to files: a pipe that fills up would block the child.
        let directory = try TemporaryDirectory()
        let out = directory.path + "/stdout", err = directory.path + "/stderr"
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        if let input {
            let path = directory.path + "/stdin"
            try input.write(toFile: path, atomically: true, encoding: .utf8)
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        }
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }
}

/// A fresh directory under the system temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let path: String
    var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-audit-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
