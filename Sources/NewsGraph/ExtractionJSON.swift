import Foundation
import NewsGraphExtraction

/// The JSON Lines record `score.py` reads (SPEC.md, "Extractor output"), plus provenance
/// fields it ignores: source offsets of mentions and the rule, confidence and offsets of relations.
public enum ExtractionJSON {
    struct Record: Encodable {
        var doc: String
        var entities: [Entity]
        var relations: [Relation]
    }
    struct Entity: Encodable {
        var id: String
        var type: String
        var label: String
        var in_catalog: Bool
        var mentions: [MentionRecord]
    }
    struct MentionRecord: Encodable {
        var text: String
        var start: Int
        var end: Int
        var source_start: Int
        var source_end: Int
        var rule: String
    }
    struct Relation: Encodable {
        var subject: String
        var predicate: String
        var object: String
        var evidence: String
        var evidence_start: Int
        var evidence_end: Int
        var rule: String
        var confidence: Double
    }

    /// One line (without the newline) for one document.
    public static func line(for extraction: DocumentExtraction) throws -> String {
        let record = Record(
            doc: extraction.name,
            entities: extraction.entities.map { e in
                Entity(id: e.id, type: e.type.description, label: e.label, in_catalog: e.inCatalog, mentions: e.mentions.map { m in
                    let rule: String
                    switch m.source { case .catalog: rule = "catalog"; case .recognizer(let r): rule = r }
                    return MentionRecord(text: m.text, start: m.start, end: m.end, source_start: m.sourceStart, source_end: m.sourceEnd, rule: rule)
                })
            },
            relations: extraction.relations.map { r in
                Relation(subject: r.subject, predicate: r.predicate, object: r.object, evidence: r.evidence, evidence_start: r.evidenceStart, evidence_end: r.evidenceEnd, rule: r.rule, confidence: r.confidence)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }
}
