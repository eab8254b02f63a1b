/// What the catalog knows against what the corpus mentions.
public struct CatalogCoverage: Hashable, Codable, Sendable {
    /// Catalog entries mentioned at least once: most mentions first, then by id.
    public var mentioned: [EntryCoverage]
    /// Catalog entries no document mentions: by type, then id.
    public var neverMentioned: [CatalogEntryRef]
    /// One row per type (with subclass) the catalog has, by type name.
    public var byType: [TypeCoverage]
    /// One row per core type, in `CoreType` order.
    public var byCoreType: [TypeCoverage]
}

/// One catalog entry as the corpus saw it.
public struct EntryCoverage: Hashable, Codable, Sendable {
    public var id: String
    public var type: String
    public var label: String
    public var mentions: Int
    public var documents: Int
    /// The first and last document (in audit order) that mention it.
    public var firstDocument: String
    public var lastDocument: String
}

/// A catalog entry named by where it is defined, so a curator can find the row.
public struct CatalogEntryRef: Hashable, Codable, Sendable {
    public var id: String
    public var type: String
    public var label: String
    /// The catalog file's name (`hk-people.tsv`) and line, when known.
    public var file: String
    public var line: Int
}

/// Coverage of one type: catalog entries, how many the corpus mentions, and labels per language.
public struct TypeCoverage: Hashable, Codable, Sendable {
    /// `Person`, or with a subclass `Organization/Company`.
    public var type: String
    public var entries: Int
    public var mentionedEntries: Int
    /// Mentions of this type's catalog entries.
    public var mentions: Int
    /// Entries with a preferred label in each language (`zh-Hans` counts labels derived from `zh-Hant` at load time).
    public var labels: LabelCounts

    init(type: String) {
        self.type = type
        entries = 0
        mentionedEntries = 0
        mentions = 0
        labels = LabelCounts()
    }
}

/// Entries with a preferred label per BCP 47 tag.
public struct LabelCounts: Hashable, Codable, Sendable {
    public var zhHant: Int
    public var zhHans: Int
    public var en: Int

    public static let tags = ["zh-Hant", "zh-Hans", "en"]

    public init(zhHant: Int = 0, zhHans: Int = 0, en: Int = 0) {
        self.zhHant = zhHant
        self.zhHans = zhHans
        self.en = en
    }

    enum CodingKeys: String, CodingKey {
        case zhHant = "zh-Hant", zhHans = "zh-Hans", en
    }

    mutating func count(_ labels: [String: String]) {
        if labels["zh-Hant"] != nil { zhHant += 1 }
        if labels["zh-Hans"] != nil { zhHans += 1 }
        if labels["en"] != nil { en += 1 }
    }
}
