import Testing
@testable import NewsGraphRDF

@Suite struct NTriplesFormatTests {
    @Test func escapesLiteralsAndTags() {
        let triple = Triple(.iri("http://x/a"), .iri("http://x/p"), .text("say \"hi\"\n\u{1}", language: "zh-Hant"))
        #expect(NTriples.format(triple) == "<http://x/a> <http://x/p> \"say \\\"hi\\\"\\n\\u0001\"@zh-Hant .")
    }

    @Test func xsdStringIsThePlainLiteral() {
        #expect(Term.typed("a", Vocabulary.xsd + "string") == Term.string("a"))
    }
}
