import NewsGraph
import NewsGraphRDF
import Testing
@testable import NewsGraphExport

@Suite struct SortedTriplesTests {
    @Test func equalsTheMappingsSortedSetOnACleanGraph() {
        let graph = Fixtures.clean
        let rdf = GraphRDF()
        #expect(SortedTriples(graph: graph, rdf: rdf).array() == rdf.triples(of: graph))
    }

    @Test func equalsTheSanitisedMappingOnAHostileGraph() {
        let graph = Fixtures.hostile
        let rdf = GraphRDF(base: "http://example.org/kg/")
        var expected: [Triple] = []
        rdf.forEachTriple(in: graph) { expected.append(TripleSanitizer.sanitized($0)) }
        expected.sort(by: TermOrder.less)
        var unique: [Triple] = []
        for triple in expected where unique.last.map({ !TermOrder.identical($0, triple) }) ?? true {
            unique.append(triple)
        }
        let actual = SortedTriples(graph: graph, rdf: rdf).array()
        #expect(actual.count == unique.count)
        #expect(zip(actual, unique).allSatisfy { TermOrder.identical($0, $1) })
        // Nothing XML-illegal is left.
        #expect(actual.allSatisfy { t in [t.subject, t.predicate, t.object].allSatisfy { NTriples.format($0).unicodeScalars.allSatisfy { $0.value != 0 && $0.value != 0xFFFE } } })
    }

    @Test func parallelEdgesGiveOneDirectTripleAndTwoProvenanceNodes() {
        let graph = Fixtures.hostile
        let rdf = GraphRDF()
        let triples = SortedTriples(graph: graph, rdf: rdf).array()
        let holds = triples.filter { $0.predicate == GraphRDF.kg("holdsPositionIn") }
        #expect(holds.count == 1)
        let statements = triples.filter { $0.object == GraphRDF.kg("RelationStatement") }
        #expect(statements.count == graph.edges.count)
        #expect(graph.edges.filter { $0.predicate == "holdsPositionIn" }.count == 2)
    }

    @Test func termOrderAgreesWithTripleOrder() {
        let triples = GraphRDF().triples(of: Fixtures.clean)
        for (a, b) in zip(triples, triples.dropFirst()) {
            #expect(TermOrder.less(a, b) == (a < b))
            #expect(!TermOrder.less(b, a))
        }
    }
}

extension SortedTriplesTests {
    /// RDF compares literals by code points: two canonically equivalent spellings are two
    /// triples (Swift's `String ==` would merge them).
    @Test func canonicallyEquivalentLiteralsStayDistinct() {
        var graph = Fixtures.clean
        graph.nodes[0].aliases = ["e\u{301}tat", "état"]
        let altLabels = SortedTriples(graph: graph, rdf: GraphRDF()).array().filter {
            $0.subject == GraphRDF().iri(graph.nodes[0].id) && $0.predicate == .iri(Vocabulary.skos + "altLabel")
        }
        #expect(altLabels.count == 2)
    }
}
