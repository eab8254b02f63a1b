/// A row of a catalog file (`ontology/catalog/*.tsv`, format v1; see `ontology/README.md`).
public struct CatalogRow: Hashable, Codable, Sendable {
    public var id: String
    public var type: String
    public var zhHant: String
    public var zhHans: String
    public var en: String
    public var aliases: [String]
    /// Facts in the catalog's `predicate:object-id` form; suggestions leave them empty.
    public var facts: [String]
    /// The row as it goes into a `.tsv` file: seven tab-separated columns.
    public var line: String

    public init(id: String, type: String, zhHant: String, zhHans: String, en: String, aliases: [String], facts: [String] = []) {
        self.id = id
        self.type = type
        self.zhHant = zhHant
        self.zhHans = zhHans
        self.en = en
        self.aliases = aliases
        self.facts = facts
        self.line = [id, type, zhHant, zhHans, en, aliases.joined(separator: "|"), facts.joined(separator: ";")].joined(separator: "\t")
    }

    /// The first two lines of every catalog file.
    public static let fileHeader = "#newsgraph-catalog v1\nid\ttype\tzh-Hant\tzh-Hans\ten\taliases\tfacts"

    /// A whole catalog file holding `rows`, ready to drop into `ontology/catalog/`.
    public static func file(_ rows: [CatalogRow], comment: String) -> String {
        var lines = [fileHeader]
        for line in comment.split(separator: "\n") { lines.append("# " + line) }
        lines += rows.map(\.line)
        return lines.joined(separator: "\n") + "\n"
    }
}
