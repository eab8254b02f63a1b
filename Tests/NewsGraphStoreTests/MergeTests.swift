import Foundation
import NewsGraph
import NewsGraphExtraction
import NewsGraphRDF
import NewsGraphStore
import Testing

@Suite struct MergeTests {
    let directory = TemporaryDirectory()

    func store(_ name: String, _ extractions: [DocumentExtraction], fingerprint: String = "fp") throws -> GraphStore {
        let store = try GraphStore.open(at: directory.path(name))
        try store.setOntology(fingerprint: fingerprint, catalog: Fixtures.catalog)
        for extraction in extractions { try store.ingest(extraction, source: Array(extraction.text.utf8)) }
        return store
    }

    @Test func mergedShardsEqualOneStore() throws {
        let corpus = Fixtures.corpus
        let whole = try store("whole.sqlite", corpus)
        let first = try store("s1.sqlite", [corpus[0], corpus[2]])
        let second = try store("s2.sqlite", [corpus[1]])
        try second.importTriples(TriplesTests.imported, graph: TriplesTests.people)
        try whole.importTriples(TriplesTests.imported, graph: TriplesTests.people)

        let merged = try GraphStore.open(at: directory.path("merged.sqlite"))
        #expect(try merged.merge(from: second) == summary(added: 1, graphs: 1))
        #expect(try merged.merge(from: first) == summary(added: 2))
        #expect(try merged.consistencyProblems() == [])
        #expect(try merged.graph() == whole.graph())
        #expect(try merged.extractions() == whole.extractions())
        #expect(try merged.documents() == whole.documents())
        #expect(try merged.allTriples() == whole.allTriples())
        #expect(try merged.catalog()?.entries == Fixtures.catalog.entries)
        // Merging again changes nothing.
        #expect(try merged.merge(from: first) == summary(unchanged: 2))
        #expect(try merged.graph() == whole.graph())
    }

    @Test func differentOntologiesAreRefused() throws {
        let first = try store("a.sqlite", [Fixtures.corpus[0]], fingerprint: "fp-1")
        let second = try store("b.sqlite", [Fixtures.corpus[1]], fingerprint: "fp-2")
        #expect(throws: StoreError.ontologyMismatch(path: first.path, other: second.path)) { try first.merge(from: second) }
        #expect(try first.documents().count == 1)
    }

    func summary(added: Int = 0, updated: Int = 0, unchanged: Int = 0, graphs: Int = 0) -> MergeSummary {
        var summary = MergeSummary()
        summary.added = added
        summary.updated = updated
        summary.unchanged = unchanged
        summary.graphs = graphs
        return summary
    }
}
