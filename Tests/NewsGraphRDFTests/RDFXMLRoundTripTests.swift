import Testing
import NewsGraphXML
@testable import NewsGraphRDF

@Suite struct RDFXMLRoundTripTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let iris = ["https://newsgraph.example/id/entity/a", "https://newsgraph.example/id/entity/b%20c",
                       "https://newsgraph.example/id/entity/中文", "https://newsgraph.example/id/a:b", "https://newsgraph.example/id/?q", "http://other.example/#frag",
                       "urn:uuid:1234", "https://newsgraph.example/id/", "https://newsgraph.example/id/e\u{301}"]
    static let predicates = [Vocabulary.kg + "p", Vocabulary.rdfs + "label", Vocabulary.rdf + "_1", Vocabulary.rdf + "value",
                             "http://other.example/ns/v2", "http://other.example/ns/x-y.z", "urn:x:名前", Vocabulary.rdfType]
    static let lexicals = ["", " ", "plain", "<&>\"'", "line\nbreak\r\n", "中文", "\u{1}\u{FFFE}", "tab\t"]

    static func term(_ rng: inout Generator, object: Bool) -> Term {
        switch Int.random(in: 0..<(object ? 4 : 2), using: &rng) {
        case 0: return .iri(iris.randomElement(using: &rng)!)
        case 1: return .blank(["b1", "b2", "0x", "g1", "n.b"].randomElement(using: &rng)!)
        case 2: return .text(lexicals.randomElement(using: &rng)!, language: ["en", "zh-Hant", "x-a-b"].randomElement(using: &rng)!)
        default:
            let datatype = [nil, Vocabulary.xsd + "integer", Vocabulary.rdf + "XMLLiteral", "urn:dt"].randomElement(using: &rng)!
            return .literal(Literal(lexicals.randomElement(using: &rng)!, datatype: datatype))
        }
    }

    /// What the triple becomes after XML 1.0: illegal characters in literals turn into U+FFFD.
    static func sanitized(_ triple: Triple) -> Triple {
        guard case .literal(var literal) = triple.object else { return triple }
        literal.lexical = XMLCharacters.sanitized(literal.lexical)
        return Triple(triple.subject, triple.predicate, .literal(literal))
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomGraphsSurviveWriteAndParse(seed: UInt64) throws {
        var rng = Generator(state: seed)
        var triples: [Triple] = []
        for _ in 0..<300 {
            triples.append(Triple(Self.term(&rng, object: false), .iri(Self.predicates.randomElement(using: &rng)!), Self.term(&rng, object: true)))
        }
        let xml = try RDFXMLWriter.string(triples, prefixes: [("kg", Vocabulary.kg), ("rdfs", Vocabulary.rdfs)],
                                          base: seed == 1 ? nil : Vocabulary.defaultBase)
        let back = try RDFXMLParser.parse(bytes: Array(xml.utf8), baseIRI: "http://elsewhere.example/doc", path: "mem.rdf")
        let expected = triples.map(Self.sanitized)
        let same = GraphIsomorphism.isIsomorphic(back, expected)
        let ground = { (t: [Triple]) in Set(t.filter { !$0.subject.isBlank && !$0.object.isBlank }) }
        #expect(same, "missing: \(ground(expected).subtracting(ground(back)).sorted().prefix(5)) extra: \(ground(back).subtracting(ground(expected)).sorted().prefix(5))")
    }

    /// RDF/XML resolves every IRI reference (RFC 3986), which removes dot segments even from
    /// absolute IRIs; such IRIs cannot survive a round trip through any conforming parser.
    @Test func dotSegmentsAreResolved() throws {
        let triple = Triple(.iri("http://x/a/../b"), .iri("http://x/p"), .iri("http://x/./c"))
        let xml = try RDFXMLWriter.string([triple])
        #expect(try RDFXMLParser.parse(bytes: Array(xml.utf8), baseIRI: "http://x/", path: "m.rdf")
                == [Triple(.iri("http://x/b"), .iri("http://x/p"), .iri("http://x/c"))])
    }
}
