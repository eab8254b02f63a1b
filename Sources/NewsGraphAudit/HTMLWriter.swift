import NewsGraphXML

/// Writes XHTML through `XMLWriter` (the one place that escapes XML), so the page is well-formed
/// XML and reads the same as HTML: every non-void element is closed explicitly (an empty `<td/>`
/// would read as an open tag in an HTML parser), and style text avoids `<`, `>`, `&` and `"`,
/// which the writer escapes and HTML does not unescape inside `<style>`.
///
/// The writer runs without indentation: libxml2 indents mixed content too, which would put
/// spaces into Chinese sentences around a `<mark>`. Line breaks go after block elements instead.
struct HTMLWriter {
    let xml: XMLWriter

    /// `<name attr...>text</name>`; an empty text still closes the tag explicitly.
    func element(_ name: String, _ attributes: [(String, String)] = [], _ text: String) throws {
        try open(name, attributes)
        try xml.text(text)
        try xml.endElement()
        if Self.blocks.contains(name) { try newline() }
    }

    static let blocks: Set<String> = ["h1", "h2", "h3", "p", "pre", "caption", "title", "style", "summary"]

    /// A line break between elements, for people reading the source.
    func newline() throws { try xml.text("\n") }

    func open(_ name: String, _ attributes: [(String, String)] = []) throws {
        try xml.startElement(name)
        for (key, value) in attributes { try xml.attribute(key, value) }
    }

    func close() throws { try xml.endElement() }

    /// `<name attr.../>`: only for HTML void elements (`meta`, `br`) and inside SVG.
    func empty(_ name: String, _ attributes: [(String, String)] = []) throws {
        try open(name, attributes)
        try xml.endElement()
    }

    func text(_ text: String) throws { try xml.text(text) }

    /// A table: header cells, then rows; columns listed in `numeric` are right-aligned.
    func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = [], caption: String? = nil) throws {
        try open("table")
        if let caption { try element("caption", [], caption) }
        try open("thead")
        try open("tr")
        for (k, header) in headers.enumerated() { try element("th", numeric.contains(k) ? [("class", "n")] : [], header) }
        try close()
        try close()
        try newline()
        try open("tbody")
        for row in rows {
            try open("tr")
            for (k, cell) in row.enumerated() { try element("td", numeric.contains(k) ? [("class", "n")] : [], cell) }
            try close()
            try newline()
        }
        try close()
        try close()
        try newline()
    }

    /// `sentence` with `start..<end` (scalar offsets) wrapped in `<mark>`.
    func marked(_ sentence: String, start: Int, end: Int) throws {
        let scalars = Array(sentence.unicodeScalars)
        let a = max(0, min(start, scalars.count)), b = max(a, min(end, scalars.count))
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        try open("span", [("class", "snippet")])
        if a > 0 { try xml.text(text(0..<a)) }
        try element("mark", [], text(a..<b))
        if b < scalars.count { try xml.text(text(b..<scalars.count)) }
        try close()
    }
}
