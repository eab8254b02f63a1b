import Testing
import NewsGraphExtraction
import NewsGraphOntology
import NewsGraphRDF
@testable import NewsGraph

@Suite struct GraphBuilderTests {
    func mention(_ text: String, _ start: Int) -> Mention {
        Mention(text: text, start: start, end: start + text.unicodeScalars.count, sourceStart: start, sourceEnd: start + text.unicodeScalars.count, source: .catalog)
    }

    func extraction(_ name: String, entities: [ExtractedEntity], relations: [ExtractedRelation]) -> DocumentExtraction {
        DocumentExtraction(name: name, contentHash: "h-" + name, text: "text", byteCount: 10, entities: entities, relations: relations)
    }

    var lee: ExtractedEntity { ExtractedEntity(id: "ent:john-lee-ka-chiu", type: EntityType(.person), label: "John Lee Ka-chiu", labels: ["en": "John Lee Ka-chiu"], mentions: [mention("李家超", 0)], inCatalog: true) }
    var government: ExtractedEntity { ExtractedEntity(id: "ent:hksar-government", type: EntityType(.organization, "GovernmentBody"), label: "HKSAR Government", labels: ["en": "HKSAR Government"], mentions: [mention("特區政府", 5)], inCatalog: true) }
    func position(_ start: Int) -> ExtractedRelation {
        ExtractedRelation(subject: "ent:john-lee-ka-chiu", predicate: "holdsPositionIn", object: "ent:hksar-government", evidence: "行政長官李家超", evidenceStart: start, evidenceEnd: start + 7, rule: "title-apposition", confidence: 0.9)
    }

    @Test func mergesDocumentsIndependentlyOfOrder() {
        let a = extraction("a.txt", entities: [lee, government], relations: [position(0)])
        let b = extraction("b.txt", entities: [lee], relations: [ExtractedRelation(subject: "ent:john-lee-ka-chiu", predicate: "authorOf", object: "doc", evidence: "李家超", evidenceStart: 0, evidenceEnd: 3, rule: "byline", confidence: 0.7)])
        let one = GraphBuilder.build([a, b])
        let other = GraphBuilder.build([b, a])
        #expect(one == other)
        #expect(one.nodes.map(\.id) == ["ent:hksar-government", "ent:john-lee-ka-chiu"])
        let node = one.node("ent:john-lee-ka-chiu")!
        #expect(node.mentionCount == 2)
        #expect(node.documents == ["doc:a.txt", "doc:b.txt"])
        #expect(node.aliases == ["李家超"])
        // authorOf points at the document node.
        #expect(one.edges.contains { $0.predicate == "authorOf" && $0.object == "doc:b.txt" })
    }

    @Test func keepsParallelEdgesWithTheirOwnIDs() {
        let a = extraction("a.txt", entities: [lee, government], relations: [position(0), position(40)])
        let graph = GraphBuilder.build([a])
        let edges = graph.edges.filter { $0.predicate == "holdsPositionIn" }
        #expect(edges.count == 2)
        #expect(Set(edges.map(\.id)).count == 2)
        for edge in graph.edges {
            #expect(graph.node(edge.subject) != nil)
            #expect(graph.node(edge.object) != nil || graph.document(edge.object) != nil)
        }
    }

    @Test(arguments: [("a.txt", "doc:a.txt"), ("dir/香港.txt", "doc:d---.txt-"), ("2025 report.txt", "doc:d-2025-report.txt-")])
    func documentIDsAreStableSlugs(name: String, prefix: String) {
        let id = GraphBuilder.documentID(name: name)
        #expect(id.hasPrefix(prefix))
        #expect(id == GraphBuilder.documentID(name: name))
        #expect(id.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func rdfMappingHoldsEveryNodeEdgeAndProvenance() {
        let graph = GraphBuilder.build([extraction("a.txt", entities: [lee, government], relations: [position(0)])])
        let rdf = GraphRDF()
        let triples = rdf.triples(of: graph)
        let lee = rdf.iri("ent:john-lee-ka-chiu")
        #expect(triples.contains(Triple(lee, .iri(Vocabulary.rdfType), GraphRDF.kg("Person"))))
        #expect(triples.contains(Triple(lee, .iri(Vocabulary.skos + "prefLabel"), .text("John Lee Ka-chiu", language: "en"))))
        #expect(triples.contains(Triple(lee, GraphRDF.kg("holdsPositionIn"), rdf.iri("ent:hksar-government"))))
        #expect(triples.contains { $0.predicate == .iri(Vocabulary.prov + "wasDerivedFrom") && $0.object == rdf.iri("doc:a.txt") })
        #expect(triples == triples.sorted())
        #expect(rdf.graphID(rdf.iri("ent:john-lee-ka-chiu").iriValue!) == "ent:john-lee-ka-chiu")
    }
}
