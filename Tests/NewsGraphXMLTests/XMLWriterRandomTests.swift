import Testing
@testable import NewsGraphXML

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct XMLWriterRandomTests {
    /// Scalars that stress escaping and sanitising: markup, whitespace, controls, non-characters, CJK, astral.
    static let palette: [UInt32] = [0x0, 0x1, 0x9, 0xA, 0xB, 0xD, 0x1F, 0x20, 0x22, 0x26, 0x27, 0x3C, 0x3E, 0x5D,
                                    0x41, 0x7F, 0x85, 0xA0, 0x2028, 0x4E2D, 0xD7FF, 0xE000, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600, 0x10FFFF]

    static func randomString(_ rng: inout SeededRandom) -> String {
        var s = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
            s.append(Unicode.Scalar(palette.randomElement(using: &rng)!)!)
        }
        return String(s)
    }

    @Test(arguments: [true, false])
    func randomTextAndAttributesRoundTrip(indent: Bool) throws {
        var rng = SeededRandom(state: indent ? 1 : 2)
        let values = (0..<500).map { _ in Self.randomString(&rng) }
        let xml = try XMLWriter.toString(indent: indent) { w in
            try w.startDocument()
            try w.startElement("root")
            for value in values {
                try w.startElement("v")
                try w.attribute("a", value)
                try w.text(value)
                try w.endElement()
            }
        }
        let root = try parseXML(bytes: Array(xml.utf8), path: "random.xml")
        let elements = root.elementChildren
        #expect(elements.count == values.count)
        for (element, value) in zip(elements, values) {
            let expected = XMLCharacters.sanitized(value)
            #expect(element.textContent == expected)
            // Attribute values are normalised by parsers, except for characters written as references.
            #expect(element.attribute(nil, "a") == expected)
        }
    }
}
