import NewsGraphExtraction
import NewsGraphOntology
import Testing
@testable import NewsGraphAudit

/// The three sections on a tiny hand-made corpus whose every number can be checked by eye.
@Suite("Auditor on a hand-made corpus")
struct AuditorTests {
    static let catalog = Catalog(entries: [
        CatalogEntry(id: "john-lee", type: EntityType(.person), labels: ["zh-Hant": "李家超", "zh-Hans": "李家超", "en": "John Lee"], aliases: [], facts: [], file: "/x/people.tsv", line: 3),
        CatalogEntry(id: "hong-kong", type: EntityType(.place, "Region"), labels: ["zh-Hant": "香港", "en": "Hong Kong"], aliases: [], facts: [], file: "/x/places.tsv", line: 3),
        CatalogEntry(id: "macao", type: EntityType(.place, "Region"), labels: ["zh-Hant": "澳門"], aliases: [], facts: [], file: "/x/places.tsv", line: 4),
    ])

    static func mention(_ text: String, _ start: Int, catalog: Bool) -> Mention {
        Mention(text: text, start: start, end: start + text.unicodeScalars.count, sourceStart: start, sourceEnd: start + text.unicodeScalars.count,
                source: catalog ? .catalog : .recognizer(rule: "test-rule"))
    }

    static func known(_ id: String, _ type: EntityType, _ label: String, _ mentions: [Mention]) -> ExtractedEntity {
        ExtractedEntity(id: "ent:" + id, type: type, label: label, labels: [:], mentions: mentions, inCatalog: true)
    }

    static func unknown(_ id: String, _ type: EntityType, _ mentions: [Mention]) -> ExtractedEntity {
        ExtractedEntity(id: id, type: type, label: mentions[0].text, labels: ["zh-Hant": mentions[0].text], mentions: mentions, inCatalog: false)
    }

    static let zhangPerson = "ent:x-person-1111111122222222"
    static let zhangOrg = "ent:x-organization-3333333344444444"
    static let liSi = "ent:x-person-5555555566666666"

    //                     0123456 78901234
    static let text1 = "李家超在香港。張三和李四見面。"
    static let text2 = "張三說。張三。"

    static let documents = [
        DocumentExtraction(name: "news/one.txt", contentHash: "", text: text1, byteCount: 0, entities: [
            known("john-lee", EntityType(.person), "John Lee", [mention("李家超", 0, catalog: true)]),
            known("hong-kong", EntityType(.place, "Region"), "Hong Kong", [mention("香港", 4, catalog: true)]),
            unknown(zhangPerson, EntityType(.person), [mention("張三", 7, catalog: false)]),
            // The text also calls 李四 "李家超" once: a name the catalog holds, so no alias for it.
            unknown(liSi, EntityType(.person), [mention("李四", 10, catalog: false), mention("李家超", 0, catalog: false)]),
        ], relations: [
            ExtractedRelation(subject: "ent:john-lee", predicate: "holdsPositionIn", object: "ent:hong-kong", evidence: "李家超在香港。", evidenceStart: 0, evidenceEnd: 7, rule: "test", confidence: 1),
        ]),
        DocumentExtraction(name: "news/two.txt", contentHash: "", text: text2, byteCount: 0, entities: [
            unknown(zhangPerson, EntityType(.person), [mention("張三", 0, catalog: false)]),
            unknown(zhangOrg, EntityType(.organization), [mention("張三", 4, catalog: false)]),
        ], relations: []),
    ]

    let report = Auditor.audit(Self.documents, catalog: Self.catalog)

    @Test func summary() {
        let s = report.summary
        #expect(s.documents == 2 && s.mentions == 7 && s.linkedMentions == 2 && s.recognisedMentions == 5)
        #expect(s.linkedShare == 2.0 / 7.0)
        #expect(s.entities == 5 && s.linkedEntities == 2 && s.unknownNames == 3 && s.relations == 1)
        #expect(s.catalogEntries == 3 && s.catalogEntriesMentioned == 2)
        #expect(report.mentionsByType.map(\.type) == ["Person", "Organization", "Policy", "Place", "Event", "Product"])
        #expect(report.mentionsByType[0].linked == 1 && report.mentionsByType[0].recognised == 4)
    }

    @Test func catalogCoverage() {
        let c = report.catalog
        #expect(c.mentioned.map(\.id) == ["hong-kong", "john-lee"])
        #expect(c.mentioned[1] == EntryCoverage(id: "john-lee", type: "Person", label: "John Lee", mentions: 1, documents: 1, firstDocument: "news/one.txt", lastDocument: "news/one.txt"))
        #expect(c.neverMentioned == [CatalogEntryRef(id: "macao", type: "Place/Region", label: "澳門", file: "places.tsv", line: 4)])
        #expect(c.byType.map(\.type) == ["Person", "Place/Region"])
        let place = c.byCoreType[3]
        #expect(place.type == "Place" && place.entries == 2 && place.mentionedEntries == 1 && place.mentions == 1)
        #expect(place.labels == LabelCounts(zhHant: 2, zhHans: 0, en: 1))
        #expect(c.byCoreType[0].labels == LabelCounts(zhHant: 1, zhHans: 1, en: 1))
    }

    @Test func unknownNamesRankedWithSnippetsAndRows() throws {
        let names = report.unknownNames
        #expect(names.map(\.id) == [Self.zhangPerson, Self.liSi, Self.zhangOrg])  // documents, then mentions
        let zhang = names[0]
        #expect(zhang.documents == 2 && zhang.mentions == 2 && zhang.rules == ["test-rule"])
        #expect(zhang.snippets.map(\.document) == ["news/one.txt", "news/two.txt"])
        #expect(zhang.snippets[0].sentence == "張三和李四見面。" && zhang.snippets[0].sentenceStart == 0 && zhang.snippets[0].start == 7)
        let row = try #require(zhang.suggestion)
        #expect(row.line == "x-person-11111111\tPerson\t張三\t\t\t\t")
        #expect(CatalogLoader.isValidID(row.id))
        #expect(names[1].suggestion?.line == "x-person-55555555\tPerson\t李四\t\t\t\t")
        #expect(names[1].forms.map(\.text) == ["李四", "李家超"])
        // The organisation of the same name would clash with the first row in the loader.
        #expect(names[2].suggestion == nil)
    }

    @Test func documentCoverageLowestFirst() {
        let d = report.documents
        #expect(d.map(\.document) == ["news/two.txt", "news/one.txt"])
        #expect(d[1].mentions == 5 && d[1].linked == 2 && d[1].recognised == 3 && d[1].relations == 1)
        #expect(d[1].sentences == 2 && d[1].namedSentences == 2 && d[1].unrelatedSentences == 1)
        #expect(d[1].unrelatedExamples == [SentenceExample(start: 7, end: 15, text: "張三和李四見面。", entities: ["張三", "李四"])])
        #expect(d[0].unrelatedSentences == 0 && d[0].linkedShare == 0)
    }

    @Test func streamingEqualsOneShot() {
        var auditor = Auditor(catalog: Self.catalog)
        for document in Self.documents { auditor.add(document) }
        #expect(auditor.report() == report)
    }

    @Test(arguments: [
        ("HarbourLink AI Limited", "harbourlink-ai-limited"), ("Hong Kong's Café  Ltd.", "hong-kongs-cafe-ltd"),
        ("李家超", ""), ("--", ""),
    ])
    func slugs(_ label: String, _ slug: String) {
        #expect(CatalogRowSuggester.slug(label) == slug)
    }

    @Test func longSentencesAreCutAroundTheMention() {
        let long = String(repeating: "字", count: 600) + "張三" + String(repeating: "字", count: 600)
        let extraction = DocumentExtraction(name: "long.txt", contentHash: "", text: long, byteCount: 0, entities: [
            Self.unknown(Self.zhangPerson, EntityType(.person), [Self.mention("張三", 600, catalog: false)]),
        ], relations: [])
        let snippet = Auditor.audit([extraction], catalog: Self.catalog).unknownNames[0].snippets[0]
        #expect(snippet.sentence.unicodeScalars.count == Snippet.maximumLength)
        let scalars = Array(snippet.sentence.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[snippet.sentenceStart..<snippet.sentenceEnd])) == "張三")
    }
}
