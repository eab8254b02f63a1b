import Foundation
import NewsGraph
import NewsGraphPush
import NewsGraphRDF
import NewsGraphSPARQL
import Testing

/// Pushes the store built from Tests/Fixtures/corpus into real engines started on loopback, then
/// compares the engine's count and query answers with NewsGraph's own (in-process `TripleIndex`).
@Suite(.serialized)
struct EngineRoundTripTests {
    static let graphIRI = "https://newsgraph.example/graph/corpus"

    /// Queries over one graph; `{GRAPH}` becomes `GRAPH <g> { ... }` on the engine and a plain
    /// group in-process (where the pushed triples are the default graph).
    static let queries = [
        "SELECT (COUNT(*) AS ?n) WHERE { {GRAPH} { ?s ?p ?o } }",
        "SELECT ?p (COUNT(*) AS ?n) WHERE { {GRAPH} { ?s ?p ?o } } GROUP BY ?p",
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { {GRAPH} { ?s ?p ?o } }",
        "SELECT DISTINCT ?s ?label WHERE { {GRAPH} { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } }",
        "SELECT ?type (COUNT(?s) AS ?n) WHERE { {GRAPH} { ?s a ?type } } GROUP BY ?type",
        "SELECT ?s ?o WHERE { {GRAPH} { ?s ?p ?o FILTER(isLiteral(?o) && langMatches(lang(?o), \"zh-hant\")) } }",
    ]

    func roundTrip(_ engine: Engine) throws {
        let graph = try PushFixtures.graph.get()
        let triples = PushFixtures.triples(graph)
        var options = GraphPusher.Options()
        options.maxAttempts = 3
        let endpoint = try GraphStoreEndpoint(engine.graphStore, graph: Self.graphIRI)
        let first = try GraphPusher(endpoint: endpoint, credentials: engine.credentials, options: options).push(graph, batchTriples: 500)
        #expect(first.triplesAcknowledged == triples.count)
        #expect(first.batches == (triples.count + 499) / 500)
        // Again with --replace: the graph must hold each triple once, not twice.
        options.replace = true
        let second = try GraphPusher(endpoint: endpoint, credentials: engine.credentials, options: options).push(graph, batchTriples: 700)
        #expect(second.triplesAcknowledged == triples.count)

        let count = try engineSelect(engine.sparql, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <\(Self.graphIRI)> { ?s ?p ?o } }")
        #expect(count == [normalised(.literal(Literal(String(triples.count), datatype: Vocabulary.xsd + "integer")))])

        let index = TripleIndex(triples: triples)
        for query in Self.queries {
            let remote = try engineSelect(engine.sparql, query.replacingOccurrences(of: "{GRAPH}", with: "GRAPH <\(Self.graphIRI)>"))
            let local = try index.evaluate(query.replacingOccurrences(of: "{GRAPH}", with: ""))
                .rows.map { $0.map(normalised).joined(separator: "|") }.sorted()
            #expect(remote == local, "\(query)")
            #expect(!local.isEmpty, "\(query) answers nothing: the comparison would prove little")
        }
    }

    @Test(.enabled(if: OxigraphEngine.available, "oxigraph is not installed (pip install oxigraph)"))
    func oxigraph() throws {
        let engine: OxigraphEngine
        do { engine = try OxigraphEngine() } catch {
            print("skipped: \(error)")
            return
        }
        defer { engine.stop() }
        try roundTrip(engine)
    }

    @Test(.enabled(if: VirtuosoEngine.available, "Virtuoso is not installed (apt-get install virtuoso-opensource)"))
    func virtuoso() throws {
        let engine: VirtuosoEngine
        do { engine = try VirtuosoEngine() } catch {
            print("skipped: \(error)")
            return
        }
        defer { engine.stop() }
        try roundTrip(engine)
    }
}
