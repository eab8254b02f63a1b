import Testing
import NewsGraphText

struct ScriptFoldingTests {
    @Test(arguments: [
        ("臺", "台"), ("裏", "裡"), ("綫", "線"), ("着", "著"), ("峯", "峰"),
        ("數碼港", "数码港"), ("臺灣", "台湾"), ("香港特區政府", "香港特区政府"),
        ("滙豐銀行", "匯豐銀行"), ("滙豐", "汇丰"), ("美術舘", "美術館"),
    ])
    func variantsAndScriptsFoldTogether(_ pair: (String, String)) {
        #expect(ScriptFolding.folded(pair.0) == ScriptFolding.folded(pair.1))
    }

    @Test func latinIsLowerCasedAndFullWidthIsASCII() {
        #expect(ScriptFolding.folded("HarbourLink") == "harbourlink")
        #expect(ScriptFolding.folded("ＦＳＤＣ２０２５") == "fsdc2025")
        #expect(ScriptFolding.folded("Ｈｏｎｇ　Ｋｏｎｇ") == "hong kong")
    }

    @Test func foldingIsOneScalarForOne() {
        let text = "香港特別行政區ＡＢＣ Road 峯"
        #expect(ScriptFolding.fold(text).count == text.unicodeScalars.count)
    }

    @Test func differentNamesStayDifferent() {
        #expect(ScriptFolding.folded("香港") != ScriptFolding.folded("澳門"))
        #expect(ScriptFolding.folded("Lee") != ScriptFolding.folded("Li"))
    }

    @Test func scalarsOutsideTheBMPAreKept() {
        #expect(ScriptFolding.fold(UInt32(0x20000)) == 0x20000)
    }
}
