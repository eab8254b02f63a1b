import Foundation
import NewsGraph
import NewsGraphRDF
import NewsGraphStore
import Testing

@Suite struct TriplesTests {
    let directory = TemporaryDirectory()

    static let people = "https://example.org/people"
    static let ex = "https://example.org/"

    static let imported: [Triple] = [
        Triple(.iri(ex + "lee"), .iri(Vocabulary.rdfs + "label"), .text("李家超", language: "zh-Hant")),
        Triple(.iri(ex + "lee"), .iri(ex + "age"), .typed("72", Vocabulary.xsd + "integer")),
        Triple(.iri(ex + "lee"), .iri(ex + "note"), .string("a\u{1F}b \"quoted\"\n\u{301}combining")),
        Triple(.iri(ex + "lee"), .iri(ex + "knows"), .blank("b0")),
        Triple(.blank("b0"), .iri(ex + "name"), .string("")),
        Triple(.iri(ex + "lee"), .iri(ex + "age"), .typed("72", Vocabulary.xsd + "integer")), // duplicate
    ]

    @Test func importedGraphRoundTrips() throws {
        let store = try GraphStore.open(at: directory.path("s.sqlite"))
        #expect(try store.importTriples(Self.imported, graph: Self.people, source: "people.nt") == 5)
        let back = try store.triples(inGraph: Self.people)
        #expect(back.count == 5)
        // Everything but blank labels comes back as given; blank labels are scoped to the graph.
        let withoutBlanks = back.filter { !$0.subject.isBlank && !$0.object.isBlank }
        #expect(Set(withoutBlanks) == Set(Self.imported.filter { !$0.subject.isBlank && !$0.object.isBlank }))
        let blankLabels = Set(back.flatMap { [$0.subject, $0.object] }.filter(\.isBlank))
        #expect(blankLabels.count == 1)
        guard case .blank(let label)? = blankLabels.first else { return }
        #expect(label.hasSuffix("_b0") && label != "b0")
        #expect(try store.namedGraphs() == [NamedGraph(iri: Self.people, source: "people.nt", tripleCount: 5)])
    }

    @Test func reimportReplacesTheGraphAndKeepsOthers() throws {
        let store = try GraphStore.open(at: directory.path("s.sqlite"))
        try store.importTriples(Self.imported, graph: Self.people)
        try store.importTriples([Self.imported[0]], graph: Self.ex + "other")
        let first = try store.triples(inGraph: Self.people)
        try store.importTriples(Self.imported, graph: Self.people)
        #expect(try store.triples(inGraph: Self.people) == first)
        try store.importTriples(Array(Self.imported.prefix(2)), graph: Self.people)
        #expect(try store.triples(inGraph: Self.people).count == 2)
        #expect(try store.triples(inGraph: Self.ex + "other").count == 1)
        #expect(try store.removeGraph(Self.people))
        #expect(!(try store.removeGraph(Self.people)))
        #expect(try store.namedGraphs().map(\.iri) == [Self.ex + "other"])
    }

    @Test func allTriplesIsGraphRDFPlusImportedGraphs() throws {
        let store = try GraphStore.open(at: directory.path("s.sqlite"))
        try store.setOntology(fingerprint: "fp", catalog: Fixtures.catalog)
        for extraction in Fixtures.corpus { try store.ingest(extraction) }
        try store.importTriples(Self.imported, graph: Self.people)
        let base = "https://news.example/id/"
        let expected = Set(GraphRDF(base: base).triples(of: GraphBuilder.build(Fixtures.corpus, catalog: Fixtures.catalog)))
            .union(try store.triples(inGraph: Self.people))
        let all = try store.allTriples(base: base)
        #expect(all == expected.sorted())
        #expect(all.contains(Triple(.iri(base + "entity/john-lee-ka-chiu"), GraphRDF.kg("holdsPositionIn"), .iri(base + "entity/hksar-government"))))
        var streamed = Set<Triple>()
        var fromPeople = 0
        try store.forEachTriple(base: base) { triple, graph in
            streamed.insert(triple)
            if graph == Self.people { fromPeople += 1 }
        }
        #expect(streamed.sorted() == all)
        #expect(fromPeople == 5)
    }
}
