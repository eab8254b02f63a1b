import NewsGraphExtraction
import NewsGraphOntology
@testable import NewsGraph

/// A small hand-made graph: John Lee (李家超) holds positions in the HKSAR Government and Hong
/// Kong; Cyberport and HKUST are located in Hong Kong, which is part of the Greater Bay Area;
/// two people share the surname Chan; HarbourLink has no relation at all.
enum GraphQueryFixtures {
    static func entity(_ id: String, _ type: EntityType, _ label: String, _ surface: [String], inCatalog: Bool = true) -> ExtractedEntity {
        var offset = 0
        let mentions = surface.map { text -> Mention in
            defer { offset += text.unicodeScalars.count + 1 }
            return Mention(text: text, start: offset, end: offset + text.unicodeScalars.count, sourceStart: offset, sourceEnd: offset + text.unicodeScalars.count, source: .catalog)
        }
        return ExtractedEntity(id: id, type: type, label: label, labels: ["en": label], mentions: mentions, inCatalog: inCatalog)
    }

    static func relation(_ subject: String, _ predicate: String, _ object: String, _ evidence: String, at start: Int, role: String? = nil) -> ExtractedRelation {
        ExtractedRelation(subject: subject, predicate: predicate, object: object, evidence: evidence, evidenceStart: start, evidenceEnd: start + evidence.unicodeScalars.count, rule: "test", confidence: 0.9, role: role)
    }

    static let lee = entity("ent:john-lee-ka-chiu", EntityType(.person), "John Lee Ka-chiu", ["李家超", "John Lee"])
    static let government = entity("ent:hksar-government", EntityType(.organization, "GovernmentBody"), "HKSAR Government", ["特區政府"])
    static let hongKong = entity("ent:hong-kong", EntityType(.place, "Region"), "Hong Kong", ["香港", "Hong Kong"])
    static let gba = entity("ent:greater-bay-area", EntityType(.place, "Region"), "Greater Bay Area", ["大灣區"])
    static let cyberport = entity("ent:cyberport", EntityType(.place, "Park"), "Cyberport", ["數碼港"])
    static let hkust = entity("ent:hkust", EntityType(.organization, "University"), "HKUST", ["科大"])
    static let paulChan = entity("ent:paul-chan-mo-po", EntityType(.person), "Paul Chan Mo-po", ["陳茂波", "Chan"])
    static let ericChan = entity("ent:eric-chan-kwok-ki", EntityType(.person), "Eric Chan Kwok-ki", ["陳國基", "Chan", "Chan"])
    static let harbourLink = entity("ent:x-organization-1", EntityType(.organization, "Company"), "HarbourLink AI Limited", ["海港智聯"], inCatalog: false)

    static let catalog = Catalog(entries: [
        CatalogEntry(id: "john-lee-ka-chiu", type: EntityType(.person), labels: ["en": "John Lee Ka-chiu", "zh-Hant": "李家超"], aliases: ["Li Ka-chiu", "Lee Ka-chiu"], facts: []),
        CatalogEntry(id: "cyberport", type: EntityType(.place, "Park"), labels: ["en": "Cyberport", "zh-Hant": "數碼港"], aliases: ["Hong Kong Cyberport"], facts: []),
        CatalogEntry(id: "deepseek", type: EntityType(.organization, "Company"), labels: ["en": "DeepSeek", "zh-Hant": "深度求索"], aliases: [], facts: []),
    ])

    static let extractions: [DocumentExtraction] = [
        DocumentExtraction(name: "a.txt", contentHash: "ha", text: "", byteCount: 10, entities: [lee, government, hongKong], relations: [
            relation("ent:john-lee-ka-chiu", "holdsPositionIn", "ent:hksar-government", "行政長官李家超表示特區政府會支持。", at: 0, role: "行政長官"),
            relation("ent:john-lee-ka-chiu", "holdsPositionIn", "ent:hong-kong", "行政長官李家超表示特區政府會支持。", at: 0),
        ]),
        DocumentExtraction(name: "b.txt", contentHash: "hb", text: "", byteCount: 10, entities: [hongKong, gba, cyberport, hkust, lee], relations: [
            relation("ent:hong-kong", "partOf", "ent:greater-bay-area", "香港是大灣區的一部分。", at: 5),
            relation("ent:cyberport", "locatedIn", "ent:hong-kong", "數碼港位於香港。", at: 20),
            relation("ent:hkust", "locatedIn", "ent:hong-kong", "科大位於香港。", at: 30),
            relation("ent:john-lee-ka-chiu", "holdsPositionIn", "ent:hong-kong", "John Lee leads Hong Kong.", at: 40),
        ]),
        DocumentExtraction(name: "c.txt", contentHash: "hc", text: "", byteCount: 10, entities: [paulChan, ericChan, government, harbourLink], relations: [
            relation("ent:paul-chan-mo-po", "holdsPositionIn", "ent:hksar-government", "財政司司長陳茂波。", at: 0),
            relation("ent:eric-chan-kwok-ki", "holdsPositionIn", "ent:hksar-government", "政務司司長陳國基。", at: 10),
            relation("ent:paul-chan-mo-po", "authorOf", "doc", "文：陳茂波", at: 20),
        ]),
    ]

    static var graph: KnowledgeGraph { GraphBuilder.build(extractions, catalog: nil) }
    static var query: GraphQuery { GraphQuery(graph: graph, catalog: catalog) }
}
