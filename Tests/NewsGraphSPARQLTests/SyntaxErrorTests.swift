import Testing
@testable import NewsGraphSPARQL

@Suite struct SyntaxErrorTests {
    func message(_ query: String) -> String {
        do {
            _ = try SPARQLQuery.parse(query)
            return "parsed"
        } catch {
            return "\(error)"
        }
    }

    @Test func misspelledKeywordShowsLineColumnAndCaret() {
        let q = "PREFIX kg: <https://newsgraph.example/ontology#>\nSELECT ?x WHERE {\n  ?x a kg:Person .\n  FILTR(?x)\n}"
        #expect(message(q) == "line 4, column 3: unexpected word 'FILTR': expected a variable, an RDF term or a keyword such as FILTER, OPTIONAL, UNION, VALUES\n"
            + "    FILTR(?x)\n"
            + "    ^")
    }

    @Test func unknownPrefixIsItsOwnError() throws {
        let q = "SELECT * WHERE { ?x kg:p ?y }"
        #expect(throws: SPARQLError.unknownPrefix(prefix: "kg", line: 1, column: 21, sourceLine: q)) { try SPARQLQuery.parse(q) }
        #expect(message(q) == "line 1, column 21: unknown prefix 'kg:'. Declare it with PREFIX kg: <IRI>\n"
            + "  SELECT * WHERE { ?x kg:p ?y }\n"
            + "                      ^")
    }

    @Test func caretCountsWideCharactersAsTwoColumns() {
        // Column 16 counts scalars; the caret is padded by display width (李家超 takes 6 columns).
        #expect(message("ASK { \"李家超\" ?p }") == "line 1, column 16: expected a variable or an RDF term, found '}'\n"
            + "  ASK { \"李家超\" ?p }\n"
            + "                    ^")
    }

    @Test func unterminatedGroupAndString() {
        #expect(message("SELECT * WHERE { ?s ?p ?o ") == "line 1, column 27: expected '.' or '}' after a triple pattern, found end of query\n"
            + "  SELECT * WHERE { ?s ?p ?o \n"
            + "                            ^")
        #expect(message("SELECT * WHERE { ?s ?p \"abc }").hasPrefix("line 1, column 24: unterminated string"))
        #expect(message("SELECT * WHERE { ?s ?p ?o } LIMIT x").hasPrefix("line 1, column 35: expected a non-negative integer after LIMIT, found 'x'"))
    }

    @Test func unsupportedForms() {
        #expect(message("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }") == "line 1, column 1: NewsGraph's SPARQL engine does not support CONSTRUCT queries (use SELECT or ASK)\n"
            + "  CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }\n"
            + "  ^")
        #expect(message("SELECT * FROM WHERE { ?s ?p ?o }") == "line 1, column 15: expected a graph IRI after FROM, found 'WHERE'\n"
            + "  SELECT * FROM WHERE { ?s ?p ?o }\n"
            + "                ^")
    }

    @Test func ungroupedProjectionIsRejected() {
        #expect(message("SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ?p ?o }").hasPrefix(
            "line 1, column 46: variable ?x is projected but neither grouped nor aggregated"))
    }

    @Test func algebraShape() throws {
        let q = try SPARQLQuery.parse("PREFIX : <http://x/> SELECT ?s WHERE { ?s :p/:q* ?o OPTIONAL { ?o :r ?z FILTER(?z > 1) } } LIMIT 3")
        let expected: GraphPattern = .slice(.project(.leftJoin(
            .join(.bgp([TriplePattern(.variable("s"), .term(.iri("http://x/p")), .variable("_:seq1_0_0"))]),
                  .path(subject: .variable("_:seq1_0_0"), path: .zeroOrMore(.iri("http://x/q")), object: .variable("o"))),
            .bgp([TriplePattern(.variable("o"), .term(.iri("http://x/r")), .variable("z"))]),
            .greater(.variable("z"), .term(.typed("1", "http://www.w3.org/2001/XMLSchema#integer")))), ["s"]), offset: 0, limit: 3)
        #expect(q.pattern == expected)
        #expect(q.variables == ["s"])
    }
}
