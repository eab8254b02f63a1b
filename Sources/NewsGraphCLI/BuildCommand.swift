import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphStore

/// `newsgraph build CORPUS... [--db PATH] [--relink] [--ontology DIR] [--jobs N] [--shard K/N]`
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract documents into a store, incrementally.",
        discussion: """
            Directories are walked recursively for *.txt files in sorted order. Unchanged documents \
            (same content hash) are skipped; changed ones replace their earlier contribution. Documents \
            are written in transactions of whole documents, so an interrupted build leaves a \
            consistent store and running it again finishes the job.
            """)

    @Argument(help: ArgumentHelp("Text files or directories of *.txt files.", valueName: "CORPUS"))
    var corpus: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var ontology: OntologyOptions

    @Flag(help: "Re-extract stored documents from their stored text after an ontology or catalog change.")
    var relink = false

    @Option(help: ArgumentHelp("Worker threads extracting in parallel (the result is the same for any N).", valueName: "N"))
    var jobs: Int = 1

    @Option(help: ArgumentHelp("Build only the K-th of N deterministic slices of the corpus (for merging later).", valueName: "K/N"))
    var shard: String?

    func validate() throws {
        if corpus.isEmpty && !relink { throw ValidationError("Give at least one CORPUS file or directory (or --relink alone).") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 <= K <= N, for example 1/4.") }
    }

    func run() throws {
        try reportingErrors {
            let files = try Corpus.files(corpus)
            let directory = try ontology.directory()
            let pipeline = try Pipeline(ontologyDirectory: directory)
            let fingerprint = try OntologyFingerprint.of(directory: directory)
            let graphStore = try store.open(.create)
            defer { try? graphStore.close() }
            let options = BuildOptions(jobs: jobs, shard: shard.flatMap { Shard($0) }, relink: relink)
            let bar = ProgressBar.forStandardError()
            let summary: BuildSummary
            do {
                summary = try CorpusBuild(store: graphStore, pipeline: pipeline, ontologyFingerprint: fingerprint, options: options)
                    .run(files, progress: bar.map { bar in { bar.update($0) } })
                bar?.finish()
            } catch {
                bar?.finish()
                throw error
            }
            print(Self.report(summary, db: store.db))
            for id in summary.notRelinked {
                Diagnostics.warning("\(store.db): warning: \(id) has no stored text and was not relinked. Build it again from its file.")
            }
        }
    }

    static func report(_ summary: BuildSummary, db: String) -> String {
        var first = "\(db): \(summary.added) added, \(summary.updated) updated, \(summary.skipped) skipped (unchanged)"
        if summary.relinked > 0 { first += ", \(summary.relinked) relinked" }
        if summary.otherShards > 0 { first += ", \(summary.otherShards) in other shards" }
        let counts = summary.counts
        let megabytes = Double(summary.bytesRead) / 1_000_000
        let rate = summary.seconds > 0 ? megabytes / summary.seconds : 0
        return first + "\n" + "store: \(counts.documents) documents, \(counts.entities) entities, \(counts.relations) relations"
            + String(format: " (%.1f MB read in %.1f s, %.2f MB/s)", megabytes, summary.seconds, rate)
    }
}
