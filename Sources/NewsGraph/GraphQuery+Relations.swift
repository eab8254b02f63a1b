import Foundation
import NewsGraphRDF

/// Which way an edge runs, seen from one entity.
public enum RelationDirection: String, Hashable, Sendable, CaseIterable {
    /// The entity is the subject: `entity --predicate--> other`.
    case outgoing
    /// The entity is the object: `other --predicate--> entity`.
    case incoming
}

/// One stated relation seen from one entity, with where it is stated.
public struct EntityRelation: Hashable, Sendable {
    /// The edge: subject, predicate, object, document, evidence and offsets.
    public var edge: GraphEdge
    public var direction: RelationDirection
    /// The id at the other end: an entity (`ent:…`), or a document (`doc:…`) for `authorOf`.
    public var otherID: String
    /// The document that states it.
    public var document: GraphDocument?

    public init(edge: GraphEdge, direction: RelationDirection, otherID: String, document: GraphDocument?) {
        self.edge = edge
        self.direction = direction
        self.otherID = otherID
        self.document = document
    }

    public var predicate: String { edge.predicate }
    /// The sentence that states the relation.
    public var evidence: String { edge.evidence }
    /// Unicode scalar offsets of the evidence in the document's repaired text.
    public var start: Int { edge.start }
    public var end: Int { edge.end }
}

/// An edge seen from one end, in the order traversals visit them.
struct Adjacency: Hashable, Sendable {
    var edge: Int
    var other: String
    var direction: RelationDirection

    /// Per id, its edges sorted by (other end, predicate, outgoing before incoming, edge id): the
    /// order that makes traversals deterministic whatever order edges were added in.
    static func build(_ graph: KnowledgeGraph) -> [String: [Adjacency]] {
        var byID: [String: [Adjacency]] = [:]
        for (index, edge) in graph.edges.enumerated() {
            byID[edge.subject, default: []].append(Adjacency(edge: index, other: edge.object, direction: .outgoing))
            // A self-loop is listed from both ends too: it is outgoing and incoming.
            byID[edge.object, default: []].append(Adjacency(edge: index, other: edge.subject, direction: .incoming))
        }
        return byID.mapValues { list in
            list.sorted { a, b in
                let ea = graph.edges[a.edge], eb = graph.edges[b.edge]
                if a.other != b.other { return a.other < b.other }
                if ea.predicate != eb.predicate { return ea.predicate < eb.predicate }
                if a.direction != b.direction { return a.direction == .outgoing }
                return ea.id < eb.id
            }
        }
    }
}

extension GraphQuery {
    /// The bare predicate name of `kg:holdsPositionIn`, a full `kg` IRI, or `holdsPositionIn`.
    public static func predicateName(_ text: String) -> String {
        var name = text.trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("<") && name.hasSuffix(">") { name = String(name.dropFirst().dropLast()) }
        if name.hasPrefix(Vocabulary.kg) { return String(name.dropFirst(Vocabulary.kg.count)) }
        if name.hasPrefix("kg:") { return String(name.dropFirst(3)) }
        return name
    }

    /// The relations of an entity (or document), each with its evidence.
    ///
    /// - Parameters:
    ///   - id: an entity id (`ent:…`) or a document id (`doc:…`).
    ///   - predicate: only this predicate (`holdsPositionIn`, `kg:holdsPositionIn` or its IRI).
    ///   - direction: only outgoing or only incoming edges; nil for both.
    /// - Returns: outgoing before incoming, then by predicate, the other end's label and id,
    ///   document and offset. A relation stated in two places is listed twice, each with its
    ///   own evidence.
    public func relations(of id: String, predicate: String? = nil, direction: RelationDirection? = nil) -> [EntityRelation] {
        let wanted = predicate.map(Self.predicateName)
        var result: [EntityRelation] = []
        for adjacency in self.adjacency[id] ?? [] {
            let edge = graph.edges[adjacency.edge]
            if let wanted, edge.predicate != wanted { continue }
            if let direction, adjacency.direction != direction { continue }
            result.append(EntityRelation(edge: edge, direction: adjacency.direction, otherID: adjacency.other, document: graph.document(edge.document)))
        }
        return result.sorted { a, b in
            if a.direction != b.direction { return a.direction == .outgoing }
            if a.predicate != b.predicate { return a.predicate < b.predicate }
            let la = label(of: a.otherID), lb = label(of: b.otherID)
            if la != lb { return la < lb }
            if a.otherID != b.otherID { return a.otherID < b.otherID }
            if a.edge.document != b.edge.document { return a.edge.document < b.edge.document }
            if a.start != b.start { return a.start < b.start }
            return a.edge.id < b.edge.id
        }
    }
}
