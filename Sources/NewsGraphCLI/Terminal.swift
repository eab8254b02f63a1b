import NewsGraphText
import Foundation
import NewsGraphRDF
import NewsGraphSPARQL

/// The terminal's width: `COLUMNS` when set to a number, else 80.
enum Terminal {
    static var width: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value >= 20 { return value }
        return 80
    }

    /// `text` broken into lines of at most `width` display columns (wide characters count two).
    /// Latin text breaks at spaces; Chinese between characters, but never before closing
    /// punctuation (，。」) or after opening punctuation (「“), and a `[bracketed]` run stays
    /// whole when it fits. Each line after the first starts with `indent`.
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        let limit = max(2, width - DisplayWidth.of(indent))
        var lines: [String] = []
        var line = "", lineWidth = 0
        for token in tokens(text) {
            let gap = line.isEmpty ? 0 : token.spaces
            if lineWidth + gap + token.width > limit && !line.isEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if !line.isEmpty { line += String(repeating: " ", count: gap); lineWidth += gap }
            // A token longer than a line is cut into pieces that fit.
            for scalar in token.text.unicodeScalars {
                let w = DisplayWidth.of(scalar)
                if lineWidth + w > limit && !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.unicodeScalars.append(scalar)
                lineWidth += w
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n" + indent)
    }

    static let closing: Set<Unicode.Scalar> = Set("，。、；：！？」』）》〉】〕”’…,.;:!?)]".unicodeScalars)
    static let opening: Set<Unicode.Scalar> = Set("「『（《〈【〔“‘([".unicodeScalars)

    /// The units lines may break between.
    static func tokens(_ text: String) -> [(text: String, width: Int, spaces: Int)] {
        var tokens: [(text: String, width: Int, spaces: Int)] = []
        var current = "", width = 0, spaces = 0, inBracket = false
        var last: Unicode.Scalar?
        func finish() {
            if !current.isEmpty {
                tokens.append((current, width, spaces))
                spaces = 0
            }
            current = ""
            width = 0
        }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == " " && !inBracket {
                finish()
                spaces += 1
                last = scalar
                continue
            }
            let w = DisplayWidth.of(scalar)
            let wide = w == 2
            let lastWide = last.map { DisplayWidth.of($0) == 2 } ?? false
            // A break is allowed between two Chinese characters, and between Chinese and Latin.
            let breakable = !current.isEmpty && !inBracket && (wide || lastWide)
                && !closing.contains(scalar) && !(last.map(opening.contains) ?? false)
            if breakable { finish() }
            current.unicodeScalars.append(scalar)
            width += w
            // A short bracketed run (a role such as [行政長官]) is kept together.
            if scalar == "[" { inBracket = scalars[(index + 1)...].prefix(24).contains("]") }
            if scalar == "]" { inBracket = false }
            last = scalar
        }
        finish()
        return tokens
    }

    /// `text` cut to at most `width` display columns, ending in "…" when cut.
    static func fit(_ text: String, _ width: Int) -> String { DisplayWidth.fit(text, width) }

    /// Namespaces shown as prefixed names in tables.
    static let prefixes: [String: String] = [
        Vocabulary.kg: "kg",
        Vocabulary.defaultBase + "entity/": "ent",
        Vocabulary.defaultBase + "document/": "doc",
        Vocabulary.defaultBase + "relation/": "rel",
        Vocabulary.rdf: "rdf",
        Vocabulary.rdfs: "rdfs",
        Vocabulary.skos: "skos",
        Vocabulary.prov: "prov",
        Vocabulary.xsd: "xsd",
        Vocabulary.owl: "owl",
    ]
}

