import Foundation
import NewsGraphExtraction
import NewsGraphOntology
import NewsGraphText

/// The package root, found from this file's path (Tests/NewsGraphExtractionTests/TestSupport.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let realOntologyDirectory = repositoryRoot.appendingPathComponent("ontology")

/// A small catalog of made-up and well-known entities, so extraction tests do not move when
/// the real catalog grows.
let testCatalogRows: [[String]] = [
    ["hong-kong", "Place/Region", "香港", "", "Hong Kong", "HKSAR", ""],
    ["shenzhen", "Place/City", "深圳", "", "Shenzhen", "深圳市", ""],
    ["hksar-government", "Organization/GovernmentBody", "香港特區政府", "", "Hong Kong SAR Government", "特區政府", "locatedIn:hong-kong"],
    ["development-bureau", "Organization/GovernmentBody", "發展局", "", "Development Bureau", "", "partOf:hksar-government"],
    ["legislative-council", "Organization/Legislature", "立法會", "", "Legislative Council", "LegCo", "locatedIn:hong-kong"],
    ["cyberport", "Organization/Company", "數碼港", "", "Cyberport", "香港數碼港管理有限公司", "locatedIn:hong-kong"],
    ["xinghe-technology", "Organization/Company", "星河科技", "", "Xinghe Technology", "星河科技有限公司", ""],
    ["john-lee-ka-chiu", "Person", "李家超", "", "John Lee Ka-chiu", "John Lee|Lee Ka-chiu", "holdsPositionIn:hksar-government[行政長官|2022-]"],
    ["hong-kong-budget", "Policy/Budget", "財政預算案", "", "Hong Kong Budget", "Budget", "issuedBy:hksar-government"],
    ["harbour-chat", "Product/Software", "港話通", "", "HarbourChat", "", ""],
    ["lingxi-model", "Product/AIModel", "靈犀大模型", "", "Lingxi Model", "", ""],
]

/// A temporary ontology folder: the real newsgraph.owl and a catalog of the given rows.
func temporaryOntology(rows: [[String]] = testCatalogRows) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-ontology-" + UUID().uuidString)
    let catalog = directory.appendingPathComponent("catalog")
    try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: realOntologyDirectory.appendingPathComponent("newsgraph.owl"), to: directory.appendingPathComponent("newsgraph.owl"))
    let text = "#newsgraph-catalog v1\nid\ttype\tzh-Hant\tzh-Hans\ten\taliases\tfacts\n" + rows.map { $0.joined(separator: "\t") + "\n" }.joined()
    try Data(text.utf8).write(to: catalog.appendingPathComponent("test.tsv"))
    return directory
}

/// The test knowledge, loaded once per test process.
let testKnowledge: Knowledge = {
    do { return try Knowledge.load(from: try temporaryOntology()) } catch { fatalError("test catalog does not load: \(error)") }
}()

/// Extracts one document's text with the test catalog.
func extract(_ text: String) -> DocumentExtraction {
    testKnowledge.extractor.extract(TextRepair.repair(text))
}

extension DocumentExtraction {
    /// The entity with this id, if found.
    func entity(_ id: String) -> ExtractedEntity? { entities.first { $0.id == id } }

    /// The entity one of whose mentions reads `text`.
    func entity(mentioned text: String) -> ExtractedEntity? { entities.first { $0.mentions.contains { $0.text == text } } }

    /// Relations as `subject predicate object` strings, using mention labels for readability.
    func triples() -> [String] {
        relations.map { r in "\(name(r.subject)) \(r.predicate) \(name(r.object))" }
    }

    func name(_ id: String) -> String {
        if id == ExtractedRelation.documentObject { return "doc" }
        guard let entity = entity(id) else { return id }
        return entity.inCatalog ? id : entity.label
    }

    /// Mention texts of all entities, as `label: type` for a compact overview.
    func summary() -> [String] {
        entities.map { "\($0.inCatalog ? $0.id : $0.label) [\($0.type)] " + $0.mentions.map { "\($0.text)@\($0.start)" }.joined(separator: ",") }
    }

    /// Every mention must lie inside the text and read what the text says there.
    func mentionsAreConsistent() -> Bool {
        let scalars = Array(text.unicodeScalars)
        return entities.allSatisfy { entity in
            entity.mentions.allSatisfy { m in
                m.start >= 0 && m.start < m.end && m.end <= scalars.count
            }
        } && relations.allSatisfy { $0.evidenceStart < $0.evidenceEnd && $0.evidenceEnd <= scalars.count }
    }
}

/// Text with expected mentions marked `⟦like this⟧`: the plain text and the marked spans
/// (scalar offsets into the plain text), so tests never count offsets by hand.
struct MarkedText {
    var text: String
    var spans: [(start: Int, end: Int, text: String)]

    init(_ marked: String) {
        var plain = String.UnicodeScalarView()
        var spans: [(Int, Int, String)] = []
        var open: Int? = nil
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": open = plain.count
            case "⟧":
                let start = open!
                spans.append((start, plain.count, String(String.UnicodeScalarView(Array(plain)[start...]))))
                open = nil
            default: plain.append(scalar)
            }
        }
        self.text = String(plain)
        self.spans = spans.map { (start: $0.0, end: $0.1, text: $0.2) }
    }
}

extension DocumentExtraction {
    /// All mentions as (start, end, text, entity id), in text order.
    func allMentions() -> [(start: Int, end: Int, text: String, id: String)] {
        entities.flatMap { e in e.mentions.map { (start: $0.start, end: $0.end, text: $0.text, id: e.id) } }.sorted { $0.start < $1.start }
    }
}
