import Testing
import NewsGraphXML
@testable import NewsGraphExport

/// GraphML writes values through `XMLWriter.leafIfPlain` and cleans only the values it refuses:
/// that is `ExportText.clean` exactly when "clean" and "plain" are the same test.
@Suite struct ExportTextPlainTests {
    @Test func cleanIsPlainForEveryCharacter() {
        var samples = [Fixtures.nasty, "", "行政長官\u{1}表示", "e\u{301}tat", "état", "한국", "\u{FFFD}", "\u{FFFE}", "\u{7F}\u{A0}",
                       "ｆｕｌｌ　ｗｉｄｔｈ", "「引號」《書名》", "\u{2FF}\u{300}\u{2001}\u{2002}\u{206F}\u{2070}", "😀", "\u{F900}"]
        for value in stride(from: 0, through: 0x10FFFF, by: 97) where !(0xD800...0xDFFF).contains(value) {
            samples.append("a" + String(Unicode.Scalar(UInt32(value))!) + "b")
        }
        for s in samples {
            #expect(ExportText.isClean(s) == s.unicodeScalars.allSatisfy(XMLCharacters.isPlain), "\(s.debugDescription)")
        }
    }
}
