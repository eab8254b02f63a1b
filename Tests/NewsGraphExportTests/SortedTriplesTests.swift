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
        #expect(actual.allSatisfy { t in [t.subject, t.predicate, t.object].allSatisfy { NTriples.format($0).unicodeScalars.allSatisfy { $0.value != 0 && $0.value != 0xFFFE && $0.value != 0xFFFD && $0.value != 1 } } })
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
    /// Exports are in NFC (Jena rejects other forms), so two canonically equivalent spellings
    /// become one literal, and one triple.
    @Test func canonicallyEquivalentLiteralsBecomeOneNFCLiteral() {
        var graph = Fixtures.clean
        graph.nodes[0].aliases = ["e\u{301}tat", "état"]
        let altLabels = SortedTriples(graph: graph, rdf: GraphRDF()).array().filter {
            $0.subject == GraphRDF().iri(graph.nodes[0].id) && $0.predicate == .iri(Vocabulary.skos + "altLabel")
        }
        #expect(altLabels.count == 1)
        #expect(altLabels.first?.object.literalValue?.lexical.unicodeScalars.count == 4)
    }
}

@Suite struct ExportTextTests {
    @Test func removesWhatXMLCannotCarryAndTheReplacementCharacter() {
        #expect(ExportText.clean("行政長官\u{1}表示\u{0}\u{C}\u{FFFE}\u{FFFF}\u{FFFD}!") == "行政長官表示!")
        #expect(ExportText.clean("tab\tnl\ncr\r 🇭🇰 \u{200F}") == "tab\tnl\ncr\r 🇭🇰 \u{200F}")
        #expect(ExportText.isClean("plain 李家超 <&>"))
        #expect(!ExportText.isClean("a\u{FFFD}"))
        #expect(ExportText.clean("e\u{301}tat \u{2126} \u{F900}") == "état \u{3A9} \u{8C48}")
        #expect(!ExportText.isClean("e\u{301}"))
        #expect(ExportText.isClean("état 香港 「港鐵」 ＡＢ — \u{200F}"))
    }
}
