import Testing
import NewsGraphRDF
@testable import NewsGraphSPARQL

@Suite struct EvaluatorSmokeTests {
    static let data = """
    @prefix kg: <https://newsgraph.example/ontology#> .
    @prefix e: <https://newsgraph.example/id/entity/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    e:lee a kg:Person ; rdfs:label "John Lee" ; skos:altLabel "李家超"@zh-Hant, "Li Ka-chiu"@en ;
        kg:holdsPositionIn e:hksar ; kg:mentionCount 12 .
    e:chan a kg:Person ; rdfs:label "Paul Chan" ; kg:holdsPositionIn e:hksar ; kg:mentionCount 3 .
    e:hksar a kg:Organization ; rdfs:label "HKSAR Government" ; kg:locatedIn e:hk .
    e:cyberport a kg:Organization ; rdfs:label "Cyberport" ; kg:locatedIn e:southern .
    e:southern a kg:Place ; kg:partOf e:hk .
    e:hk a kg:Place ; rdfs:label "Hong Kong" ; kg:partOf e:gba .
    e:gba a kg:Place ; rdfs:label "Greater Bay Area" .
    """

    static func index() throws -> TripleIndex {
        TripleIndex(triples: try TurtleParser.parse(data, baseIRI: "", path: "smoke.ttl"))
    }

    static let prologue = """
    PREFIX kg: <https://newsgraph.example/ontology#>
    PREFIX e: <https://newsgraph.example/id/entity/>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

    """

    func run(_ q: String) throws -> QueryResult {
        try Self.index().evaluate(SPARQLQuery.parse(Self.prologue + q))
    }

    @Test func propertyPathStar() throws {
        let r = try run("SELECT ?org WHERE { ?org a kg:Organization ; kg:locatedIn/kg:partOf* e:gba } ORDER BY ?org")
        #expect(r.rows.map { $0[0]!.iriValue! } == ["https://newsgraph.example/id/entity/cyberport", "https://newsgraph.example/id/entity/hksar"])
    }

    @Test func optionalAndFilter() throws {
        let r = try run("SELECT ?p ?alt WHERE { ?p a kg:Person OPTIONAL { ?p skos:altLabel ?alt FILTER(langMatches(lang(?alt), \"zh\")) } } ORDER BY ?p")
        #expect(r.rows.count == 2)
        #expect(r.rows[0][1] == nil)
        #expect(r.rows[1][1] == .text("李家超", language: "zh-Hant"))
    }

    @Test func groupCount() throws {
        let r = try run("SELECT ?t (COUNT(*) AS ?n) WHERE { ?x a ?t } GROUP BY ?t ORDER BY DESC(?n) ?t")
        #expect(r.rows.map { $0[1]!.literalValue!.lexical } == ["3", "2", "2"])
    }

    @Test func sumAndAsk() throws {
        let r = try run("SELECT (SUM(?c) AS ?s) WHERE { ?x kg:mentionCount ?c }")
        #expect(r.rows[0][0] == .typed("15", "http://www.w3.org/2001/XMLSchema#integer"))
        #expect(try run("ASK { e:lee kg:holdsPositionIn e:hksar }") == .boolean(true))
    }
}
