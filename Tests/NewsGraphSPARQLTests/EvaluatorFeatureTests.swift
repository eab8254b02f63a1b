import Testing
import NewsGraphRDF
@testable import NewsGraphSPARQL

@Suite struct EvaluatorFeatureTests {
    static let index = TripleIndex(triples: try! TurtleParser.parse("""
        @prefix : <http://x/> .
        :a :n 1 ; :m "one"@en ; :next :b .
        :b :n 2 ; :m "two"@en, "二"@zh ; :next :c .
        :c :n 3.5 ; :next :a .
        :d :n "x" .
        """))

    func values(_ q: String, _ v: Int = 0) throws -> [String] {
        try Self.index.evaluate("PREFIX : <http://x/> " + q).rows.map { $0[v].map { TableRenderer.display($0) } ?? "-" }
    }

    @Test func arithmeticPromotionAndErrors() throws {
        #expect(try values("SELECT (?n * 2 AS ?d) WHERE { ?s :n ?n } ORDER BY ?s") == ["2", "4", "7", "-"])
        #expect(try values("SELECT (?n / 2 AS ?d) WHERE { ?s :n ?n FILTER(isNumeric(?n)) } ORDER BY ?s") == ["0.5", "1", "1.75"])
        #expect(try values("SELECT ?s WHERE { ?s :n ?n FILTER(?n > 1.5) } ORDER BY ?s") == ["<http://x/b>", "<http://x/c>"])
    }

    @Test func cyclesInPaths() throws {
        #expect(try values("SELECT ?x WHERE { :a :next+ ?x } ORDER BY ?x") == ["<http://x/a>", "<http://x/b>", "<http://x/c>"])
        #expect(try values("SELECT ?x WHERE { :d :next* ?x }") == ["<http://x/d>"])
        #expect(try values("SELECT (COUNT(*) AS ?c) WHERE { ?x :next/:next ?y }") == ["3"])
        #expect(try values("SELECT ?x WHERE { :a !(:n|:m) ?x }") == ["<http://x/b>"])
        #expect(try values("SELECT ?x WHERE { :a :next? ?x } ORDER BY ?x") == ["<http://x/a>", "<http://x/b>"])
    }

    @Test func existsMinusBindAndSubquery() throws {
        #expect(try values("SELECT ?s WHERE { ?s :n ?n FILTER NOT EXISTS { ?s :m ?m } } ORDER BY ?s") == ["<http://x/c>", "<http://x/d>"])
        #expect(try values("SELECT ?s WHERE { ?s :n ?n MINUS { ?s :m \"二\"@zh } } ORDER BY ?s") == ["<http://x/a>", "<http://x/c>", "<http://x/d>"])
        #expect(try values("SELECT ?u WHERE { :b :m ?m BIND(UCASE(?m) AS ?u) FILTER(lang(?u) = \"en\") }") == ["TWO@en"])
        #expect(try values("SELECT ?s ?c WHERE { ?s :n ?n { SELECT ?s (COUNT(?m) AS ?c) WHERE { ?s :m ?m } GROUP BY ?s } } ORDER BY ?s", 1) == ["1", "2"])
    }

    @Test func aggregatesOverEmptyAndMixedInput() throws {
        #expect(try values("SELECT (COUNT(*) AS ?c) WHERE { ?s :missing ?o }") == ["0"])
        #expect(try values("SELECT (SUM(?n) AS ?t) WHERE { ?s :n ?n FILTER(isNumeric(?n)) }") == ["6.5"])
        #expect(try values("SELECT (MAX(?n) AS ?t) WHERE { ?s :n ?n }") == ["x"])
        #expect(try values("SELECT (GROUP_CONCAT(?m; SEPARATOR=\"|\") AS ?all) WHERE { :b :m ?m }").first?.contains("|") == true)
        #expect(try values("SELECT (AVG(?n) AS ?t) WHERE { ?s :n ?n FILTER(datatype(?n) = <http://www.w3.org/2001/XMLSchema#integer>) }") == ["1.5"])
    }

    @Test func orderingAcrossKinds() throws {
        #expect(try values("SELECT ?o WHERE { ?s ?p ?o FILTER(?p != :next) } ORDER BY ?o") == ["1", "2", "3.5", "one@en", "two@en", "x", "二@zh"])
    }
}
