/// Extraction scored against gold annotations, computed as `../shared/eval/score.py` computes
/// it (same matching, same counts, same rounding). Field names are score.py's in camel case.
public struct GoldScore: Hashable, Codable, Sendable {
    /// The `--gold` directory.
    public var directory: String
    /// Gold documents, and how many of them the audited corpus holds.
    public var documents: Int
    public var predictedDocuments: Int
    /// Person, Organization, Policy and Place summed (micro).
    public var coreEntities: PRF
    /// Every type of SPEC.md: the four core types, Event and Product.
    public var entitiesByType: [String: PRF]
    public var relations: PRF
    /// Gold keys that got more than one predicted id across documents (split entities).
    public var splitKeys: [String]
    /// Predicted ids that matched more than one gold key (merge errors).
    public var mergeErrors: [String]

    /// score.py's last line: `core_entity_f1=0.812 relation_f1=0.400 split=2 merge_errors=0`.
    public var headline: String {
        "core_entity_f1=\(Rounding.text(coreEntities.f1, 3)) relation_f1=\(Rounding.text(relations.f1, 3)) split=\(splitKeys.count) merge_errors=\(mergeErrors.count)"
    }

    /// The types score.py reports, in its order.
    public static let types = ["Person", "Organization", "Policy", "Place", "Event", "Product"]
    public static let coreTypes = ["Person", "Organization", "Policy", "Place"]
}
