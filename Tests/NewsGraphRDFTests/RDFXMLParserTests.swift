import Testing
import NewsGraphXML
@testable import NewsGraphRDF

@Suite struct RDFXMLParserTests {
    private func parse(_ xml: String, base: String = "http://example.org/doc") throws -> [Triple] {
        try RDFXMLParser.parse(bytes: Array(xml.utf8), baseIRI: base, path: "t.rdf")
    }

    private func message(_ xml: String) -> String? {
        do {
            _ = try parse(xml)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func protegeStyleEntities() throws {
        let triples = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [
                <!ENTITY owl "http://www.w3.org/2002/07/owl#" >
                <!ENTITY kg "https://newsgraph.example/ontology#" >
            ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
                     xmlns:owl="&owl;" xml:base="&kg;">
              <owl:Class rdf:about="&kg;Person">
                <rdfs:subClassOf rdf:resource="#Agent"/>
                <rdfs:label xml:lang="zh-Hant">人物</rdfs:label>
              </owl:Class>
            </rdf:RDF>
            """)
        let person = Term.iri("https://newsgraph.example/ontology#Person")
        #expect(triples == [
            Triple(person, .iri(Vocabulary.rdfType), .iri("http://www.w3.org/2002/07/owl#Class")),
            Triple(person, .iri(Vocabulary.rdfs + "subClassOf"), .iri("https://newsgraph.example/ontology#Agent")),
            Triple(person, .iri(Vocabulary.rdfs + "label"), .text("人物", language: "zh-Hant")),
        ])
    }

    @Test func parseTypesAndLists() throws {
        let triples = try parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex/">
              <rdf:Seq rdf:about="http://ex/s">
                <rdf:li>one</rdf:li>
                <rdf:li rdf:parseType="Resource"><ex:p>two</ex:p></rdf:li>
                <rdf:li rdf:parseType="Collection"><rdf:Description rdf:about="http://ex/a"/></rdf:li>
                <rdf:li rdf:parseType="Literal"><ex:b xmlns:ex="http://ex/" a="1">x &amp; y</ex:b></rdf:li>
              </rdf:Seq>
            </rdf:RDF>
            """)
        let expected = [
            Triple(.iri("http://ex/s"), .iri(Vocabulary.rdfType), .iri(Vocabulary.rdf + "Seq")),
            Triple(.iri("http://ex/s"), .iri(Vocabulary.rdf + "_1"), .string("one")),
            Triple(.iri("http://ex/s"), .iri(Vocabulary.rdf + "_2"), .blank("x")),
            Triple(.blank("x"), .iri("http://ex/p"), .string("two")),
            Triple(.iri("http://ex/s"), .iri(Vocabulary.rdf + "_3"), .blank("l")),
            Triple(.blank("l"), .iri(Vocabulary.rdf + "first"), .iri("http://ex/a")),
            Triple(.blank("l"), .iri(Vocabulary.rdf + "rest"), .iri(Vocabulary.rdf + "nil")),
            Triple(.iri("http://ex/s"), .iri(Vocabulary.rdf + "_4"),
                   .typed("<ex:b xmlns:ex=\"http://ex/\" a=\"1\">x &amp; y</ex:b>", Vocabulary.rdf + "XMLLiteral")),
        ]
        #expect(GraphIsomorphism.isIsomorphic(triples, expected))
    }

    @Test func errorsNamePlaceAndRemedy() {
        let rdf = "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://ex/\""
        #expect(message("<rdf:RDF \(rdf)>\n  <rdf:Description>\n    <ex:p rdf:resource=\"http://x\">text</ex:p>\n  </rdf:Description>\n</rdf:RDF>")
                == "t.rdf:3:11: error: rdf:resource is not allowed on the property element ex:p with text content. Allowed here: rdf:ID, rdf:datatype.")
        #expect(message("<rdf:RDF \(rdf)>\n  <ex:Thing rdf:about=\"http://x\">loose text</ex:Thing>\n</rdf:RDF>")
                == "t.rdf:2:3: error: text \"loose text\" inside ex:Thing, where only elements may appear. Put the text in a property element, e.g. <ex:label>loose text</ex:label>.")
        #expect(message("<rdf:RDF \(rdf)>\n  <Thing/>\n</rdf:RDF>")
                == "t.rdf:2:3: error: the element Thing has no namespace. Declare a namespace for it (xmlns:ex=\"...\") and write ex:Thing.")
        #expect(message("<rdf:RDF \(rdf)>\n <rdf:Description>\n  <ex:p><ex:A/><ex:B/></ex:p>\n </rdf:Description>\n</rdf:RDF>")
                == "t.rdf:3:16: error: the property element ex:p holds more than one node element. Repeat the property element once per value, or use rdf:parseType=\"Collection\".")
        #expect(message("<rdf:RDF \(rdf)><ex:A ex:p=\"1\" bare=\"2\"/></rdf:RDF>")
                == "t.rdf:1:103: error: the attribute bare on ex:A has no namespace. Write it with a namespace prefix, e.g. rdf:bare or ex:bare.")
        #expect(message("<rdf:RDF \(rdf)>\n<ex:A></rdf:RDF>")?.hasPrefix("t.rdf:2:") == true)
    }

    @Test func unqualifiedLegacyAttributes() throws {
        let triples = try parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://ex/\"><rdf:Description about=\"http://ex/a\"><ex:p resource=\"b\"/></rdf:Description></rdf:RDF>")
        #expect(triples == [Triple(.iri("http://ex/a"), .iri("http://ex/p"), .iri("http://example.org/b"))])
    }
}
