/// The entity catalog: every known entity, by id. Loaded from `ontology/catalog/*.tsv`.
public struct Catalog: Sendable {
    /// Entries sorted by id.
    public private(set) var entries: [CatalogEntry]
    private var indexByID: [String: Int]

    public init(entries: [CatalogEntry]) {
        self.entries = entries.sorted { $0.id < $1.id }
        var index: [String: Int] = [:]
        for (offset, entry) in self.entries.enumerated() { index[entry.id] = offset }
        self.indexByID = index
    }

    /// The entry with this id (with or without the `ent:` prefix).
    public func entry(_ id: String) -> CatalogEntry? {
        let key = id.hasPrefix("ent:") ? String(id.dropFirst(4)) : id
        return indexByID[key].map { entries[$0] }
    }

    public var count: Int { entries.count }
}
