import Testing
import NewsGraphRDF
@testable import NewsGraphSPARQL

@Suite struct TripleIndexTests {
    static func t(_ s: String, _ p: String, _ o: Term) -> Triple { Triple(.iri("http://x/" + s), .iri("http://x/" + p), o) }

    /// The three permutations hold the same triples, sorted and without duplicates, and the
    /// predicate statistics agree with them.
    static func checkInvariants(_ index: TripleIndex) {
        for table in [index.defaultGraph] + index.namedGraphs.values {
            let spo = table.spo.map { [$0.a, $0.b, $0.c] }
            let pos = table.pos.map { [$0.c, $0.a, $0.b] }
            let osp = table.osp.map { [$0.b, $0.c, $0.a] }
            #expect(zip(table.spo, table.spo.dropFirst()).allSatisfy { $0 < $1 })
            #expect(zip(table.pos, table.pos.dropFirst()).allSatisfy { $0 < $1 })
            #expect(zip(table.osp, table.osp.dropFirst()).allSatisfy { $0 < $1 })
            #expect(Set(spo) == Set(pos) && Set(spo) == Set(osp))
            #expect(table.predicateStats.values.reduce(0) { $0 + $1.triples } == table.count)
        }
    }

    @Test func lookupsWithAnyBoundPositions() {
        let triples = [Self.t("a", "p", .iri("http://x/b")), Self.t("a", "p", .string("x")), Self.t("b", "q", .iri("http://x/a")),
                       Self.t("a", "p", .iri("http://x/b")), Self.t("c", "p", .iri("http://x/b"))]
        let index = TripleIndex(triples: triples)
        Self.checkInvariants(index)
        #expect(index.count == 4)
        #expect(index.cardinality(predicate: .iri("http://x/p")) == 3)
        #expect(index.cardinality(subject: .iri("http://x/a")) == 2)
        #expect(index.cardinality(object: .iri("http://x/b")) == 2)
        #expect(index.cardinality(subject: .iri("http://x/a"), object: .iri("http://x/b")) == 1)
        #expect(index.cardinality(predicate: .iri("http://x/p"), object: .iri("http://x/b")) == 2)
        #expect(index.cardinality(subject: .iri("http://x/nobody")) == 0)
        #expect(index.triples(predicate: .iri("http://x/q")) == [Self.t("b", "q", .iri("http://x/a"))])
        #expect(index.contains(Self.t("a", "p", .string("x"))))
    }

    @Test func insertRemoveAndNamedGraphs() throws {
        var index = TripleIndex(triples: [Self.t("a", "p", .iri("http://x/b"))])
        index.insert(contentsOf: [Self.t("b", "p", .iri("http://x/c")), Self.t("a", "p", .iri("http://x/b"))])
        Self.checkInvariants(index)
        #expect(index.count == 2)
        let g = Term.iri("http://x/imported")
        index.insert(contentsOf: [Self.t("c", "p", .iri("http://x/d"))], graph: g)
        Self.checkInvariants(index)
        #expect(index.graphNames == [g])
        #expect(index.count(inGraph: g) == 1)
        // Queries see the default graph; GRAPH sees named graphs.
        let q = "SELECT ?x ?g WHERE { { ?x <http://x/p> ?y } UNION { GRAPH ?g { ?x <http://x/p> ?y } } } ORDER BY ?x"
        let rows = try index.evaluate(q).rows
        #expect(rows.map { $0[0]?.iriValue ?? "" } == ["http://x/a", "http://x/b", "http://x/c"])
        #expect(rows[2][1] == g)
        index.remove(contentsOf: [Self.t("a", "p", .iri("http://x/b"))])
        Self.checkInvariants(index)
        #expect(index.count == 1)
        index.removeGraph(g)
        #expect(index.graphNames.isEmpty)
    }

    @Test func incrementalChangesMatchAModel() {
        var rng = NewsGraphLikeGenerator.Random(state: 3)
        var index = TripleIndex()
        var model = Set<Triple>()
        for round in 0..<30 {
            let batch = (0..<(1 + rng.int(40))).map { _ in Self.t("s\(rng.int(20))", "p\(rng.int(4))", .iri("http://x/o\(rng.int(25))")) }
            if round % 3 == 2 {
                index.remove(contentsOf: batch)
                model.subtract(batch)
            } else {
                index.insert(contentsOf: batch)
                model.formUnion(batch)
            }
            Self.checkInvariants(index)
            #expect(Set(index.allTriples) == model)
            #expect(index.count == model.count)
        }
    }

    @Test func builderMatchesBulkInit() {
        let triples = (0..<500).map { Self.t("s\($0 % 37)", "p\($0 % 5)", .typed(String($0 % 91), Vocabulary.xsd + "integer")) }
        var builder = TripleIndex.Builder()
        for t in triples { builder.add(t) }
        let g = Term.iri("http://x/named")
        builder.add(Self.t("n", "p", .string("in the named graph")), graph: g)
        let built = builder.build()
        Self.checkInvariants(built)
        #expect(Set(built.allTriples) == Set(TripleIndex(triples: triples).allTriples))
        #expect(built.triples(graph: g) == [Self.t("n", "p", .string("in the named graph"))])
    }

    @Test func canonicallyEquivalentIRIsStayDistinct() {
        let nfc = "http://x/r\u{E9}sum\u{E9}", nfd = "http://x/re\u{301}sume\u{301}"
        let index = TripleIndex(triples: [Triple(.iri(nfc), .iri("http://x/p"), .string("1")), Triple(.iri(nfd), .iri("http://x/p"), .string("2"))])
        #expect(index.count == 2)
        #expect(index.dictionary.count == 5)
    }
}
