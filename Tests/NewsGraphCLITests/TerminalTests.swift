import Foundation
import Testing
@testable import NewsGraphCLI

/// Wrapping for the terminal: lines fit by display width, Latin words stay whole, Chinese breaks
/// between characters but not before closing punctuation, and nothing is lost.
@Suite struct TerminalTests {
    static let texts = [
        "The Chief Executive, Mr John Lee, and the Governor of Guangdong Province, Mr Wang Weizhong, co-chaired the Hong Kong/Guangdong Co-operation Joint Conference in Guangzhou yesterday.",
        "李家超会后表示，报告为香港指明了方向，特区政府会积极对接国家所需，发挥香港所长，巩固提升国际金融、航运和贸易中心地位。",
        "John Lee Ka-chiu —holdsPositionIn→ Government of the Hong Kong Special Administrative Region  [行政長官]",
        "DeepSeek 與數碼港合作，在「粵港澳大灣區」設立研發中心。Tests/Fixtures/corpus/zh-hant-01-secretary-visit.txt  0–25",
        "Averyveryveryveryverylongwordthatcannotfitonanylineatallwhateverthewidth and more",
    ]

    @Test(arguments: [12, 20, 33, 47, 80])
    func linesFitAndKeepTheText(width: Int) {
        for text in Self.texts {
            let indent = "   "
            let lines = Terminal.wrap(text, width: width, indent: indent).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() {
                #expect(terminalWidth(line) <= width, "\(width): \(line)")
                let body = number == 0 ? line : String(line.dropFirst(indent.count))
                #expect(!body.hasPrefix(" "))
                if let first = body.unicodeScalars.first, number > 0 {
                    #expect(!"，。、；：！？」』）》”".unicodeScalars.contains(first), "line starts with closing punctuation: \(body)")
                }
            }
            let joined = lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst(indent.count)) }.joined()
            #expect(joined.filter { $0 != " " } == text.filter { $0 != " " })
        }
    }

    @Test func wordsAndBracketsStayWhole() {
        let lines = Terminal.wrap(Self.texts[2], width: 80, indent: "").components(separatedBy: "\n")
        #expect(lines == ["John Lee Ka-chiu —holdsPositionIn→ Government of the Hong Kong Special", "Administrative Region  [行政長官]"])
        let english = Terminal.wrap(Self.texts[0], width: 40, indent: "")
        for word in Self.texts[0].split(separator: " ") {
            #expect(english.contains(word))
        }
        #expect(Terminal.wrap("a  b", width: 80, indent: "") == "a  b")
    }
}
