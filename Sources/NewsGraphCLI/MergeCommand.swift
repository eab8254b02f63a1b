import ArgumentParser
import NewsGraphStore

/// `newsgraph merge A.sqlite B.sqlite ... --db OUT`
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine stores (for example the shards of a --shard build) into one.",
        discussion: "Documents are copied one transaction each; a document already in OUT with the same content is kept. The result equals one build of the whole corpus. All stores must be built with the same ontology.")

    @Argument(help: ArgumentHelp("Stores to merge.", valueName: "STORE"))
    var inputs: [String]

    // Required here (no default): merging into an unintended store is hard to undo.
    @Option(help: ArgumentHelp("The store to merge into (created when absent).", valueName: "OUT"))
    var db: String

    func run() throws {
        try reportingErrors {
            let output = try GraphStore.open(at: db, mode: .create, busyTimeout: StoreOptions.lockTimeout)
            defer { try? output.close() }
            var total = MergeSummary()
            for input in inputs {
                let source = try GraphStore.open(at: input, mode: .readOnly, busyTimeout: StoreOptions.lockTimeout)
                defer { try? source.close() }
                let summary = try output.merge(from: source)
                print("\(input): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.graphs) named graphs")
                total.added += summary.added
                total.updated += summary.updated
                total.unchanged += summary.unchanged
            }
            let counts = try output.counts()
            print("\(db): \(counts.documents) documents, \(counts.entities) entities, \(counts.relations) relations, \(counts.namedGraphs) named graphs")
        }
    }
}
