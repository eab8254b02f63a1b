import Foundation
import Testing
import NewsGraphExtraction
import NewsGraphOntology
import NewsGraphText

/// Rules that read more than one sentence or more than one name: appointments, events held in a
/// place, Hong Kong offices by title, credits, names in parentheses, shared names decided by
/// context, year families, the stop list, English bylines, joint hosts. Sentences written for
/// the purpose, each with a case where the rule must not fire.
struct ContextRuleTests {
    static let rows: [[String]] = testCatalogRows + [
        ["macao", "Place/Region", "澳門", "", "Macao", "", ""],
        ["china", "Place/Country", "中國", "", "China", "", ""],
        ["macao-sar-government", "Organization/GovernmentBody", "澳門特區政府", "", "Macao SAR Government", "特區政府", "locatedIn:macao"],
        ["xinhua-news-agency", "Organization/MediaOutlet", "新華社", "", "Xinhua News Agency", "Xinhua", ""],
        ["hong-kong-budget-2025-26", "Policy/Budget", "2025-26財政預算案", "", "2025-26 Budget", "", "issuedBy:hksar-government"],
        ["hong-kong-policy-address", "Policy/Report", "施政報告", "", "Policy Address", "", ""],
        ["hong-kong-policy-address-2024", "Policy/Report", "2024年施政報告", "", "2024 Policy Address", "", ""],
        ["hong-kong-policy-address-2025", "Policy/Report", "2025年施政報告", "", "2025 Policy Address", "", ""],
    ]

    static let knowledge: Knowledge = {
        do {
            let directory = try temporaryOntology(rows: rows)
            let ambiguous = "#newsgraph-ambiguous v1\nalias\tprefer\treason\n特區政府\thksar-government\tHong Kong's unless the document is about Macao\n"
            try Data(ambiguous.utf8).write(to: directory.appendingPathComponent("catalog/ambiguous.tsv"))
            try Data("中國式現代化\n".utf8).write(to: directory.appendingPathComponent("catalog/stoplist.txt"))
            return try Knowledge.load(from: directory)
        } catch { fatalError("context test catalog does not load: \(error)") }
    }()

    func extract(_ text: String) -> DocumentExtraction { Self.knowledge.extractor.extract(TextRepair.repair(text)) }

    func relations(_ text: String) -> [String] {
        let e = extract(text)
        return e.relations.map { "\(e.name($0.subject)) \($0.predicate) \(e.name($0.object)) [\($0.rule)]" }
    }

    @Test func appointmentToPostsNamedAfterTheVerb() {
        let found = relations("金大明表示，他將於明年成為星河科技主席，並出任立法會議員。")
        #expect(found.contains("金大明 holdsPositionIn ent:xinghe-technology [appointment]"))
        #expect(found.contains("金大明 memberOf ent:legislative-council [appointment]"))
        // No verb of taking up a post: no appointment.
        #expect(!relations("金大明表示，星河科技今年業績理想。").contains { $0.contains("[appointment]") })
    }

    @Test func eventHeldInAPlace() {
        #expect(relations("李家超今日在深圳出席第二屆智慧城市會議。").contains("第二屆智慧城市會議 locatedIn ent:shenzhen [event-held-in]"))
        #expect(!relations("深圳代表團出席第二屆智慧城市會議。").contains { $0.contains("locatedIn") })
    }

    @Test func hongKongOfficeByTitle() {
        #expect(relations("財政司司長陳大文表示，香港經濟穩步復蘇。").contains("陳大文 holdsPositionIn ent:hong-kong [hong-kong-office]"))
        #expect(relations("Secretary for Justice Paul Lam said Hong Kong would review the law.").contains("Paul Lam holdsPositionIn ent:hong-kong [hong-kong-office]"))
        // Without Hong Kong named in the document there is nothing to hold a post in.
        #expect(!relations("財政司司長陳大文表示，經濟穩步復蘇。").contains { $0.contains("hong-kong-office") })
    }

    @Test func photoCreditMakesAMember() {
        #expect(relations("Guests attend the ceremony. (Xinhua/Chen Duo)").contains("Chen Duo memberOf ent:xinhua-news-agency [credit]"))
        #expect(!relations("Chen Duo said Xinhua reported it.").contains { $0.contains("[credit]") })
    }

    @Test func nameInParenthesesInTheOtherScript() throws {
        let e = extract("HarbourLink AI Limited (海港智聯科技有限公司) opened a centre.")
        let entity = try #require(e.entity(mentioned: "HarbourLink AI Limited"))
        #expect(entity.mentions.map(\.text) == ["HarbourLink AI Limited", "海港智聯科技有限公司"])
        // A date or code in parentheses is no name.
        #expect(extract("星河科技 (2024) 公布業績。").entities.allSatisfy { $0.mentions.allSatisfy { $0.text != "2024" } })
    }

    @Test func sharedNameDecidedByTheDocument() {
        let macao = extract("澳門經濟向好。特區政府將推出新措施，澳門居民受惠。")
        #expect(macao.entity(mentioned: "特區政府")?.id == "ent:macao-sar-government")
        let hongKong = extract("香港經濟向好。特區政府將推出新措施。")
        #expect(hongKong.entity(mentioned: "特區政府")?.id == "ent:hksar-government")
    }

    @Test func bareTitleTakesTheYearOfTheDocument() {
        #expect(extract("2025年3月，新一份財政預算案公布。").entity(mentioned: "財政預算案")?.id == "ent:hong-kong-budget-2025-26")
        #expect(extract("2025年，行政長官回顧去年的施政報告。").entity(mentioned: "施政報告")?.id == "ent:hong-kong-policy-address-2024")
        // A year-specific name elsewhere in the document wins.
        #expect(extract("2025年施政報告公布。施政報告提出多項措施。").entities.filter { $0.id.hasPrefix("ent:hong-kong-policy-address") }.map(\.id) == ["ent:hong-kong-policy-address-2025"])
        // No year in the text: the family head.
        #expect(extract("施政報告提出多項措施。").entity(mentioned: "施政報告")?.id == "ent:hong-kong-policy-address")
    }

    @Test func stopListPhraseHidesTheNameInside() {
        #expect(extract("中國式現代化邁出新步伐。").entities.isEmpty)
        #expect(extract("中國經濟向好。").entity(mentioned: "中國")?.id == "ent:china")
    }

    @Test func englishByline() {
        #expect(relations("HarbourLink opened a centre.\n\nBy Cheung Man-yi").contains("Cheung Man-yi authorOf doc [byline]"))
        #expect(!relations("The centre was opened by Cheung Man-yi yesterday.").contains { $0.contains("authorOf") })
    }

    @Test func jointHostsBothAttend() {
        let found = relations("李家超與副主席王大偉共同主持第二屆智慧城市會議。")
        #expect(found.contains("ent:john-lee-ka-chiu attended 第二屆智慧城市會議 [attend-verb]"))
        #expect(found.contains("王大偉 attended 第二屆智慧城市會議 [attend-verb]"))
    }

    @Test func cooperationAfterAShortLead() {
        #expect(relations("特區政府會繼續與深圳緊密合作。").contains("ent:hksar-government cooperatesWith ent:shenzhen [cooperation]"))
        #expect(!relations("特區政府表示，深圳經濟發展迅速。").contains { $0.contains("cooperatesWith") })
    }
}

extension ContextRuleTests {
    @Test func englishOrganisationNamedHeadFirst() throws {
        let e = extract("He said the Government would set up a new Committee on Development of the Gold Trading Market this year.")
        let committee = try #require(e.entity(mentioned: "Committee on Development of the Gold Trading Market"))
        #expect(committee.type.core == .organization)
        // A head word alone, or one followed by lower-case words, names nothing.
        #expect(extract("The committee of experts met on Monday.").entities.isEmpty)
    }
}

extension ContextRuleTests {
    @Test func unitNamedAfterItsBody() throws {
        let e = extract("立法會財經事務委員會昨日討論條例草案。")
        let panel = try #require(e.entity(mentioned: "財經事務委員會"))
        #expect(e.relations.contains { $0.subject == panel.id && $0.predicate == "partOf" && $0.object == "ent:legislative-council" })
        // A legislature named after a party is no unit of it.
        let members = extract("民建聯立法會議員陳大文表示支持。")
        #expect(!members.relations.contains { $0.subject == "ent:legislative-council" && $0.predicate == "partOf" })
    }

    @Test func reporterCreditMakesTheAuthor() {
        #expect(relations("政府公布新措施。（記者 李嘉欣）").contains("李嘉欣 authorOf doc [reporter-credit]"))
        #expect(!relations("記者李嘉欣昨日出席記者會並提問。").contains { $0.contains("authorOf") })
    }
}
