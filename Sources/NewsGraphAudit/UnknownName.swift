/// A name recognisers found in the corpus that the catalog lacks, with the row that would add it.
public struct UnknownName: Hashable, Codable, Sendable {
    /// The graph id of the unknown entity (`ent:x-person-…`): one id per normalised name and core type.
    public var id: String
    /// The most frequent surface form.
    public var name: String
    /// The most frequent type (with subclass) the recognisers gave it.
    public var type: String
    public var documents: Int
    public var mentions: Int
    /// Every surface form with its count, most frequent first.
    public var forms: [FormCount]
    /// The recogniser rules that found it, sorted.
    public var rules: [String]
    /// Two or three places it occurs, from different documents where possible.
    public var snippets: [Snippet]
    /// A catalog row that would link it, or nil when every name of it is already taken
    /// (by the catalog or by a higher-ranked suggestion).
    public var suggestion: CatalogRow?
}

public struct FormCount: Hashable, Codable, Sendable {
    public var text: String
    public var count: Int
}
