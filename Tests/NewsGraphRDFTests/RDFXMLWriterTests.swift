import Foundation
import Testing
import NewsGraphXML
@testable import NewsGraphRDF

@Suite struct RDFXMLWriterTests {
    static let ex = "http://example.org/ns#"
    static let prefixes: [(prefix: String, namespace: String)] = [("ex", ex), ("kg", Vocabulary.kg), ("rdfs", Vocabulary.rdfs)]

    static let sample: [Triple] = [
        Triple(.iri("https://newsgraph.example/id/entity/a"), .iri(Vocabulary.rdfType), .iri(Vocabulary.kg + "Person")),
        Triple(.iri("https://newsgraph.example/id/entity/a"), .iri(Vocabulary.rdfs + "label"), .string("Ada")),
        Triple(.iri("https://newsgraph.example/id/entity/a"), .iri(ex + "name"), .text("艾達", language: "zh-Hant")),
        Triple(.iri("https://newsgraph.example/id/entity/a"), .iri(ex + "age"), .typed("36", Vocabulary.xsd + "integer")),
        Triple(.iri("https://newsgraph.example/id/entity/a"), .iri("http://other.example/v1/knows"), .blank("b1")),
        Triple(.blank("b1"), .iri("http://other.example/v1/since"), .string("")),
        Triple(.blank("b1"), .iri(ex + "note"), .text("", language: "en")),
        Triple(.blank("b1"), .iri(ex + "blank"), .typed("", Vocabulary.xsd + "token")),
        Triple(.blank("0-not-ncname"), .iri("http://third.example/p.q-r_s"), .iri("https://newsgraph.example/id/document/d1")),
        Triple(.iri("urn:isbn:123"), .iri(Vocabulary.rdf + "value"), .string("  padded\twith\r\nspaces  ")),
    ]

    @Test func roundTrip() throws {
        let xml = try RDFXMLWriter.string(Self.sample, prefixes: Self.prefixes, base: "https://newsgraph.example/id/")
        let back = try RDFXMLParser.parse(bytes: Array(xml.utf8), baseIRI: "http://unrelated.example/doc", path: "mem.rdf")
        #expect(GraphIsomorphism.isIsomorphic(back, Self.sample), "\(xml)")
        #expect(xml.contains("<rdf:Description rdf:about=\"entity/a\">"))
        #expect(xml.contains("xmlns:ns1=\"http://other.example/v1/\""))
        #expect(xml.contains("<ns2:p.q-r_s xmlns:ns2=\"http://third.example/\""))
    }

    @Test func consecutiveTriplesShareADescription() throws {
        let xml = try RDFXMLWriter.string(Array(Self.sample.prefix(4)), prefixes: Self.prefixes)
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/ns#" xmlns:kg="https://newsgraph.example/ontology#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
              <rdf:Description rdf:about="https://newsgraph.example/id/entity/a">
                <rdf:type rdf:resource="https://newsgraph.example/ontology#Person"/>
                <rdfs:label>Ada</rdfs:label>
                <ex:name xml:lang="zh-Hant">艾達</ex:name>
                <ex:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">36</ex:age>
              </rdf:Description>
            </rdf:RDF>

            """)
    }

    static let hostile: [String] = [
        "<b>not markup</b> & &amp; \"quoted\" 'single' ]]> --> <!-- <?pi?>",
        "control \u{1}\u{2}\u{8}\u{B}\u{C}\u{1F} end",
        "nul a\u{0}b and \u{FFFE}\u{FFFF}",
        "中文 繁體 日本語 한국어 😀 \u{10FFFD}",
        "\r\n\t leading and trailing \t\n",
    ]

    /// What survives XML 1.0: characters outside its Char production become U+FFFD.
    static func expected(_ s: String) -> String { XMLCharacters.sanitized(s) }

    @Test func hostileLiteralsStayWellFormed() throws {
        let triples = Self.hostile.enumerated().map { index, value in
            Triple(.iri("http://example.org/s\(index)"), .iri(Self.ex + "text"), .text(value, language: "en"))
        }
        let xml = try RDFXMLWriter.string(triples, prefixes: Self.prefixes)
        let back = try RDFXMLParser.parse(bytes: Array(xml.utf8), baseIRI: "http://example.org/", path: "mem.rdf")
        let expected = triples.map { Triple($0.subject, $0.predicate, .text(Self.expected($0.object.literalValue!.lexical), language: "en")) }
        #expect(Set(back) == Set(expected))
    }

    @Test(.enabled(if: which("rapper") != nil, "rapper (raptor2-utils) is not installed"))
    func rapperAcceptsHostileFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-rdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("hostile.rdf").path
        let writer = try RDFXMLWriter(path: path, prefixes: Self.prefixes, base: "https://newsgraph.example/id/")
        for (index, value) in Self.hostile.enumerated() {
            try writer.write(Triple(.iri("https://newsgraph.example/id/entity/\(index)"), .iri(Self.ex + "text"), .string(value)))
            try writer.write(Triple(.iri("https://newsgraph.example/id/entity/\(index)"), .iri("http://other.example/x#y"), .text(value, language: "zh")))
        }
        for triple in Self.sample { try writer.write(triple) }
        try writer.finish()
        let result = try run(which("rapper")!, ["-i", "rdfxml", "-c", path])
        #expect(result.status == 0, "rapper: \(result.output)")
        #expect(result.output.contains("returned \(Self.hostile.count * 2 + Self.sample.count) triples"), "rapper: \(result.output)")
    }

    @Test func errors() throws {
        let s = Term.iri("http://x/s")
        #expect(throws: RDFWriteError.unsplittablePredicate(path: "<memory>", iri: "http://x/123")) {
            try RDFXMLWriter.string([Triple(s, .iri("http://x/123"), .string("v"))])
        }
        #expect(throws: RDFWriteError.reservedPredicate(path: "<memory>", iri: Vocabulary.rdf + "li")) {
            try RDFXMLWriter.string([Triple(s, .iri(Vocabulary.rdf + "li"), .string("v"))])
        }
        #expect(throws: RDFWriteError.self) { try RDFXMLWriter.string([Triple(.string("lit"), .iri("http://x/p"), .string("v"))]) }
        let error = #expect(throws: RDFWriteError.self) { try RDFXMLWriter.string([], prefixes: [("xmlfoo", "http://x/")]) }
        #expect(error?.description == "<memory>: error: the namespace prefix \"xmlfoo\" starts with 'xml', which XML reserves. Choose another prefix.")
        #expect(throws: RDFWriteError.reservedPredicate(path: "<memory>", iri: "http://www.w3.org/2000/xmlns/p")) {
            try RDFXMLWriter.string([Triple(s, .iri("http://www.w3.org/2000/xmlns/p"), .string("v"))])
        }
        #expect(RDFXMLWriter.nodeID("ok_1") == "ok_1")
        #expect(RDFXMLWriter.nodeID("0x") == "nghex3078")
    }

    @Test func splitsPredicates() {
        #expect(RDFXMLWriter.split("http://x/a#b")! == ("http://x/a#", "b"))
        #expect(RDFXMLWriter.split("http://x/a/1b")! == ("http://x/a/1", "b"))
        #expect(RDFXMLWriter.split("http://x/中文")! == ("http://x/", "中文"))
        #expect(RDFXMLWriter.split("http://x/") == nil)
    }
}
