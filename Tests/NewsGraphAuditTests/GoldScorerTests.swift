import Foundation
import NewsGraphExtraction
import NewsGraphOntology
import Testing
@testable import NewsGraphAudit

/// Crafted cases for each rule of score.py, checked by hand and (when it is there) against
/// score.py itself.
@Suite("Gold scoring rules")
struct GoldScorerTests {
    static func entity(_ id: String, _ type: EntityType, _ label: String, _ texts: [String]) -> ExtractedEntity {
        ExtractedEntity(id: id, type: type, label: label, labels: [:],
                        mentions: texts.map { Mention(text: $0, start: 0, end: $0.unicodeScalars.count, sourceStart: 0, sourceEnd: 0, source: .catalog) },
                        inCatalog: true)
    }

    static func relation(_ s: String, _ p: String, _ o: String) -> ExtractedRelation {
        ExtractedRelation(subject: s, predicate: p, object: o, evidence: "", evidenceStart: 0, evidenceEnd: 0, rule: "test", confidence: 1)
    }

    static func document(_ name: String, _ entities: [ExtractedEntity], _ relations: [ExtractedRelation]) -> DocumentExtraction {
        DocumentExtraction(name: name, contentHash: "", text: "", byteCount: 0, entities: entities, relations: relations)
    }

    /// Two gold documents and a third without a prediction.
    static let goldFiles: [String: String] = [
        "a.gold.json": """
            {"doc": "a.txt", "entities": [
              {"key": "john-lee", "types": ["Person"], "names": ["李家超", "John Lee"]},
              {"key": "hksar-government", "types": ["Organization"], "names": ["特區政府"]},
              {"key": "hong-kong", "types": ["Place"], "names": ["香港"]},
              {"key": "shenzhen", "types": ["Place"], "names": ["深圳"]},
              {"key": "cyberport", "types": ["Place", "Organization"], "names": ["數碼港"]},
              {"key": "deepseek", "types": ["Product", "Organization"], "names": ["DeepSeek"]}],
             "relations": [
              {"s": "john-lee", "p": "holdsPositionIn", "o": "hksar-government", "note": "行政長官"},
              {"s": "hong-kong", "p": "cooperatesWith", "o": "shenzhen"},
              {"s": "john-lee", "p": "authorOf", "o": "doc"},
              {"s": "cyberport", "p": "locatedIn", "o": "hong-kong"}]}
            """,
        "b.gold.json": """
            {"doc": "dir/b.txt", "entities": [
              {"key": "john-lee", "types": ["Person"], "names": ["李家超"]},
              {"key": "hong-kong", "types": ["Place"], "names": ["香港"]},
              {"key": "macao", "types": ["Place"], "names": ["澳門"]}],
             "relations": []}
            """,
        "c.gold.json": """
            {"doc": "c.txt", "entities": [{"key": "x", "types": ["Event"], "names": ["峰會"]}],
             "relations": [{"s": "x", "p": "locatedIn", "o": "x"}]}
            """,
    ]

    static let predictions: [DocumentExtraction] = [
        document("corpus/a.txt", [
            entity("ent:john", EntityType(.person), "John Lee Ka-chiu", ["李家超"]),
            entity("ent:gov", EntityType(.organization, "GovernmentBody"), "Government", ["特區政府"]),
            entity("ent:hk", EntityType(.place, "Region"), "Hong Kong", ["香港"]),
            entity("ent:sz", EntityType(.place, "City"), "Shenzhen", ["深圳"]),
            // Organization is the second acceptable type of cyberport: still a match.
            entity("ent:cyberport", EntityType(.organization), "Cyberport", ["數碼港"]),
            // Case and full-width forms fold: ＤＥＥＰＳＥＥＫ matches DeepSeek.
            entity("ent:deepseek", EntityType(.product), "ＤＥＥＰＳＥＥＫ", []),
            entity("ent:extra", EntityType(.person), "Nobody", ["無名氏"]),
        ], [
            relation("ent:sz", "cooperatesWith", "ent:hk"),              // reversed symmetric: right
            relation("ent:john", "holdsPositionIn", "ent:gov"),          // right
            relation("ent:john", "holdsPositionIn", "ent:gov"),          // repeated: ignored
            relation("ent:john", "authorOf", "doc"),                     // the document as object: right
            relation("ent:john", "memberOf", "ent:gov"),                 // not in gold: wrong
            relation("ent:extra", "memberOf", "ent:gov"),                // unmatched subject: wrong
            relation("ent:john", "mentions", "ent:hk"),                  // unknown predicate: skipped
        ]),
        // Same gold keys, other ids (splits); one id for two keys (a merge).
        document("b.txt", [
            entity("ent:john-2", EntityType(.person), "李家超", []),
            entity("ent:place", EntityType(.place), "香港", ["香港"]),
            entity("ent:place", EntityType(.place), "澳門", ["澳門"]),
        ], []),
        document("not-in-gold.txt", [entity("ent:hk", EntityType(.place), "香港", [])], []),
    ]

    static func goldDirectory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for (name, text) in goldFiles { try text.write(toFile: directory.path + "/" + name, atomically: true, encoding: .utf8) }
        return directory
    }

    @Test func countsFollowEveryRule() throws {
        let directory = try Self.goldDirectory()
        let score = try #require(Auditor.audit(Self.predictions, catalog: Catalog(entries: []), gold: GoldStandard.load(directory: directory.path)).gold)
        #expect(score.documents == 3)
        #expect(score.predictedDocuments == 2)
        #expect(score.relations.tp == 3 && score.relations.fp == 2 && score.relations.fn == 2)
        #expect(score.entitiesByType["Person"]! == PRF(tp: 2, fp: 1, fn: 0))
        #expect(score.entitiesByType["Organization"]! == PRF(tp: 2, fp: 0, fn: 0))
        #expect(score.entitiesByType["Place"]! == PRF(tp: 4, fp: 0, fn: 0))
        #expect(score.entitiesByType["Product"]! == PRF(tp: 1, fp: 0, fn: 0))
        #expect(score.entitiesByType["Event"]! == PRF(tp: 0, fp: 0, fn: 1))
        #expect(score.splitKeys == ["hong-kong", "john-lee"])  // ent:hk in a.txt, ent:place in b.txt
        #expect(score.mergeErrors == ["ent:place"])
        #expect(score.headline == "core_entity_f1=0.941 relation_f1=0.600 split=2 merge_errors=1")
    }

    @Test(.enabled(if: AuditFixtures.hasScorer, "needs ../shared/eval/score.py and python3"))
    func crafted_cases_agree_with_score_py() throws {
        let directory = try Self.goldDirectory()
        let score = try #require(Auditor.audit(Self.predictions, catalog: Catalog(entries: []), gold: GoldStandard.load(directory: directory.path)).gold)
        try ScorePy.expectAgreement(score, goldDirectory: directory.path, extractions: Self.predictions)
    }

    @Test func matchingMovesAnEarlierPairToMakeRoom() {
        // 0 takes right 0 first; 1 can only use right 0, so 0 moves on to right 1.
        let matching = MaximumMatching(edges: [[0, 1], [0]])
        #expect(matching.pairs.map { [$0.left, $0.right] } == [[1, 0], [0, 1]])
        #expect(MaximumMatching(edges: [[0], [0], []]).pairs.map { [$0.left, $0.right] } == [[0, 0]])
    }
}
