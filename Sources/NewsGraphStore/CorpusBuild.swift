import Foundation
import NewsGraph
import NewsGraphText

/// How a build runs.
public struct BuildOptions: Sendable {
    /// Worker threads extracting in parallel; writes stay serial and in document order.
    public var jobs: Int
    /// Only documents of this slice (see `Shard`).
    public var shard: Shard?
    /// Re-extract stored documents whose ontology fingerprint differs from the current one,
    /// from their stored bytes.
    public var relink: Bool

    public init(jobs: Int = 1, shard: Shard? = nil, relink: Bool = false) {
        self.jobs = jobs
        self.shard = shard
        self.relink = relink
    }
}

/// Where a build is, reported after each document is written.
public struct BuildProgress: Sendable {
    public var documentsDone: Int
    public var documentsTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    /// Seconds since the build started.
    public var elapsed: Double
}

/// What a build did.
public struct BuildSummary: Hashable, Sendable {
    public var added = 0
    public var updated = 0
    /// Unchanged documents (same content hash and ontology).
    public var skipped = 0
    /// Stored documents re-extracted from their stored bytes after an ontology change.
    public var relinked = 0
    /// Input files that belong to another shard.
    public var otherShards = 0
    /// Stored documents that could not be relinked (no stored bytes), by id.
    public var notRelinked: [String] = []
    public var bytesRead = 0
    public var seconds = 0.0
    /// The store's totals after the build.
    public var counts = StoreCounts(documents: 0, entities: 0, relations: 0, mentions: 0, namedGraphs: 0, importedTriples: 0)
}

/// Builds a store from files: the incremental, resumable, parallel ingest behind `newsgraph build`.
///
/// Each document is read, extracted and encoded on a worker, then written by the calling thread
/// in input order, in transactions of up to `batchDocuments` documents. Killing the process leaves
/// every document either fully stored or absent; running the build again skips what was stored
/// and finishes the rest.
/// The first file that is not text stops the build with its `InputError` (the documents before it
/// stay stored).
public struct CorpusBuild: Sendable {
    public let store: GraphStore
    public let pipeline: Pipeline
    public let ontologyFingerprint: String
    public let options: BuildOptions

    public init(store: GraphStore, pipeline: Pipeline, ontologyFingerprint: String, options: BuildOptions = BuildOptions()) {
        self.store = store
        self.pipeline = pipeline
        self.ontologyFingerprint = ontologyFingerprint
        self.options = options
    }

    /// A transaction holds at most this many documents, stored bytes, or seconds of work: large
    /// enough that commits stop dominating the I/O, small enough that progress stays visible and
    /// a killed build loses little.
    static let batchDocuments = 256
    static let batchBytes = 16 << 20
    static let batchSeconds = 0.25

    private enum Item: Sendable {
        case file(CorpusFile)
        case stored(id: String, name: String)
    }

    private enum Prepared: Sendable {
        case write(PreparedDocument, relink: Bool)
        case unchanged
        case noSource(String)
        case failed(any Error)
    }

    public func run(_ files: [CorpusFile], progress: ((BuildProgress) -> Void)? = nil) throws -> BuildSummary {
        let started = Date()
        var summary = BuildSummary()
        let states = try store.documentStates()
        let current = ontologyFingerprint
        if try store.ontologyFingerprint() != current {
            let stale = states.values.filter { $0.ontologyFingerprint != current }.count
            if stale > 0 && !options.relink { throw StoreError.ontologyChanged(path: store.path, staleDocuments: stale) }
            try store.setOntology(fingerprint: current, catalog: pipeline.catalog)
        } else if !options.relink {
            // A relink that was killed half way leaves stale documents under the current fingerprint.
            let stale = states.values.filter { $0.ontologyFingerprint != current }.count
            if stale > 0 { throw StoreError.ontologyChanged(path: store.path, staleDocuments: stale) }
        }

        var items: [Item] = []
        var inputIDs = Set<String>()
        for file in files {
            if let shard = options.shard, !shard.contains(documentID: file.documentID) {
                summary.otherShards += 1
                continue
            }
            items.append(.file(file))
            inputIDs.insert(file.documentID)
        }
        if options.relink {
            let names = Dictionary(uniqueKeysWithValues: try store.documents().map { ($0.id, $0.name) })
            for id in try store.staleDocumentIDs() where !inputIDs.contains(id) {
                items.append(.stored(id: id, name: names[id] ?? id))
            }
        }
        let bytesTotal = items.reduce(0) { total, item in
            if case .file(let file) = item { return total + file.byteCount }
            return total
        }

        var bytesDone = 0
        let work = items
        // Consumed items wait here until their batch is written; then they are counted and
        // reported in input order.
        var batch: [(index: Int, prepared: Prepared)] = []
        var batchBytes = 0
        var batchStarted = Date()
        func flush() throws {
            let documents = batch.compactMap { entry -> PreparedDocument? in
                if case .write(let document, _) = entry.prepared { return document }
                return nil
            }
            var outcomes = try store.write(documents).makeIterator()
            for (index, prepared) in batch {
                switch prepared {
                case .unchanged:
                    summary.skipped += 1
                case .failed:
                    break // thrown before it could join a batch
                case .noSource(let id):
                    summary.notRelinked.append(id)
                case .write(_, let relink):
                    switch outcomes.next()! {
                    case .added: summary.added += 1
                    case .updated: if relink { summary.relinked += 1 } else { summary.updated += 1 }
                    case .unchanged: summary.skipped += 1
                    }
                }
                if case .file(let file) = items[index] {
                    bytesDone += file.byteCount
                    summary.bytesRead += file.byteCount
                }
                progress?(BuildProgress(documentsDone: index + 1, documentsTotal: items.count, bytesDone: bytesDone, bytesTotal: bytesTotal, elapsed: Date().timeIntervalSince(started)))
            }
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
            batchStarted = Date()
        }
        try OrderedWorkers.run(count: work.count, jobs: options.jobs, window: 2 * Self.batchDocuments, work: { index in
            prepare(work[index], states: states)
        }, consume: { index, prepared in
            if case .failed(let error) = prepared {
                // The documents before the failing one stay stored.
                try flush()
                throw error
            }
            batch.append((index, prepared))
            if case .write(let document, _) = prepared { batchBytes += document.storedBytes }
            if batch.count >= Self.batchDocuments || batchBytes >= Self.batchBytes
                || Date().timeIntervalSince(batchStarted) >= Self.batchSeconds {
                try flush()
            }
        })
        try flush()
        summary.counts = try store.counts()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func prepare(_ item: Item, states: [String: DocumentState]) -> Prepared {
        do {
            switch item {
            case .file(let file):
                let bytes: [UInt8]
                do {
                    bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.name)))
                } catch {
                    throw InputError.unreadable(file: file.name, reason: (error as NSError).localizedDescription)
                }
                let hash = StableHash.hex(StableHash.fnv1a64(bytes: bytes))
                let state = states[file.documentID]
                if let state, state.contentHash == hash, state.ontologyFingerprint == ontologyFingerprint {
                    return .unchanged
                }
                let extraction = try pipeline.extract(SourceDocument(name: file.name, bytes: bytes))
                return .write(try PreparedDocument(extraction: extraction, source: bytes, ontologyFingerprint: ontologyFingerprint), relink: state?.contentHash == hash)
            case .stored(let id, let name):
                guard let bytes = try store.source(documentID: id) else { return .noSource(id) }
                let extraction = try pipeline.extract(SourceDocument(name: name, bytes: bytes))
                return .write(try PreparedDocument(extraction: extraction, source: bytes, ontologyFingerprint: ontologyFingerprint), relink: true)
            }
        } catch {
            return .failed(error)
        }
    }
}
