import Testing
@testable import NewsGraphText

/// OCR repair of a made-up newspaper column, and the offset map back to the original.
struct TextRepairTests {
    /// A narrow column: most lines are short and stop mid-sentence, as a page scan gives them.
    static let column = [
        "政府昨日公布數碼港第三期發展",       // 發展|計劃 broken across the line end
        "計劃，預計明年首季動工，項目",       // a blank line follows inside the sentence
        "",
        "總投資額約為五十億元，將創造",
        "大量職位。",                        // sentence end + blank line: a paragraph
        "",
        "港股昨日收 盤 ， 創 新 高",          // spaced-out CJK
        "，全日成交額按日增加兩成，科技",
        "股表現最為突出，帶動大市向上",
        "Harbour-",                          // hyphenated Latin word across lines
        "Link公司表示將擴大投資。",
        "",
        "責編 林美華 美編 李文軒",            // word spaces of a credit line stay
    ].joined(separator: "\n")

    @Test func repairsAColumnLayout() {
        let repaired = TextRepair.repair(Self.column)
        #expect(repaired.text == [
            "政府昨日公布數碼港第三期發展計劃，預計明年首季動工，項目總投資額約為五十億元，將創造大量職位。",
            "",
            "港股昨日收盤，創新高，全日成交額按日增加兩成，科技股表現最為突出，帶動大市向上HarbourLink公司表示將擴大投資。",
            "",
            "責編 林美華 美編 李文軒",
        ].joined(separator: "\n"))
    }

    @Test func everyKeptScalarMapsBackToTheSameCharacter() {
        let original = Array(Self.column.unicodeScalars)
        let repaired = TextRepair.repair(Self.column)
        #expect(repaired.sourceOffsets.count == repaired.scalars.count + 1)
        #expect(repaired.sourceOffsets.last == original.count)
        for (index, scalar) in repaired.scalars.enumerated() {
            let offset = repaired.sourceOffsets[index]
            let source = original[offset]
            // Inserted separators (a paragraph break, a joining space) stand on the line break they replace.
            let inserted = (scalar == "\n" || scalar == " ") && source == "\n"
            #expect(source == scalar || inserted, "repaired[\(index)] = \(scalar) but original[\(offset)] = \(source)")
        }
        // Offsets never go backwards: spans map to spans.
        #expect(zip(repaired.sourceOffsets, repaired.sourceOffsets.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func sourceSpanOfARepairedWord() {
        let repaired = TextRepair.repair(Self.column)
        let scalars = repaired.scalars
        // 發展計劃 spans the first line break of the original.
        let needle = Array("發展計劃".unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        let span = repaired.sourceSpan(start, start + needle.count)
        let original = Array(Self.column.unicodeScalars)
        #expect(String(String.UnicodeScalarView(original[span.start..<span.end])) == "發展\n計劃")
        #expect(repaired.slice(start, start + needle.count) == "發展計劃")
    }

    @Test func prosePageKeepsItsLines() {
        // Fewer than eight lines: not a column page, so breaks stay (and English runs on with a space).
        let text = "The Secretary said the plan\nwould start next year.\n\n香港今日天晴。\n明日有雨。"
        #expect(TextRepair.repair(text).text == "The Secretary said the plan would start next year.\n\n香港今日天晴。\n明日有雨。")
    }

    @Test func hyphenatedLatinWordIsJoinedOnAnyPage() {
        #expect(TextRepair.repair("Deep-\nSeek released a model.").text == "DeepSeek released a model.")
    }

    @Test func fullWidthLatinAndDigitsAreFolded() {
        let repaired = TextRepair.repair("ＡＢＣ１２３")
        #expect(repaired.text == "ABC123")
        #expect(repaired.sourceOffsets == [0, 1, 2, 3, 4, 5, 6])
        // CJK punctuation stays as written.
        #expect(TextRepair.repair("「港股」，升１％。").text == "「港股」，升1％。")
    }

    @Test func unrepairedTextMapsToItself() {
        let text = RepairedText(unrepaired: "香港 HK")
        #expect(text.sourceOffsets == [0, 1, 2, 3, 4, 5])
        #expect(text.sourceSpan(0, 2).start == 0 && text.sourceSpan(0, 2).end == 2)
        #expect(text.sourceSpan(3, 3).start == 3 && text.sourceSpan(3, 3).end == 3)
    }
}
