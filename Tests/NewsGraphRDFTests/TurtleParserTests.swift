import Testing
@testable import NewsGraphRDF

@Suite struct TurtleParserTests {
    let xsd = Vocabulary.xsd

    @Test func prefixesBaseAndAbbreviations() throws {
        let text = """
        @base <http://example.org/dir/> .
        @prefix : <ns#> .
        PREFIX kg: <https://newsgraph.example/ontology#>
        :lee a kg:Person ;
             kg:label "李家超"@zh-Hant, "John Lee"@en ;
             kg:knows <../other> .
        """
        let triples = try TurtleParser.parse(text, baseIRI: "", path: "t.ttl")
        let lee = Term.iri("http://example.org/dir/ns#lee")
        #expect(triples == [
            Triple(lee, .iri(Vocabulary.rdfType), .iri("https://newsgraph.example/ontology#Person")),
            Triple(lee, .iri("https://newsgraph.example/ontology#label"), .text("李家超", language: "zh-Hant")),
            Triple(lee, .iri("https://newsgraph.example/ontology#label"), .text("John Lee", language: "en")),
            Triple(lee, .iri("https://newsgraph.example/ontology#knows"), .iri("http://example.org/other")),
        ])
    }

    @Test func literalsOfEveryForm() throws {
        let text = #"""
        @prefix : <http://x/> .
        :s :p 1, -2.5, 3e2, true, false, "a\tb\u00E9", 'single', """long "quoted" "", line
        two""", '''x''', "1"^^:t, "é"^^<http://www.w3.org/2001/XMLSchema#string> .
        """#
        let objects = try TurtleParser.parse(text).map(\.object)
        #expect(objects == [
            .typed("1", xsd + "integer"), .typed("-2.5", xsd + "decimal"), .typed("3e2", xsd + "double"),
            .typed("true", xsd + "boolean"), .typed("false", xsd + "boolean"), .string("a\tbé"), .string("single"),
            .string("long \"quoted\" \"\", line\ntwo"), .string("x"), .typed("1", "http://x/t"), .string("é"),
        ])
    }

    @Test func blankNodesAndCollections() throws {
        let text = """
        @prefix : <http://x/> .
        [ :name "anon" ] :knows _:b1 , [] .
        :list :members ( :a "b" ( ) ) .
        _:genid1 :p :o .
        """
        let t = try TurtleParser.parse(text)
        let rdf = Vocabulary.rdf
        #expect(t == [
            Triple(.blank("genid1"), .iri("http://x/name"), .string("anon")),
            Triple(.blank("genid1"), .iri("http://x/knows"), .blank("b1")),
            Triple(.blank("genid1"), .iri("http://x/knows"), .blank("genid2")),
            Triple(.blank("genid3"), .iri(rdf + "first"), .iri("http://x/a")),
            Triple(.blank("genid3"), .iri(rdf + "rest"), .blank("genid4")),
            Triple(.blank("genid4"), .iri(rdf + "first"), .string("b")),
            Triple(.blank("genid4"), .iri(rdf + "rest"), .blank("genid5")),
            Triple(.blank("genid5"), .iri(rdf + "first"), .iri(rdf + "nil")),
            Triple(.blank("genid5"), .iri(rdf + "rest"), .iri(rdf + "nil")),
            Triple(.iri("http://x/list"), .iri("http://x/members"), .blank("genid3")),
            // A document label that looks generated is renamed, never merged with a generated node.
            Triple(.blank("ugenid1"), .iri("http://x/p"), .iri("http://x/o")),
        ])
    }

    @Test func nTriplesIsTurtle() throws {
        let line = #"<http://x/a> <http://x/p> "v\"q\\"@en-GB . # comment"# + "\n_:x <http://x/p> <http://x/b> .\n"
        let t = try TurtleParser.parse(line)
        #expect(t == [Triple(.iri("http://x/a"), .iri("http://x/p"), .text("v\"q\\", language: "en-GB")),
                      Triple(.blank("x"), .iri("http://x/p"), .iri("http://x/b"))])
        #expect(try TurtleParser.parse(t.map { NTriples.format($0) }.joined(separator: "\n")) == t)
    }

    @Test func errorsNameFileLineAndColumn() {
        #expect(throws: TurtleError.syntax(path: "bad.ttl", line: 2, column: 11, message: "expected '.' at the end of the statement, found end of input")) {
            try TurtleParser.parse("@prefix : <http://x/> .\n:a :b \"李家\"", path: "bad.ttl")
        }
        #expect(throws: TurtleError.unknownPrefix(path: "bad.ttl", line: 1, column: 5, prefix: "kg")) {
            try TurtleParser.parse("<a> kg:p <b> .", path: "bad.ttl")
        }
        let e = TurtleError.unknownPrefix(path: "bad.ttl", line: 1, column: 5, prefix: "kg")
        #expect(e.description == "bad.ttl:1:5: error: unknown prefix 'kg:'. Declare it with @prefix kg: <...> .")
        #expect(throws: TurtleError.syntax(path: "x", line: 1, column: 9, message: "unterminated string")) {
            try TurtleParser.parse("<a> <p> \"open", path: "x")
        }
    }

    @Test func relativeResolution() {
        let base = "http://a/b/c/d;p?q"
        #expect(TurtleParser.resolveIRI("g", against: base) == "http://a/b/c/g")
        #expect(TurtleParser.resolveIRI("../g", against: base) == "http://a/b/g")
        #expect(TurtleParser.resolveIRI("#s", against: base) == "http://a/b/c/d;p?q#s")
        #expect(TurtleParser.resolveIRI("//g", against: base) == "http://g")
        #expect(TurtleParser.resolveIRI("?y", against: base) == "http://a/b/c/d;p?y")
        #expect(TurtleParser.resolveIRI("../../../g", against: base) == "http://a/g")
        #expect(TurtleParser.resolveIRI("", against: base) == "http://a/b/c/d;p?q")
    }
}
