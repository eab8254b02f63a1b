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

    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingErrors {
            let output = try store.open(.create)
            defer { try? output.close() }
            var total = MergeSummary()
            for input in inputs {
                let source = try GraphStore.open(at: input, mode: .readOnly, busyTimeout: store.lockTimeout)
                defer { try? source.close() }
                let summary = try output.merge(from: source)
                print("\(input): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.graphs) named graphs")
                total.added += summary.added
                total.updated += summary.updated
                total.unchanged += summary.unchanged
            }
            let counts = try output.counts()
            print("\(store.db): \(counts.documents) documents, \(counts.entities) entities, \(counts.relations) relations, \(counts.namedGraphs) named graphs")
        }
    }
}
