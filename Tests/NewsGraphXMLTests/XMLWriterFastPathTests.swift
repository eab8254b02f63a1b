import Foundation
import Testing
@testable import NewsGraphXML

/// The fast calls (pre-checked names, leaf elements, fragments, offsets into attribute values)
/// must write exactly the bytes of the general calls, hostile strings included.
@Suite struct XMLWriterFastPathTests {
    static let hostile = [
        "", "plain", "A<b>&amp;\"q\" 'a' ]]>", "\u{1}\u{C}\u{0}\u{FFFE}\u{FFFF}", "\r\n\tend", "行政長官\u{1}表示",
        "🇭🇰👩‍💻 \u{200F}مرحبا\u{202E}abc\u{202C}", "e\u{301}tat \u{FFFD}", "\u{EFBF}\u{FFFD}\u{EFBE}",
        String(decoding: [0x61, 0xFF, 0xED, 0xA0, 0x80, 0x62] as [UInt8], as: UTF8.self),
    ]

    /// The children of `<r>`, through the general calls.
    static func writeGeneral(_ texts: [String], to w: XMLWriter) throws {
        for (i, text) in texts.enumerated() {
            try w.startElement("n")
            try w.attribute("id", text)
            try w.startElement("data")
            try w.attribute("key", "k<\(i % 3)>&")
            try w.text(text)
            try w.endElement()
            try w.startElement("data")
            try w.attribute("key", "count")
            try w.text(String(i - 5))
            try w.endElement()
            try w.endElement()
        }
    }

    /// The general calls for `<data key="k">text</data>` children of `<r>`.
    static func general(indent: Bool, _ texts: [String]) throws -> String {
        try XMLWriter.toString(indent: indent) { w in
            try w.startDocument()
            try w.startElement("r")
            try writeGeneral(texts, to: w)
        }
    }

    @Test(arguments: [true, false])
    func leavesAndFragmentsWriteTheGeneralBytes(indent: Bool) throws {
        let expected = try Self.general(indent: indent, Self.hostile)
        let fast = try XMLWriter.toString(indent: indent) { w in
            try w.startDocument()
            try w.startElement("r")
            let n = try XMLName("n"), id = try XMLName("id"), data = try XMLName("data"), key = try XMLName("key")
            let count = XMLLeafTag(data, key, "count")
            // Odd items through fragments (appended in order), even ones straight to the writer.
            for (i, text) in Self.hostile.enumerated() {
                let tag = XMLLeafTag(data, key, "k<\(i % 3)>&")
                if i % 2 == 1 {
                    var f = try w.fragment()
                    try f.startElement(n)
                    try f.attribute(id, text)
                    try f.leaf(tag, text)
                    try f.leaf(count, i - 5)
                    try f.endElement()
                    try w.append(&f)
                    #expect(f.byteCount == 0)
                } else {
                    try w.startElement(n)
                    try w.attribute(id, text)
                    try w.leaf(tag, text)
                    try w.leaf(count, i - 5)
                    try w.endElement()
                }
            }
        }
        #expect(fast == expected)
    }

    @Test func elementWritesTheGeneralBytes() throws {
        let expected = try XMLWriter.toString { w in
            try w.startDocument()
            try w.startElement("r")
            for text in Self.hostile {
                try w.startElement("p:a")
                try w.attribute("x:v", String(text.unicodeScalars.dropFirst()))
                try w.text(text)
                try w.endElement()
                try w.startElement("p:b")
                try w.attribute("x:v", text)
                try w.endElement()
                try w.startElement("p:c")
                try w.text(text)
                try w.endElement()
            }
        }
        let a = try XMLName("p:a"), b = try XMLName("p:b"), c = try XMLName("p:c"), v = try XMLName("x:v")
        let fast = try XMLWriter.toString { w in
            try w.startDocument()
            try w.startElement("r")
            for text in Self.hostile {
                let offset = text.unicodeScalars.first.map { String($0).utf8.count } ?? 0
                try w.element(a, attribute: v, value: text, fromUTF8Offset: offset, text: text)
                try w.element(b, attribute: v, value: text, text: nil)
                try w.element(c, attribute: nil, value: "", text: text)
            }
        }
        #expect(fast == expected)
    }

    /// Plain text is written as `leaf` writes it; other text leaves the document untouched.
    @Test func leafIfPlainWritesPlainTextOnly() throws {
        let data = try XMLName("data"), key = try XMLName("key")
        let tag = XMLLeafTag(data, key, "k")
        for text in Self.hostile + ["行政長官 <&> \"q\" \r\n\t", "état", "e\u{301}", "한국", "\u{7F}\u{A0}\u{2FF}\u{300}"] {
            let plain = text.unicodeScalars.allSatisfy(XMLCharacters.isPlain)
            let viaLeaf = try XMLWriter.toString { w in
                try w.startElement("r")
                try w.attribute("a", "b")
                if plain { try w.leaf(tag, text) }
                try w.startElement("after")
            }
            let viaPlain = try XMLWriter.toString { w in
                try w.startElement("r")
                try w.attribute("a", "b")
                #expect(try w.leafIfPlain(tag, text) == plain, "\(text.debugDescription)")
                try w.startElement("after")
            }
            #expect(viaPlain == viaLeaf, "\(text.debugDescription)")
        }
        // Refused text leaves the start tag open for attributes.
        _ = try XMLWriter.toString { w in
            try w.startElement("r")
            #expect(try w.leafIfPlain(tag, "\u{1}") == false)
            try w.attribute("still", "open")
        }
    }

    @Test func namesAreCheckedWhenMadeAndOffsetsMustBeCharacterBoundaries() throws {
        #expect(throws: XMLError.invalidName(path: "out.xml", name: "1bad")) { try XMLName("1bad", path: "out.xml") }
        #expect(throws: XMLError.self) { try XMLName("a:b:c") }
        #expect(throws: XMLError.self) {
            _ = try XMLWriter.toString { w in
                try w.startElement("r")
                try w.attribute(XMLName("v"), "中", fromUTF8Offset: 1)
            }
        }
    }

    @Test func unbalancedFragmentsAreRefused() throws {
        #expect(throws: XMLError.self) {
            _ = try XMLWriter.toString { w in
                try w.startElement("r")
                var f = try w.fragment()
                try f.startElement(XMLName("open"))
                try w.append(&f)
            }
        }
        #expect(throws: XMLError.self) {
            _ = try XMLWriter.toString { w in
                try w.startElement("r")
                var f = try w.fragment()
                try f.endElement() // would close <r>, which the fragment did not open
            }
        }
    }

    /// Before, the element written right after each 256 KB flush lost its line break.
    @Test func flushesDoNotMoveLineBreaks() throws {
        let texts = (0..<6000).map { "item \($0) " + String(repeating: "行政長官", count: $0 % 40) }
        let expected = try Self.general(indent: true, texts)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.xml").path
        let w = try XMLWriter(path: path, indent: true)
        try w.startDocument()
        try w.startElement("r")
        try Self.writeGeneral(texts, to: w)
        try w.finish()
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.utf8.count > 4 * XMLSerializer.flushThreshold)
        #expect(written == expected)
    }
}
