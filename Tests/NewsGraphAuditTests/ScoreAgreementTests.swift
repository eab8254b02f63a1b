import Foundation
import NewsGraph
import NewsGraphExtraction
import Testing
@testable import NewsGraphAudit

/// The native scorer against `../shared/eval/score.py` on the same extraction JSON Lines.
@Suite("Gold scores agree with score.py")
struct ScoreAgreementTests {
    @Test("seed and dev: every count equal, every rate equal to the fourth decimal, same headline",
          .enabled(if: AuditFixtures.hasScorer, "needs ../shared/eval/score.py and python3"),
          arguments: ["seed", "dev"])
    func agreesOnSharedEval(set: String) throws {
        let directory = AuditFixtures.shared.appendingPathComponent("eval/" + set)
        let extractions = try AuditFixtures.extract(directory)
        let gold = try GoldStandard.load(directory: directory.path)
        let native = try #require(Auditor.audit(extractions, catalog: AuditFixtures.pipeline.catalog, gold: gold).gold)
        try ScorePy.expectAgreement(native, goldDirectory: directory.path, extractions: extractions)
        #expect(native.predictedDocuments == native.documents)
    }
}

/// Runs score.py and compares its `--json` output with a `GoldScore`.
enum ScorePy {
    static func run(goldDirectory: String, extractions: [DocumentExtraction]) throws -> (json: [String: Any], headline: String) {
        let directory = try TemporaryDirectory()
        let predictions = directory.path + "/predictions.jsonl"
        try (extractions.map { try ExtractionJSON.line(for: $0) }.joined(separator: "\n") + "\n").write(toFile: predictions, atomically: true, encoding: .utf8)
        let output = try Tools.run(Tools.executable("python3")!, [AuditFixtures.scorer.path, goldDirectory, predictions, "--json"])
        #expect(output.status == 0, "score.py failed: \(output.stderr)")
        // --json prints the JSON object, then the headline as the last line.
        var lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let headline = lines.removeLast()
        let json = try JSONSerialization.jsonObject(with: Data(lines.joined(separator: "\n").utf8)) as! [String: Any]
        return (json, headline)
    }

    static func expectAgreement(_ native: GoldScore, goldDirectory: String, extractions: [DocumentExtraction]) throws {
        let (python, headline) = try run(goldDirectory: goldDirectory, extractions: extractions)
        #expect(native.headline == headline)
        #expect(native.documents == python["documents"] as? Int)
        #expect(native.predictedDocuments == python["predicted_documents"] as? Int)
        expect(native.coreEntities, python["core_entities"], "core entities")
        expect(native.relations, python["relations"], "relations")
        let byType = python["entities_by_type"] as! [String: Any]
        #expect(Set(byType.keys) == Set(GoldScore.types))
        for type in GoldScore.types { expect(native.entitiesByType[type]!, byType[type], type) }
        #expect(native.splitKeys == python["split_keys"] as? [String])
        #expect(native.mergeErrors == python["merge_errors"] as? [String])
    }

    static func expect(_ native: PRF, _ python: Any?, _ what: String) {
        guard let row = python as? [String: Any] else {
            Issue.record("score.py has no \(what) row")
            return
        }
        #expect(native.tp == row["tp"] as? Int, "\(what) tp")
        #expect(native.fp == row["fp"] as? Int, "\(what) fp")
        #expect(native.fn == row["fn"] as? Int, "\(what) fn")
        // Both sides round to four decimals the same way, so the values are equal, not only close.
        #expect(native.precision == (row["precision"] as? NSNumber)?.doubleValue, "\(what) precision")
        #expect(native.recall == (row["recall"] as? NSNumber)?.doubleValue, "\(what) recall")
        #expect(native.f1 == (row["f1"] as? NSNumber)?.doubleValue, "\(what) F1")
        #expect(Rounding.text(native.f1, 3) == String(format: "%.3f", (row["f1"] as? NSNumber)?.doubleValue ?? -1), "\(what) F1 to the third decimal")
    }
}
