import Foundation
import NewsGraphOntology
import NewsGraphRDF
import NewsGraphSPARQL

/// RDF triples imported from elsewhere (for example a store's `newsgraph import`), queried
/// together with the extracted graph.
public struct ImportedGraph: Hashable, Sendable {
    /// The graph's name.
    public var iri: String
    public var triples: [Triple]

    public init(iri: String, triples: [Triple]) {
        self.iri = iri
        self.triples = triples
    }
}

/// Questions to a ``KnowledgeGraph`` from Swift: entities by name in any script or by type,
/// relations with their evidence, neighbourhoods, shortest paths and SPARQL.
///
/// Name lookups, relations and traversals use indexes made when the value is created (linear in
/// the graph's size). The SPARQL index is built on the first query and kept; the value is safe
/// to share between threads.
///
/// ```swift
/// let query = GraphQuery(graph: graph, catalog: catalog)
/// let lee = try query.resolve("Li Ka-chiu")          // the same node as 李家超 or 李家超
/// for relation in query.relations(of: lee.id, predicate: "holdsPositionIn") {
///     print(relation.otherID, relation.evidence, relation.edge.document, relation.start)
/// }
/// ```
public final class GraphQuery: @unchecked Sendable {
    public let graph: KnowledgeGraph
    /// The catalog the graph was built with, when known: its labels and aliases find the
    /// catalog's nodes too, and names it knows but the graph lacks are reported as such.
    public let catalog: Catalog?
    /// The IRI mapping used for SPARQL (`GraphRDF().forEachTriple`).
    public let rdf: GraphRDF
    public let importedGraphs: [ImportedGraph]

    /// Name key (see `NameKey`) -> node ids, sorted.
    let nodesByName: [String: [String]]
    /// Node id -> the indexes of its edges in `graph.edges`, in traversal order (see `Adjacency`).
    let adjacency: [String: [Adjacency]]

    // The SPARQL index, built once on first use (guarded by `lock`).
    private let lock = NSLock()
    private var cachedIndex: TripleIndex?

    /// - Parameters:
    ///   - graph: the graph to ask.
    ///   - catalog: the catalog the graph was built with (a store's `catalog()`), or nil.
    ///   - rdf: how the graph reads as RDF in queries (default base `https://newsgraph.example/id/`).
    ///   - importedGraphs: RDF from elsewhere. Its triples join the default graph that queries
    ///     see, and each graph is also a named graph for `GRAPH <iri> { ... }`.
    public init(graph: KnowledgeGraph, catalog: Catalog? = nil, rdf: GraphRDF = GraphRDF(), importedGraphs: [ImportedGraph] = []) {
        self.graph = graph
        self.catalog = catalog
        self.rdf = rdf
        self.importedGraphs = importedGraphs.sorted { $0.iri < $1.iri }
        self.nodesByName = Self.nameIndex(graph: graph, catalog: catalog)
        self.adjacency = Adjacency.build(graph)
    }

    /// The node with this id (`ent:…`), or nil.
    public func node(_ id: String) -> GraphNode? { graph.node(id) }

    /// A readable name for a node or document id: the node's label, the document's name, or
    /// the id itself.
    public func label(of id: String) -> String {
        if let node = graph.node(id) { return node.label }
        if let document = graph.document(id) { return document.name }
        return id
    }

    /// Entities of a type. A type without a subclass (`Organization`) includes every subclass
    /// (`Organization/Company`, ...); one with a subclass matches exactly. Sorted by id.
    public func entities(ofType type: EntityType) -> [GraphNode] {
        graph.nodes.filter { node in
            type.subclass == nil ? node.type.core == type.core : node.type == type
        }
    }

    /// The predicates used by the graph's edges, sorted.
    public var predicates: [String] {
        Set(graph.edges.map(\.predicate)).sorted()
    }

    // MARK: - SPARQL

    /// The triples queries run over, indexed: the graph through `GraphRDF.forEachTriple`, plus
    /// the imported graphs (in the default graph and each as a named graph). Built once.
    public func tripleIndex() -> TripleIndex {
        lock.lock()
        defer { lock.unlock() }
        if let cachedIndex { return cachedIndex }
        var builder = TripleIndex.Builder(expectedTriples: graph.nodes.count * 8 + graph.edges.count * 12)
        rdf.forEachTriple(in: graph) { builder.add($0) }
        for imported in importedGraphs {
            for triple in imported.triples { builder.add(triple) }
        }
        var index = builder.build()
        for imported in importedGraphs {
            index.insert(contentsOf: imported.triples, graph: .iri(imported.iri))
        }
        cachedIndex = index
        return index
    }

    /// Runs a SPARQL `SELECT` or `ASK` query (see the query language article).
    /// - Throws: `SPARQLError` for a syntax error, an undeclared prefix or an unsupported feature.
    public func query(sparql: String) throws -> QueryResult {
        let parsed = try SPARQLQuery.parse(sparql)
        return try tripleIndex().evaluate(parsed)
    }
}
