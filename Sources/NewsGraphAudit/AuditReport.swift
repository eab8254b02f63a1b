/// Everything `newsgraph audit` found, as one value. The three renderers (text, JSON, HTML)
/// only format it; the JSON form is this value encoded with sorted keys and is described by
/// `docs/audit.schema.json`.
///
/// Lists are complete and in a fixed order (documented on each field), so the same corpus and
/// catalog give byte-identical reports.
public struct AuditReport: Hashable, Codable, Sendable {
    /// The version of this report's JSON shape (`docs/audit.schema.json`).
    public static let formatVersion = 1

    public var formatVersion: Int
    public var summary: AuditSummary
    /// Mentions by core type, linked to the catalog or recognised only; in `CoreType` order.
    public var mentionsByType: [TypeMentions]
    public var catalog: CatalogCoverage
    /// Names found by recognisers that the catalog lacks, most documents first.
    public var unknownNames: [UnknownName]
    /// Per document, lowest linked share first.
    public var documents: [DocumentCoverage]
    /// Scores against gold annotations, when `--gold` was given.
    public var gold: GoldScore?

    public init(summary: AuditSummary, mentionsByType: [TypeMentions], catalog: CatalogCoverage, unknownNames: [UnknownName], documents: [DocumentCoverage], gold: GoldScore?) {
        self.formatVersion = Self.formatVersion
        self.summary = summary
        self.mentionsByType = mentionsByType
        self.catalog = catalog
        self.unknownNames = unknownNames
        self.documents = documents
        self.gold = gold
    }
}

/// Corpus-wide totals.
public struct AuditSummary: Hashable, Codable, Sendable {
    public var documents: Int
    public var mentions: Int
    /// Mentions of entities in the catalog (found by a catalog name or resolved to an entry by a rule).
    public var linkedMentions: Int
    /// Mentions of entities only a recogniser found.
    public var recognisedMentions: Int
    /// `linkedMentions / mentions`, 0 when there are no mentions.
    public var linkedShare: Double
    /// Distinct entity ids across the corpus.
    public var entities: Int
    public var linkedEntities: Int
    /// Distinct unknown names (entities not in the catalog).
    public var unknownNames: Int
    public var relations: Int
    public var catalogEntries: Int
    public var catalogEntriesMentioned: Int
}

/// How one core type's mentions split between catalog and recognisers.
public struct TypeMentions: Hashable, Codable, Sendable {
    /// A core type name (`Person`, `Organization`, ...).
    public var type: String
    public var linked: Int
    public var recognised: Int
    public var linkedShare: Double
}

/// A place in a document, with the sentence around it.
public struct Snippet: Hashable, Codable, Sendable {
    /// The document's name as given to the audit.
    public var document: String
    /// Scalar offsets of the mention in the repaired text (what extraction and the scorer index).
    public var start: Int
    public var end: Int
    /// Scalar offsets of the mention in the original file's text.
    public var sourceStart: Int
    public var sourceEnd: Int
    /// The sentence holding the mention, from the repaired text.
    public var sentence: String
    /// Scalar offsets of the mention inside `sentence`.
    public var sentenceStart: Int
    public var sentenceEnd: Int
}

/// Precision, recall and F1 from counts, rounded to four decimals as `score.py` rounds them.
public struct PRF: Hashable, Codable, Sendable {
    public var tp: Int
    public var fp: Int
    public var fn: Int
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(tp: Int, fp: Int, fn: Int) {
        self.tp = tp
        self.fp = fp
        self.fn = fn
        let p = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
        let r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
        let f = p + r > 0 ? 2 * p * r / (p + r) : 0
        precision = Rounding.decimals(p, 4)
        recall = Rounding.decimals(r, 4)
        f1 = Rounding.decimals(f, 4)
    }
}
