import ArgumentParser
import NewsGraphStore

/// `newsgraph remove DOC... [--db PATH]`
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove documents and exactly what they contributed.",
        discussion: "A DOC is the name given at build time, a path with the same base name, or a document id (doc:...). Mentions and relations of the document go; entities and relations no other document supports go with them.")

    @Argument(help: ArgumentHelp("Documents to remove.", valueName: "DOC"))
    var documents: [String]

    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingErrors {
            let graphStore = try store.open(.readWrite)
            defer { try? graphStore.close() }
            // Resolve every name first: a typo in the last one must not leave the others removed.
            var ids: [String] = []
            for name in documents {
                guard let document = try graphStore.document(named: name) else {
                    throw StoreError.documentNotFound(path: store.db, name: name)
                }
                ids.append(document.id)
            }
            for id in ids {
                try graphStore.remove(id)
                print("removed \(id)")
            }
            let counts = try graphStore.counts()
            print("store: \(counts.documents) documents, \(counts.entities) entities, \(counts.relations) relations")
        }
    }
}
