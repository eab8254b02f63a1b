import Foundation
import Testing
@testable import NewsGraphXML

@Suite struct XMLWriterTests {
    @Test func writesAndReadsBack() throws {
        let xml = try XMLWriter.toString { w in
            try w.startDocument()
            try w.startElement("ex:root")
            try w.namespace(prefix: "ex", uri: "http://example.org/ns#")
            try w.namespace(prefix: nil, uri: "http://example.org/default")
            try w.attribute("ex:a", "x < y & \"z\"\n\ttab")
            try w.startElement("child")
            try w.text("1 < 2 && 3 > 2\r\n中文")
            try w.endElement()
            try w.comment("a -- b -")
            try w.endElement()
        }
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ex:root"))
        let root = try parseXML(bytes: Array(xml.utf8), path: "mem.xml")
        #expect(root.namespaceURI == "http://example.org/ns#")
        #expect(root.localName == "root")
        #expect(root.attribute("http://example.org/ns#", "a") == "x < y & \"z\"\n\ttab")
        let child = try #require(root.elementChildren.first)
        #expect(child.namespaceURI == "http://example.org/default")
        #expect(child.textContent == "1 < 2 && 3 > 2\r\n中文")
        #expect(root.children.contains(.comment("a - - b - ")))
    }

    @Test func illegalCharactersAreReplaced() throws {
        let invalidUTF8 = String(decoding: [0x61, 0xFF, 0xED, 0xA0, 0x80, 0x62] as [UInt8], as: UTF8.self)
        let hostile = ["\u{1}", "\u{C}", "\u{FFFE}", "\u{FFFF}", "a\u{0}b", invalidUTF8]
        let xml = try XMLWriter.toString { w in
            try w.startDocument()
            try w.startElement("r")
            for s in hostile {
                try w.startElement("t")
                try w.attribute("v", s)
                try w.text(s)
                try w.endElement()
            }
        }
        let root = try parseXML(bytes: Array(xml.utf8), path: "mem.xml")
        let texts = root.elementChildren.map(\.textContent)
        #expect(texts == ["\u{FFFD}", "\u{FFFD}", "\u{FFFD}", "\u{FFFD}", "a\u{FFFD}b", "a\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}b"])
        #expect(root.elementChildren.map { $0.attribute(nil, "v") ?? "" } == texts)
    }

    @Test(.enabled(if: which("xmllint") != nil, "xmllint (libxml2-utils) is not installed"))
    func xmllintAcceptsSanitisedFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("hostile.xml").path
        let w = try XMLWriter(path: path)
        try w.startDocument()
        try w.startElement("r")
        for value: UInt32 in [0x0, 0x1, 0x8, 0xB, 0xC, 0x1F, 0xFFFE, 0xFFFF] {
            let s = "x" + String(Unicode.Scalar(value)!) + "y"
            try w.startElement("t")
            try w.attribute("v", s)
            try w.text(s)
            try w.endElement()
        }
        try w.startElement("bytes")
        try w.text(String(decoding: [0xC0, 0x80, 0xED, 0xBF, 0xBF, 0xFE] as [UInt8], as: UTF8.self))
        try w.finish()
        let result = try run(which("xmllint")!, ["--noout", path])
        #expect(result.status == 0, "xmllint: \(result.output)")
    }

    @Test func finishRenamesIntoPlaceAndCancelLeavesNothing() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.xml").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)

        let w = try XMLWriter(path: path, indent: false)
        try w.startDocument()
        try w.startElement("r")
        try w.text("new")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).count == 2)
        try w.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>new</r>\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.xml"])
        #expect(throws: XMLError.misuse(path: path, message: "the writer is already finished or cancelled")) { try w.text("late") }

        let cancelled = dir.appendingPathComponent("cancelled.xml").path
        let c = try XMLWriter(path: cancelled)
        try c.startDocument()
        try c.startElement("r")
        c.cancel()
        do {
            let dropped = try XMLWriter(path: dir.appendingPathComponent("dropped.xml").path)
            try dropped.startDocument()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.xml"])
    }

    @Test func errors() throws {
        #expect(throws: XMLError.invalidName(path: "<memory>", name: "1bad")) {
            _ = try XMLWriter.toString { try $0.startElement("1bad") }
        }
        #expect(throws: XMLError.misuse(path: "<memory>", message: "endElement() without an open element")) {
            _ = try XMLWriter.toString { try $0.endElement() }
        }
        let error = #expect(throws: XMLError.self) { _ = try XMLWriter(path: "/nonexistent-dir/x.xml") }
        #expect(error?.description == "/nonexistent-dir/x.xml: error: cannot create a temporary file beside it (No such file or directory). Check that the directory exists, is writable and the disk has space.")
    }
}
