import Foundation
import NewsGraph
import NewsGraphExtraction
import NewsGraphStore
import Testing

/// Incremental ingest: each mutation is followed by the invariant checks and a comparison with
/// `GraphBuilder` over the documents that should be stored.
@Suite struct IngestTests {
    let directory = TemporaryDirectory()

    func openStore() throws -> GraphStore {
        let store = try GraphStore.open(at: directory.path("store.sqlite"))
        try store.setOntology(fingerprint: "fp-1", catalog: Fixtures.catalog)
        return store
    }

    /// The store holds exactly `expected`: graph, extractions and index tables agree.
    func expectHolds(_ store: GraphStore, _ expected: [DocumentExtraction], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try store.consistencyProblems() == [], sourceLocation: sourceLocation)
        #expect(try store.graph() == GraphBuilder.build(expected, catalog: Fixtures.catalog), sourceLocation: sourceLocation)
        let sorted = expected.sorted { GraphBuilder.documentID(name: $0.name) < GraphBuilder.documentID(name: $1.name) }
        #expect(try store.extractions() == sorted, sourceLocation: sourceLocation)
        let graph = GraphBuilder.build(expected)
        let counts = try store.counts()
        #expect(counts.documents == expected.count, sourceLocation: sourceLocation)
        #expect(counts.entities == graph.nodes.count, sourceLocation: sourceLocation)
        #expect(counts.relations == graph.edges.count, sourceLocation: sourceLocation)
    }

    @Test func graphEqualsGraphBuilder() throws {
        let store = try openStore()
        for extraction in Fixtures.corpus { #expect(try store.ingest(extraction) == .added) }
        try expectHolds(store, Fixtures.corpus)
        let graph = try store.graph()
        #expect(graph.nodes.count == 4)
        #expect(graph.edges.count == 4)
        // Linked nodes carry the catalog's labels and aliases plus the surface forms seen.
        #expect(graph.node("ent:john-lee-ka-chiu")?.aliases == ["John Lee", "Li Ka-chiu"])
        #expect(graph.node("ent:john-lee-ka-chiu")?.documents == ["doc:a.txt", "doc:b.txt"])
        #expect(try store.graph(catalog: nil) == GraphBuilder.build(Fixtures.corpus))
    }

    @Test func unchangedDocumentIsSkipped() throws {
        let store = try openStore()
        for extraction in Fixtures.corpus { try store.ingest(extraction) }
        for extraction in Fixtures.corpus { #expect(try store.ingest(extraction) == .unchanged) }
        try expectHolds(store, Fixtures.corpus)
    }

    @Test func changedDocumentReplacesItsContribution() throws {
        let store = try openStore()
        for extraction in Fixtures.corpus { try store.ingest(extraction) }
        // b.txt no longer mentions DeepSeek: its locatedIn edge and its mentions go, c.txt's stay.
        let newB = Fixtures.extraction(name: "news/b.txt", text: "John Lee visited Cyberport again.", entities: [Fixtures.lee, Fixtures.cyberport])
        #expect(try store.ingest(newB) == .updated)
        let expected = [Fixtures.corpus[0], newB, Fixtures.corpus[2]]
        try expectHolds(store, expected)
        #expect(try store.graph().node("ent:x-organization-deepseek")?.documents == ["doc:c.txt"])
    }

    @Test func sameDocumentUnderAnotherPathIsTheSameDocument() throws {
        let store = try openStore()
        try store.ingest(Fixtures.corpus[0])
        var moved = Fixtures.corpus[0]
        moved.name = "elsewhere/a.txt"
        #expect(try store.ingest(moved) == .unchanged)
        #expect(try store.documents().map(\.name) == ["news/a.txt"])
    }

    @Test func removeTakesExactlyOneDocument() throws {
        let store = try openStore()
        for extraction in Fixtures.corpus { try store.ingest(extraction) }
        #expect(try store.remove("news/c.txt") == "doc:c.txt")
        try expectHolds(store, Array(Fixtures.corpus.prefix(2)))
        // The edge c.txt stated alone is gone; DeepSeek stays (b.txt mentions it).
        let graph = try store.graph()
        #expect(!graph.edges.contains { $0.predicate == "partnerOf" })
        #expect(graph.node("ent:x-organization-deepseek") != nil)
        // By document id and by base name too.
        #expect(try store.remove("doc:b.txt") == "doc:b.txt")
        try expectHolds(store, [Fixtures.corpus[0]])
        #expect(try store.graph().node("ent:x-organization-deepseek") == nil)
        #expect(try store.remove("a.txt") == "doc:a.txt")
        try expectHolds(store, [])
        #expect(throws: StoreError.documentNotFound(path: store.path, name: "a.txt")) { try store.remove("a.txt") }
    }

    @Test func documentsCanBeAddedInAnyOrder() throws {
        let store = try openStore()
        for extraction in Fixtures.corpus.reversed() { try store.ingest(extraction) }
        try expectHolds(store, Fixtures.corpus)
    }

    @Test func extractionRoundTripsExactly() throws {
        let store = try openStore()
        let source: [UInt8] = Array("行政長官李家超今日表示，特區政府會支持數碼港。".utf8)
        try store.ingest(Fixtures.corpus[0], source: source)
        #expect(try store.extraction(documentID: "doc:a.txt") == Fixtures.corpus[0])
        #expect(try store.source(documentID: "doc:a.txt") == source)
        #expect(try store.documents() == [StoredDocument(id: "doc:a.txt", name: "news/a.txt", contentHash: Fixtures.corpus[0].contentHash, byteCount: source.count, ontologyFingerprint: "fp-1", hasSource: true)])
        #expect(try store.document(named: "news/a.txt")?.id == "doc:a.txt")
        #expect(try store.document(named: "missing.txt") == nil)
    }

    @Test func ontologyChangeMakesDocumentsStale() throws {
        let store = try openStore()
        for extraction in Fixtures.corpus { try store.ingest(extraction) }
        #expect(try store.staleDocumentIDs() == [])
        try store.setOntology(fingerprint: "fp-2", catalog: Fixtures.catalog)
        #expect(try store.staleDocumentIDs() == ["doc:a.txt", "doc:b.txt", "doc:c.txt"])
        // Same content but a new ontology is not "unchanged": it is re-stored.
        #expect(try store.ingest(Fixtures.corpus[0]) == .updated)
        #expect(try store.staleDocumentIDs() == ["doc:b.txt", "doc:c.txt"])
        #expect(try store.ontologyFingerprint() == "fp-2")
        #expect(try store.catalog()?.entries == Fixtures.catalog.entries)
    }

    @Test func storeSurvivesReopening() throws {
        do {
            let store = try openStore()
            for extraction in Fixtures.corpus { try store.ingest(extraction) }
            try store.close()
        }
        let reopened = try GraphStore.open(at: directory.path("store.sqlite"), mode: .readOnly)
        try expectHolds(reopened, Fixtures.corpus)
    }
}
