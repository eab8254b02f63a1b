/// One GraphML attribute declaration (`<key>`). Every key is declared before the graph, with
/// `attr.name` and `attr.type`, so networkx, igraph, Gephi and yEd type the values alike.
struct GraphMLKey: Sendable {
    enum Domain: String, Sendable { case node, edge }
    enum Kind: String, Sendable { case string, int, double, boolean }

    var id: String
    var domain: Domain
    var name: String
    var kind: Kind

    init(_ domain: Domain, _ name: String, _ kind: Kind) {
        self.id = (domain == .node ? "n_" : "e_") + name
        self.domain = domain
        self.name = name
        self.kind = kind
    }

    /// The key name for a preferred label in `tag` (`zh-Hant` -> `label_zh_Hant`).
    static func labelName(_ tag: String) -> String {
        "label_" + String(String.UnicodeScalarView(tag.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? scalar : "_"
        }))
    }

    /// The preferred-label tags always declared (others are added when the graph has them).
    static let standardTags = ["en", "zh-Hans", "zh-Hant"]

    static let aliasSeparator = " | "

    static func nodeKeys(tags: [String]) -> [GraphMLKey] {
        [
            GraphMLKey(.node, "graph_id", .string),
            GraphMLKey(.node, "label", .string),
            GraphMLKey(.node, "type", .string),
            GraphMLKey(.node, "class_iri", .string),
        ]
        + tags.map { GraphMLKey(.node, labelName($0), .string) }
        + [
            GraphMLKey(.node, "aliases", .string),
            GraphMLKey(.node, "mention_count", .int),
            GraphMLKey(.node, "document_count", .int),
            GraphMLKey(.node, "in_catalog", .boolean),
            GraphMLKey(.node, "content_hash", .string),
            GraphMLKey(.node, "byte_count", .int),
        ]
    }

    static let edgeKeys: [GraphMLKey] = [
        // The edge's own id again: python-igraph 1.0 fills its edge "id" attribute with the
        // source node's id, so this is how igraph users get the `rel:` id.
        GraphMLKey(.edge, "graph_id", .string),
        GraphMLKey(.edge, "predicate", .string),
        GraphMLKey(.edge, "predicate_iri", .string),
        GraphMLKey(.edge, "evidence", .string),
        GraphMLKey(.edge, "document", .string),
        GraphMLKey(.edge, "start", .int),
        GraphMLKey(.edge, "end", .int),
        GraphMLKey(.edge, "rule", .string),
        GraphMLKey(.edge, "confidence", .double),
        GraphMLKey(.edge, "role", .string),
    ]
}
