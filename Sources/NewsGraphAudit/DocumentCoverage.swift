/// How well one document is covered: linked against recognised-only mentions, relations, and
/// the sentences that name several things but state no relation between them.
public struct DocumentCoverage: Hashable, Codable, Sendable {
    public var document: String
    public var mentions: Int
    /// Mentions of catalog entities.
    public var linked: Int
    /// Mentions of entities only a recogniser found.
    public var recognised: Int
    /// `linked / mentions`, 0 for a document without mentions.
    public var linkedShare: Double
    public var entities: Int
    public var relations: Int
    public var sentences: Int
    /// Sentences with at least one mention.
    public var namedSentences: Int
    /// Sentences naming two or more distinct entities that no relation's evidence covers:
    /// where a missing relation rule (or a missing catalog fact) would show.
    public var unrelatedSentences: Int
    /// The first few of those sentences.
    public var unrelatedExamples: [SentenceExample]
}

/// A sentence and the entities named in it.
public struct SentenceExample: Hashable, Codable, Sendable {
    /// Scalar offsets of the sentence in the repaired text.
    public var start: Int
    public var end: Int
    /// The sentence (at most `Snippet.maximumLength` characters).
    public var text: String
    /// Labels of the entities named in it, in order of first mention.
    public var entities: [String]
}
