import Testing
import NewsGraphExtraction
import NewsGraphText

/// Catalog names found in text: longest match, case and script folding, word boundaries.
struct CatalogMatchingTests {
    /// Checks that exactly the marked spans are mentions, of the given ids in order.
    func expectMentions(_ marked: String, _ ids: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let input = MarkedText(marked)
        let extraction = extract(input.text)
        let found = extraction.allMentions()
        #expect(found.map { "\($0.start)-\($0.end) \($0.text)" } == input.spans.map { "\($0.start)-\($0.end) \($0.text)" }, sourceLocation: sourceLocation)
        #expect(found.map(\.id) == ids, sourceLocation: sourceLocation)
        #expect(extraction.mentionsAreConsistent(), sourceLocation: sourceLocation)
    }

    @Test func longestMatchWins() {
        expectMentions("⟦香港特區政府⟧今日宣布，⟦香港⟧經濟向好。", ["ent:hksar-government", "ent:hong-kong"])
        expectMentions("⟦星河科技有限公司⟧的業績理想。", ["ent:xinghe-technology"])
        // The alias 香港數碼港管理有限公司 is longer than 香港 and 數碼港 inside it.
        expectMentions("⟦香港數碼港管理有限公司⟧今年擴建。", ["ent:cyberport"])
    }

    @Test func latinMatchesCaseInsensitivelyOnWordBoundaries() {
        expectMentions("⟦HONG KONG⟧ and ⟦Hong Kong⟧ are one place.", ["ent:hong-kong", "ent:hong-kong"])
        expectMentions("⟦Hong kong⟧ is in a headline.", ["ent:hong-kong"])
        // A Latin name starts with a capital: all lower case is running text, not the name.
        expectMentions("the hong kong way", [])
        // Not inside a longer word.
        expectMentions("Young Hong Kongers enjoy hiking.", [])
        expectMentions("The ⟦LegCo⟧ met; LegCoStats is a website.", ["ent:legislative-council"])
    }

    @Test func simplifiedTextMatchesTraditionalLabels() {
        let extraction = extract("香港特区政府与数码港昨日公布新计划。")
        #expect(extraction.entities.map(\.id) == ["ent:hksar-government", "ent:cyberport"])
        // Mentions keep the text as written.
        #expect(extraction.entity("ent:cyberport")?.mentions.map(\.text) == ["数码港"])
        #expect(extraction.entity("ent:cyberport")?.label == "Cyberport")
        #expect(extraction.entity("ent:cyberport")?.inCatalog == true)
    }

    @Test func fullWidthLatinMatches() {
        // Repair folds full-width Latin to ASCII, so the mention reads as ASCII.
        let extraction = extract("ＬｅｇＣｏ今日開會。")
        #expect(extraction.entity("ent:legislative-council")?.mentions.map(\.text) == ["LegCo"])
        #expect(extraction.entity("ent:legislative-council")?.mentions.map(\.sourceStart) == [0])
    }

    @Test func lowerCaseCommonWordIsNotAName() {
        expectMentions("The government will cut the budget for roads.", [])
        expectMentions("The Financial Secretary delivered the ⟦Budget⟧ today.", ["ent:hong-kong-budget"])
    }

    @Test func lowerCaseMultiWordAliasIsNotAName() throws {
        // The real catalog has the alias "the Budget"; "cut the budget" is not that Budget.
        var rows = testCatalogRows
        rows[rows.firstIndex { $0[0] == "hong-kong-budget" }!][5] = "Budget|the Budget"
        let knowledge = try Knowledge.load(from: try temporaryOntology(rows: rows))
        let extraction = knowledge.extractor.extract(TextRepair.repair("The government will cut the budget for roads."))
        #expect(extraction.entities.isEmpty)
        let named = knowledge.extractor.extract(TextRepair.repair("Paul Chan delivered the Budget."))
        // The lower-case "the" is not part of the name; "Budget" still is.
        #expect(named.entity("ent:hong-kong-budget")?.mentions.map(\.text) == ["Budget"])
    }

    @Test func sourceOffsetsPointIntoTheOriginal() throws {
        // A column page: the name is broken across a line and joined by repair.
        let original = "政府昨日宣布香港特區\n政府的新措施，預計明年\n首季開始推行，涉及全港\n十八區的居民，當局將會\n加強宣傳工作，讓市民了\n解詳情，並會在各區舉行\n簡介會，解答市民的疑問\n，歡迎各界人士踴躍參與\n"
        let extraction = testKnowledge.extractor.extract(TextRepair.repair(original))
        let mention = try #require(extraction.entity("ent:hksar-government")?.mentions.first)
        #expect(mention.text == "香港特區政府")
        let scalars = Array(original.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention.sourceStart..<mention.sourceEnd])) == "香港特區\n政府")
        let repaired = Array(extraction.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(repaired[mention.start..<mention.end])) == "香港特區政府")
    }

    @Test func placeAsACurrencyAdjectiveIsNotAMention() throws {
        let extraction = extract("The listing raised 35 billion Hong Kong dollars (HK$35bn) in Hong Kong, not a Hong Kong dollar-linked bond.")
        let hongKong = try #require(extraction.entity("ent:hong-kong"))
        #expect(hongKong.mentions.map(\.start) == [61])  // "in Hong Kong" only
    }
}
