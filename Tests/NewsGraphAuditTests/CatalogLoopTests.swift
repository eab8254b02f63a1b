import Foundation
import NewsGraph
import Testing
@testable import NewsGraphAudit

/// The loop the audit exists for: audit, paste the suggested rows, run again, coverage goes up.
@Suite("Suggested rows close the loop")
struct CatalogLoopTests {
    @Test func pastingTheTopSuggestionsRaisesTheLinkedShare() throws {
        let before = AuditFixtures.corpusReport
        let rows = before.unknownNames.prefix(10).compactMap(\.suggestion)
        #expect(rows.count >= 8)

        // A copy of ontology/ with the rows pasted at the end of a catalog file, as a curator would.
        let directory = try TemporaryDirectory()
        let ontology = directory.url.appendingPathComponent("ontology")
        try FileManager.default.copyItem(at: AuditFixtures.ontology, to: ontology)
        let file = ontology.appendingPathComponent("catalog/core.tsv")
        var text = try String(contentsOf: file, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        text += rows.map(\.line).joined(separator: "\n") + "\n"
        try text.write(to: file, atomically: true, encoding: .utf8)

        // The loader accepts them as they are (it refuses bad ids, clashing names, one-character names).
        let pipeline = try Pipeline(ontologyDirectory: ontology)
        #expect(pipeline.catalog.count == AuditFixtures.pipeline.catalog.count + rows.count)
        let after = Auditor.audit(try AuditFixtures.extract(AuditFixtures.corpus, with: pipeline), catalog: pipeline.catalog)

        #expect(after.summary.linkedShare > before.summary.linkedShare)
        #expect(after.summary.unknownNames < before.summary.unknownNames)
        let mentioned = Set(after.catalog.mentioned.map(\.id))
        for row in rows { #expect(mentioned.contains(row.id), "\(row.id) is still not linked") }
        print("linked share \(Rounding.percent(before.summary.linkedShare)) -> \(Rounding.percent(after.summary.linkedShare)) after pasting \(rows.count) rows")
    }

    @Test func aSuggestionsFileIsACatalogFile() throws {
        let rows = AuditFixtures.corpusReport.unknownNames.compactMap(\.suggestion)
        let directory = try TemporaryDirectory()
        let ontology = directory.url.appendingPathComponent("ontology")
        try FileManager.default.copyItem(at: AuditFixtures.ontology, to: ontology)
        try CatalogRow.file(rows, comment: "from a test\nreview each row").write(to: ontology.appendingPathComponent("catalog/zz-suggested.tsv"), atomically: true, encoding: .utf8)
        let pipeline = try Pipeline(ontologyDirectory: ontology)
        #expect(pipeline.catalog.count == AuditFixtures.pipeline.catalog.count + rows.count)
    }
}
