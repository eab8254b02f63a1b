import Foundation
import NewsGraph
import NewsGraphExtraction
import NewsGraphOntology
import NewsGraphStore
import NewsGraphText

/// A temporary directory removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-store-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    func write(_ name: String, bytes: [UInt8]) -> String {
        let file = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(bytes).write(to: file)
        return file.path
    }
}

/// Hand-made extractions: an entity is given by id, type and surface forms; mentions are found
/// in the text (scalar offsets), so no offset is counted by hand.
enum Fixtures {
    struct EntitySpec {
        var id: String
        var type: EntityType
        var label: String
        var surfaces: [String]
        var inCatalog = true
    }

    static let lee = EntitySpec(id: "ent:john-lee-ka-chiu", type: EntityType(.person), label: "John Lee Ka-chiu", surfaces: ["李家超", "John Lee"])
    static let government = EntitySpec(id: "ent:hksar-government", type: EntityType(.organization, "GovernmentBody"), label: "HKSAR Government", surfaces: ["特區政府"])
    static let deepseek = EntitySpec(id: "ent:x-organization-deepseek", type: EntityType(.organization, "Company"), label: "DeepSeek", surfaces: ["DeepSeek"], inCatalog: false)
    static let cyberport = EntitySpec(id: "ent:cyberport", type: EntityType(.organization), label: "Cyberport", surfaces: ["數碼港", "Cyberport"])

    static func extraction(name: String, text: String, entities: [EntitySpec], relations: [(EntitySpec, String, EntitySpec)] = []) -> DocumentExtraction {
        let scalars = Array(text.unicodeScalars)
        var extracted: [ExtractedEntity] = []
        for spec in entities {
            var mentions: [Mention] = []
            for surface in spec.surfaces {
                let needle = Array(surface.unicodeScalars)
                var start = 0
                while start + needle.count <= scalars.count {
                    if Array(scalars[start..<start + needle.count]) == needle {
                        mentions.append(Mention(text: surface, start: start, end: start + needle.count, sourceStart: start, sourceEnd: start + needle.count, source: spec.inCatalog ? .catalog : .recognizer(rule: "latin-capitalised")))
                        start += needle.count
                    } else {
                        start += 1
                    }
                }
            }
            mentions.sort { $0.start < $1.start }
            extracted.append(ExtractedEntity(id: spec.id, type: spec.type, label: spec.label, labels: ["en": spec.label], mentions: mentions, inCatalog: spec.inCatalog))
        }
        let extractedRelations = relations.enumerated().map { index, relation in
            ExtractedRelation(subject: relation.0.id, predicate: relation.1, object: relation.2.id, evidence: text, evidenceStart: 0, evidenceEnd: scalars.count, rule: "test-rule-\(index)", confidence: 0.875, role: relation.1 == "holdsPositionIn" ? "行政長官" : nil)
        }
        let bytes = Array(text.utf8)
        return DocumentExtraction(name: name, contentHash: StableHash.hex(StableHash.fnv1a64(bytes: bytes)), text: text, byteCount: bytes.count, entities: extracted, relations: extractedRelations)
    }

    static let catalog = Catalog(entries: [
        CatalogEntry(id: "john-lee-ka-chiu", type: EntityType(.person), labels: ["zh-Hant": "李家超", "en": "John Lee Ka-chiu"], aliases: ["John Lee", "Li Ka-chiu"], facts: []),
        CatalogEntry(id: "hksar-government", type: EntityType(.organization, "GovernmentBody"), labels: ["zh-Hant": "香港特別行政區政府", "en": "HKSAR Government"], aliases: ["特區政府"], facts: []),
        CatalogEntry(id: "cyberport", type: EntityType(.organization), labels: ["zh-Hant": "數碼港", "en": "Cyberport"], aliases: [], facts: []),
    ])

    /// Three documents that share entities and relations, so removing one must keep the others' parts.
    static var corpus: [DocumentExtraction] {
        [
            extraction(name: "news/a.txt", text: "行政長官李家超今日表示，特區政府會支持數碼港。", entities: [lee, government, cyberport], relations: [(lee, "holdsPositionIn", government)]),
            extraction(name: "news/b.txt", text: "John Lee met DeepSeek at Cyberport.", entities: [lee, deepseek, cyberport], relations: [(deepseek, "locatedIn", cyberport)]),
            extraction(name: "news/c.txt", text: "DeepSeek 與數碼港合作。", entities: [deepseek, cyberport], relations: [(deepseek, "locatedIn", cyberport), (deepseek, "partnerOf", cyberport)]),
        ]
    }
}
