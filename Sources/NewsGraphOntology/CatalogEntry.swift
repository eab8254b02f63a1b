/// A known fact about a catalog entity: `partOf hong-kong`, `holdsPositionIn hksar-government [行政長官|2022-]`.
public struct CatalogFact: Hashable, Codable, Sendable {
    public var predicate: String
    /// The catalog id of the object (without the `ent:` prefix).
    public var object: String
    public var role: String?
    public var period: String?

    public init(predicate: String, object: String, role: String? = nil, period: String? = nil) {
        self.predicate = predicate
        self.object = object
        self.role = role
        self.period = period
    }
}

/// One entity of the catalog: a stable id linking every label and alias of one real thing.
public struct CatalogEntry: Hashable, Codable, Sendable {
    /// Lower-case hyphenated slug, unique across the catalog (`john-lee-ka-chiu`).
    public var id: String
    public var type: EntityType
    /// Preferred labels by BCP 47 tag: `zh-Hant`, `zh-Hans`, `en`.
    public var labels: [String: String]
    /// Every other surface form: official names, abbreviations, short forms, romanisations.
    public var aliases: [String]
    public var facts: [CatalogFact]
    /// Where the entry was read from, for error messages and audits.
    public var file: String
    public var line: Int

    public init(id: String, type: EntityType, labels: [String: String], aliases: [String], facts: [CatalogFact], file: String = "", line: Int = 0) {
        self.id = id
        self.type = type
        self.labels = labels
        self.aliases = aliases
        self.facts = facts
        self.file = file
        self.line = line
    }

    /// The graph node id of this entry.
    public var nodeID: String { "ent:" + id }

    /// The label to show: English, then Traditional, then Simplified Chinese, then the id.
    public var displayLabel: String {
        labels["en"] ?? labels["zh-Hant"] ?? labels["zh-Hans"] ?? id
    }

    /// Every name of the entry: labels first (sorted by tag), then aliases.
    public var allNames: [String] {
        labels.keys.sorted().compactMap { labels[$0] } + aliases
    }
}
