import Testing
import NewsGraphExtraction
import NewsGraphOntology
import NewsGraphText

/// Names the catalog lacks, found by their context.
struct RecogniserTests {
    /// The one unknown entity whose mentions include `text`, with its type.
    func unknown(_ extraction: DocumentExtraction, _ text: String) -> ExtractedEntity? {
        extraction.entities.first { !$0.inCatalog && $0.mentions.contains { $0.text == text } }
    }

    @Test func personAfterARole() throws {
        let extraction = extract("局長陳大文表示會跟進。")
        let person = try #require(unknown(extraction, "陳大文"))
        #expect(person.type == EntityType(.person))
        #expect(person.label == "陳大文")
        #expect(person.labels == ["zh-Hant": "陳大文"])
        #expect(person.id.hasPrefix("ent:x-person-"))
        #expect(person.mentions.map(\.source) == [.recognizer(rule: "person-after-role")])
        #expect(person.mentions.map(\.start) == [2])
    }

    @Test func personBeforeASpeechVerb() throws {
        let extraction = extract("陈大文表示，香港经济向好。")
        let person = try #require(unknown(extraction, "陈大文"))
        #expect(person.type == EntityType(.person))
        #expect(person.labels == ["zh-Hans": "陈大文"])
        #expect(person.mentions.map(\.source) == [.recognizer(rule: "person-before-verb")])
    }

    @Test func englishTitledPerson() throws {
        let extraction = extract("Secretary for Justice Paul Lam said the law would be reviewed.")
        let person = try #require(unknown(extraction, "Paul Lam"))
        #expect(person.type == EntityType(.person))
        #expect(person.labels == ["en": "Paul Lam"])
        #expect(extraction.entities.count == 1)
    }

    @Test func photoCredit() throws {
        let extraction = extract("市民可於網站登記。（陳葦華攝）")
        let person = try #require(unknown(extraction, "陳葦華"))
        #expect(person.mentions.map(\.source) == [.recognizer(rule: "person-credit")])
    }

    /// Known bug: 一 to 十 are in `Lexicon.nameStop`, and the relaxation for the first given-name
    /// character in `personNameLength(strict: false)` (ChineseRecognizers.swift:34) is undone by
    /// the next line, so 張三, 李四, 王一心 are missed.
    @Test func creditWithANumeralInTheName() {
        let extraction = extract("市民可於網站登記。（張三攝）")
        #expect(unknown(extraction, "張三") != nil)
    }

    @Test func givenNamesWithCharactersOfCommonWords() {
        // 明 (說明) and 強 (強調) are common in given names.
        #expect(unknown(extract("本報記者 陳小明\n香港經濟持續復甦。"), "陳小明") != nil)
        #expect(unknown(extract("局長張志強表示會跟進。"), "張志強") != nil)
    }

    @Test func quotedPolicy() throws {
        let extraction = extract("市民可透過「樂齡科技試用計劃」登記。")
        let policy = try #require(unknown(extraction, "樂齡科技試用計劃"))
        #expect(policy.type == EntityType(.policy))
        #expect(policy.mentions.map(\.source) == [.recognizer(rule: "policy-quoted")])
        // Quoted words without a policy head are not policies.
        #expect(extract("他形容今年是「豐收之年」。").entities.isEmpty)
    }

    @Test func organisationByHeadWithARoleAfter() throws {
        let extraction = extract("提名委員會成員昨日開會。")
        let organisation = try #require(unknown(extraction, "提名委員會"))
        #expect(organisation.type == EntityType(.organization))
        #expect(organisation.mentions.map(\.source) == [.recognizer(rule: "organization-head")])
        // A head word with no role after it and no catalog name before it is not enough.
        #expect(extract("他們討論成立委員會的事宜。").entities.isEmpty)
    }

    @Test func ordinalEvent() throws {
        let extraction = extract("副主席王大偉出席第十五屆全國運動會開幕式。")
        let event = try #require(unknown(extraction, "第十五屆全國運動會"))
        #expect(event.type == EntityType(.event))
        #expect(event.mentions.map(\.source) == [.recognizer(rule: "event-ordinal")])
    }

    @Test func acronymMergesWithTheLongName() throws {
        let text = "The Financial Services Development Council (FSDC) published a report. The FSDC said Hong Kong would benefit."
        let extraction = extract(text)
        let council = try #require(unknown(extraction, "Financial Services Development Council"))
        #expect(council.type.core == .organization)
        #expect(council.mentions.map(\.text) == ["Financial Services Development Council", "FSDC", "FSDC"])
        #expect(extraction.entities.map(\.id) == [council.id, "ent:hong-kong"])
    }

    @Test func honorificAndSurnameResolveToTheFullName() throws {
        let extraction = extract("Chief Executive John Lee Ka-chiu said the city would grow. Mr Lee added that Hong Kong was ready.")
        let lee = try #require(extraction.entity("ent:john-lee-ka-chiu"))
        #expect(lee.mentions.map(\.text) == ["John Lee Ka-chiu", "Lee"])
        // No second, unknown person for "Mr Lee".
        #expect(extraction.entities.filter { $0.type.core == .person }.count == 1)
    }

    @Test func unknownSurnameAloneIsDropped() {
        // "Mr Wong" with nobody named Wong before: no entity rather than a guess.
        #expect(extract("Mr Wong added that the plan was good.").entities.isEmpty)
    }

    @Test func repeatedUnknownNameIsMarkedAgain() throws {
        let extraction = extract("局長陳大文表示會跟進。陳大文又說，工程明年完成。")
        let person = try #require(unknown(extraction, "陳大文"))
        #expect(person.mentions.map(\.start) == [2, 11])
    }

    @Test func placeHeadAfterAQuantifierIsTheKnownPlace() throws {
        let rows = testCatalogRows + [["harbour-line", "Place/RailwayLine", "海港線", "", "Harbour Line", "", ""]]
        let knowledge = try Knowledge.load(from: try temporaryOntology(rows: rows))
        let extraction = knowledge.extractor.extract(TextRepair.repair("公司完成了海港線全線、新田站及古洞站工程。"))
        // 海港線全線 is the whole Harbour Line, not a new place; 新田站 in the same list is one.
        #expect(extraction.entity("ent:harbour-line")?.mentions.map(\.text) == ["海港線"])
        #expect(unknown(extraction, "海港線全線") == nil)
        #expect(unknown(extraction, "新田站")?.type == EntityType(.place))
    }

    @Test func stopListedKindsOfPlaceAreNotNames() throws {
        let knowledge = Knowledge(ontology: testKnowledge.ontology, catalog: testKnowledge.catalog, stoplist: ["加氫站", "巴士站"])
        let extraction = knowledge.extractor.extract(TextRepair.repair("設施包括生產車間、加氫站和車輛。新田站、深圳巴士站及古洞站"))
        #expect(unknown(extraction, "加氫站") == nil)
        #expect(unknown(extraction, "新田站")?.type == EntityType(.place))
        // A longer name may hold a stop phrase (looking inside it for nested names must skip the phrase).
        #expect(unknown(extraction, "深圳巴士站")?.type == EntityType(.place))
    }

    @Test func englishBodiesJoinedByAndTheAreTwoNames() throws {
        let extraction = extract("Officials of the HKMA and the Saudi Central Bank met in Hong Kong.")
        let bank = try #require(unknown(extraction, "Saudi Central Bank"))
        #expect(bank.type == EntityType(.organization, "Bank"))
        #expect(!extraction.entities.contains { $0.mentions.contains { $0.text.contains(" and ") } })
    }

    @Test func englishHeadNamedAfterOf() throws {
        let extraction = extract("She met a delegation from the Saudi Arabian Ministry of Investment yesterday at the Bank of China Tower.")
        let ministry = try #require(unknown(extraction, "Saudi Arabian Ministry of Investment"))
        #expect(ministry.type == EntityType(.organization, "GovernmentBody"))
        // A building named after a bank is not the bank.
        #expect(!extraction.entities.contains { $0.mentions.contains { $0.text.hasPrefix("Bank of China") } })
    }

    @Test func organisationNamedForWhatItDevelops() throws {
        // 發展 is a verb before a name (推動發展…) but part of it right before the head.
        let extraction = extract("政府成立深圳發展委員會，由陳大文擔任主席。")
        let committee = try #require(unknown(extraction, "深圳發展委員會"))
        #expect(committee.type.core == .organization)
        #expect(extraction.entity("ent:shenzhen") == nil)
    }

    @Test func bodyNamedAtTheEndOfACatalogNameIsNotNested() throws {
        let rows = testCatalogRows + [["trade-development-council", "Organization/StatutoryBody", "香港貿易發展局", "", "Hong Kong Trade Development Council", "", ""]]
        let knowledge = try Knowledge.load(from: try temporaryOntology(rows: rows))
        let extraction = knowledge.extractor.extract(TextRepair.repair("香港貿易發展局主席陳大文表示，出口回穩。"))
        #expect(extraction.entity("ent:trade-development-council") != nil)
        #expect(extraction.entity("ent:development-bureau") == nil)
    }

    @Test func companyNameWithItsLegalForm() throws {
        let extraction = extract("星河科技股份有限公司今日上市，星河科技雲計算有限公司及數碼港出席。")
        // Only the legal form added: the company itself.
        #expect(extraction.entity("ent:xinghe-technology")?.mentions.first?.text == "星河科技股份有限公司")
        // A business added: a company of its own.
        #expect(unknown(extraction, "星河科技雲計算有限公司")?.type == EntityType(.organization, "Company"))
        // A branch is a body of its own, of the parent's kind.
        #expect(unknown(extract("星河科技深圳分公司今日開業。"), "星河科技深圳分公司")?.type == EntityType(.organization, "Company"))
        // 及 after a known name joins two names.
        let listed = extract("數碼港及星河科技雲計算有限公司")
        #expect(!listed.entities.contains { $0.mentions.contains { $0.text.hasPrefix("及") } })
    }

    @Test func englishBodyAfterATitleOf() throws {
        let extraction = extract("He met with the Director of the Shenzhen Municipal Bureau of Justice, Mr Jiang Hua, on Monday.")
        let bureau = try #require(unknown(extraction, "Shenzhen Municipal Bureau of Justice"))
        #expect(bureau.type == EntityType(.organization, "GovernmentBody"))
        #expect(!extraction.entities.contains { $0.mentions.contains { $0.text.hasPrefix("Director") } })
    }

    @Test func givenNameOpeningWithACommonCharacter() throws {
        let person = try #require(unknown(extract("發展局總裁劉會平今日表示，出口回穩。"), "劉會平"))
        #expect(person.type == EntityType(.person))
        // 會見 is a verb here: the name would run on into the sentence.
        #expect(extract("局長李會見外賓。").entities.allSatisfy { $0.type.core != .person })
    }

    @Test func foreignCountryBeforeAGenericBodyName() throws {
        let rows = testCatalogRows + [
            ["thailand", "Place/Country", "泰國", "", "Thailand", "", ""],
            ["ministry-of-commerce", "Organization/GovernmentBody", "商務部", "", "Ministry of Commerce", "", ""],
        ]
        let knowledge = try Knowledge.load(from: try temporaryOntology(rows: rows))
        let thai = knowledge.extractor.extract(TextRepair.repair("他會與泰國商務部部長會面。"))
        #expect(unknown(thai, "泰國商務部")?.type.core == .organization)
        #expect(thai.entity("ent:ministry-of-commerce") == nil)
        // Without a foreign country the catalog's body stays.
        let home = knowledge.extractor.extract(TextRepair.repair("他會與商務部部長會面。"))
        #expect(home.entity("ent:ministry-of-commerce") != nil)
    }

    @Test func quotedItemsOfAListShareTheKnownKind() throws {
        let extraction = extract("中心推出「港文通」、「港會通」及「港話通」三款應用。")
        #expect(unknown(extraction, "港文通")?.type == EntityType(.product))
        #expect(unknown(extraction, "港會通")?.type == EntityType(.product))
        // Items of mixed known kinds say nothing about the others.
        let mixed = extract("計劃涵蓋「深圳」、「港話通」及「港會通」。")
        #expect(unknown(mixed, "港會通") == nil)
    }

    @Test func hyphenatedTitlesAreTitles() throws {
        let extraction = extract("Also present was the Australian Consul-General in Hong Kong, Ms Jane Duke.")
        #expect(!extraction.entities.contains { $0.mentions.contains { $0.text.contains("Consul") } })
        #expect(unknown(extraction, "Jane Duke")?.type == EntityType(.person))
        #expect(unknown(extract("Attorney-General Mary Wong will visit Shenzhen."), "Mary Wong")?.type == EntityType(.person))
    }

    @Test func partyCommitteeOfAPlace() throws {
        let rows = testCatalogRows + [["nanshan", "Place/District", "南山區", "", "Nanshan District", "", ""]]
        let knowledge = try Knowledge.load(from: try temporaryOntology(rows: rows))
        let extraction = knowledge.extractor.extract(TextRepair.repair("南山區委書記陳大文表示，將推動深港合作。"))
        #expect(unknown(extraction, "南山區委")?.type == EntityType(.organization, "PartyBody"))
        #expect(extraction.relations.contains { $0.predicate == "holdsPositionIn" && extraction.name($0.subject) == "陳大文" && extraction.name($0.object) == "南山區委" })
        // 委 without a party post after it is not a committee (南山區委託…).
        #expect(unknown(knowledge.extractor.extract(TextRepair.repair("南山區委託顧問研究。")), "南山區委") == nil)
    }

    @Test func lessCommonSurnames() {
        #expect(unknown(extract("校長倪大明今日表示，學校擴建。"), "倪大明")?.type == EntityType(.person))
    }

    @Test func englishBillIsAPolicy() {
        #expect(unknown(extract("The Legislative Council passed the Stablecoins Bill yesterday."), "Stablecoins Bill")?.type == EntityType(.policy))
    }
}
