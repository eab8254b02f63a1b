import Foundation
import NewsGraph
import NewsGraphStore
import NewsGraphText
import Testing

/// `CorpusBuild` over real files with the real pipeline (whatever extraction currently finds).
@Suite struct CorpusBuildTests {
    let directory = TemporaryDirectory()

    static let ontology = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("ontology")
    static let pipeline = Result { try Pipeline(ontologyDirectory: ontology) }

    static let sentences = [
        "行政長官李家超今日表示，特區政府會全力支持數碼港發展人工智能。",
        "John Lee said the HKSAR Government will support Cyberport.",
        "DeepSeek 與數碼港合作，在粵港澳大灣區設立研發中心。",
        "財政司司長陳茂波在立法會發表財政預算案。",
        "The Hong Kong Monetary Authority kept the base rate unchanged.",
    ]

    /// `count` files in two sub-folders, each a few sentences.
    func makeCorpus(_ count: Int, in folder: String = "corpus") -> String {
        for index in 0..<count {
            let text = (0..<3).map { Self.sentences[(index + $0) % Self.sentences.count] }.joined(separator: "\n") + "\n第\(index)篇。\n"
            _ = directory.write("\(folder)/\(index % 2 == 0 ? "even" : "odd")/doc\(index).txt", text)
        }
        return directory.path(folder)
    }

    func build(_ paths: [String], db: String, jobs: Int = 1, shard: Shard? = nil, relink: Bool = false, fingerprint: String = "fp-1") throws -> (GraphStore, BuildSummary) {
        let store = try GraphStore.open(at: directory.path(db))
        let run = CorpusBuild(store: store, pipeline: try Self.pipeline.get(), ontologyFingerprint: fingerprint, options: BuildOptions(jobs: jobs, shard: shard, relink: relink))
        return (store, try run.run(try Corpus.files(paths)))
    }

    func expectSameContent(_ a: GraphStore, _ b: GraphStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try a.graph() == b.graph(), sourceLocation: sourceLocation)
        #expect(try a.extractions() == b.extractions(), sourceLocation: sourceLocation)
        #expect(try a.documents() == b.documents(), sourceLocation: sourceLocation)
        #expect(try a.allTriples() == b.allTriples(), sourceLocation: sourceLocation)
    }

    @Test func parallelBuildEqualsSerialBuild() throws {
        let corpus = makeCorpus(24)
        let (serial, summary) = try build([corpus], db: "serial.sqlite")
        #expect(summary.added == 24)
        for jobs in [2, 3] {
            let (parallel, summary) = try build([corpus], db: "jobs\(jobs).sqlite", jobs: jobs)
            #expect(summary.added == 24)
            try expectSameContent(serial, parallel)
            #expect(try parallel.consistencyProblems() == [])
        }
    }

    @Test func mergedShardsEqualOneBuild() throws {
        let corpus = makeCorpus(20)
        let (whole, _) = try build([corpus], db: "whole.sqlite")
        let merged = try GraphStore.open(at: directory.path("merged.sqlite"))
        var shardSizes: [Int] = []
        for k in 1...3 {
            let (part, summary) = try build([corpus], db: "shard\(k).sqlite", shard: Shard(index: k, count: 3)!)
            shardSizes.append(summary.added)
            #expect(summary.added + summary.otherShards == 20)
            try merged.merge(from: part)
        }
        #expect(shardSizes.reduce(0, +) == 20)
        #expect(shardSizes.allSatisfy { $0 > 0 })
        try expectSameContent(whole, merged)
    }

    @Test func rebuildSkipsUnchangedAndReplacesChanged() throws {
        let corpus = makeCorpus(6)
        _ = try build([corpus], db: "s.sqlite")
        let (_, again) = try build([corpus], db: "s.sqlite")
        #expect(again.added == 0 && again.updated == 0 && again.skipped == 6)
        _ = directory.write("corpus/odd/doc3.txt", "立法會今日三讀通過條例草案。\n")
        _ = directory.write("corpus/odd/doc7.txt", "A new document about Cyberport.\n")
        let (store, changed) = try build([corpus], db: "s.sqlite")
        #expect(changed.added == 1 && changed.updated == 1 && changed.skipped == 5)
        // The stored text is the repaired text (trailing line breaks trimmed).
        #expect(try store.extraction(documentID: "doc:doc3.txt")?.text == "立法會今日三讀通過條例草案。")
        #expect(try store.consistencyProblems() == [])
    }

    @Test func badFileStopsTheBuildAndKeepsEarlierDocuments() throws {
        let corpus = makeCorpus(4)
        _ = directory.write("corpus/even/doc1b.txt", bytes: Array("第一段。".utf8) + [0xE4, 0xB8] + Array("後".utf8))
        let store = try GraphStore.open(at: directory.path("s.sqlite"))
        let files = try Corpus.files([corpus])
        #expect(files.map(\.documentID) == ["doc:doc0.txt", "doc:doc1b.txt", "doc:doc2.txt", "doc:doc1.txt", "doc:doc3.txt"])
        let run = CorpusBuild(store: store, pipeline: try Self.pipeline.get(), ontologyFingerprint: "fp-1", options: BuildOptions(jobs: 2))
        #expect(throws: InputError.invalidUTF8(file: corpus + "/even/doc1b.txt", byteOffset: 12)) { try run.run(files) }
        #expect(try store.documents().map(\.id) == ["doc:doc0.txt"])
        #expect(try store.consistencyProblems() == [])
        _ = directory.write("corpus/even/doc1b.txt", "第一段。後\n")
        let summary = try run.run(files)
        #expect(summary.added == 4 && summary.skipped == 1)
    }

    @Test func ontologyChangeNeedsRelinkWhichReadsStoredText() throws {
        let corpus = makeCorpus(5)
        let (first, _) = try build([corpus], db: "s.sqlite", fingerprint: "fp-1")
        let before = try first.extractions()
        // The files are gone: relink must work from the stored bytes.
        try FileManager.default.removeItem(atPath: corpus)
        #expect(throws: StoreError.ontologyChanged(path: first.path, staleDocuments: 5)) {
            _ = try build([], db: "s.sqlite", fingerprint: "fp-2")
        }
        let (store, summary) = try build([], db: "s.sqlite", relink: true, fingerprint: "fp-2")
        #expect(summary.relinked == 5)
        #expect(try store.staleDocumentIDs() == [])
        #expect(try store.ontologyFingerprint() == "fp-2")
        #expect(try store.extractions() == before)
        let (_, again) = try build([], db: "s.sqlite", relink: true, fingerprint: "fp-2")
        #expect(again.relinked == 0)
    }

    @Test func progressReportsEveryDocumentInOrder() throws {
        let corpus = makeCorpus(7)
        let store = try GraphStore.open(at: directory.path("s.sqlite"))
        let seen = Locked<[BuildProgress]>([])
        _ = try CorpusBuild(store: store, pipeline: try Self.pipeline.get(), ontologyFingerprint: "fp", options: BuildOptions(jobs: 2))
            .run(try Corpus.files([corpus])) { progress in seen.withLock { $0.append(progress) } }
        let reports = seen.withLock { $0 }
        #expect(reports.map(\.documentsDone) == Array(1...7))
        #expect(reports.last?.bytesDone == reports.last?.bytesTotal)
        #expect(reports.allSatisfy { $0.documentsTotal == 7 })
    }
}

/// A value behind a lock (Synchronization.Mutex needs macOS 15; the package supports 13).
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
