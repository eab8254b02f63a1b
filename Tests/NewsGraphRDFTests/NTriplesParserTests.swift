import Testing
@testable import NewsGraphRDF

@Suite struct NTriplesParserTests {
    @Test func parsesTermsAndEscapes() throws {
        let text = """
            # comment
            <http://x/s> <http://x/p> "a\\tb\\n\\"q\\" \\u00E9\\U0001F600 \\\\" .
            _:b1 <http://x/p> "chat"@fr . # trailing comment

            <http://x/s> <http://x/p\\u0020q> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:a.b <http://x/p> _:c.
            """
        let triples = try NTriplesParser.parse(text, path: "t.nt")
        #expect(triples == [
            Triple(.iri("http://x/s"), .iri("http://x/p"), .string("a\tb\n\"q\" é😀 \\")),
            Triple(.blank("b1"), .iri("http://x/p"), .text("chat", language: "fr")),
            Triple(.iri("http://x/s"), .iri("http://x/p q"), .typed("1", "http://www.w3.org/2001/XMLSchema#integer")),
            Triple(.blank("a.b"), .iri("http://x/p"), .blank("c")),
        ])
    }

    @Test func roundTripsFormatter() throws {
        let triple = Triple(.iri("http://x/s"), .iri("http://x/p"), .text("say \"hi\"\n\u{1}\u{7F}中", language: "zh-Hant"))
        #expect(try NTriplesParser.parse(NTriples.format(triple), path: "t.nt") == [triple])
    }

    @Test func errorsNamePlace() {
        #expect(throws: RDFSyntaxError(path: "t.nt", line: 2, column: 31, message: "expected '.' but found the end of the line", hint: "Every triple ends with ' .'.")) {
            try NTriplesParser.parse("\n<http://x/s> <http://x/p> <o> ", path: "t.nt")
        }
        let error = #expect(throws: RDFSyntaxError.self) { try NTriplesParser.parse("<a b> <p> <o> .", path: "t.nt") }
        #expect(error?.description == "t.nt:1:3: error: the character ' ' is not allowed in an IRI. Percent-encode it or write it as \\u escape.")
        #expect(throws: RDFSyntaxError.self) { try NTriplesParser.parse("<s> <p> \"x\\q\" .", path: "t.nt") }
        #expect(throws: RDFSyntaxError.self) { try NTriplesParser.parse("\"x\" <p> <o> .", path: "t.nt") }
        #expect(throws: RDFSyntaxError.self) { try NTriplesParser.parse("<s> <p> <o> . <x>", path: "t.nt") }
    }
}
