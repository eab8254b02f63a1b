import Testing
@testable import NewsGraphXML

@Suite struct XMLCharactersTests {
    @Test(arguments: [0x0, 0x1, 0x8, 0xB, 0xC, 0x1F, 0xFFFE, 0xFFFF] as [UInt32])
    func illegalScalars(_ value: UInt32) {
        #expect(!XMLCharacters.isLegal(Unicode.Scalar(value)!))
        let s = "a" + String(Unicode.Scalar(value)!) + "b"
        #expect(XMLCharacters.sanitized(s) == "a\u{FFFD}b")
    }

    @Test(arguments: [0x9, 0xA, 0xD, 0x20, 0x7F, 0x85, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF] as [UInt32])
    func legalScalars(_ value: UInt32) {
        #expect(XMLCharacters.isLegal(Unicode.Scalar(value)!))
    }

    @Test func legalStringsAreReturnedUnchanged() {
        let s = "中文 text\twith\nnewlines & <markup> \u{10000}"
        #expect(XMLCharacters.isAllLegal(s))
        #expect(XMLCharacters.sanitized(s) == s)
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        // Lone surrogate (ED A0 80), truncated sequence, stray continuation byte.
        let bytes: [UInt8] = [0x61, 0xED, 0xA0, 0x80, 0x62, 0xE4, 0xB8, 0x63, 0x80]
        let s = String(decoding: bytes, as: UTF8.self)
        #expect(XMLCharacters.isAllLegal(s))
        #expect(s.unicodeScalars.allSatisfy(XMLCharacters.isLegal))
    }

    @Test func names() {
        #expect(XMLNames.isNCName("a-b.c_d1"))
        #expect(XMLNames.isNCName("名前"))
        #expect(!XMLNames.isNCName("1a"))
        #expect(!XMLNames.isNCName(""))
        #expect(!XMLNames.isNCName("a:b"))
        #expect(XMLNames.isQName("rdf:Description"))
        #expect(!XMLNames.isQName("a:b:c"))
        #expect(!XMLNames.isQName(":a"))
        #expect(!XMLNames.isQName("a:"))
    }
}
