/// An element or attribute name checked once to be a QName, for writers that use the same few
/// names millions of times (a GraphML export checked "data" and "key" 6M times, 0.5 µs each).
public struct XMLName: Sendable, Hashable {
    public let string: String

    /// Throws `XMLError.invalidName` (naming `path`, the file being written) unless `qname` is a QName.
    public init(_ qname: String, path: String = "<name>") throws {
        guard XMLNames.isQName(qname) else { throw XMLError.invalidName(path: path, name: qname) }
        string = qname
    }
}

/// A leaf element with one attribute, `<element attribute="value">text</element>`, with its
/// names checked and its attribute value escaped once: `XMLWriter.leaf` then writes only the
/// text (sanitised and escaped as `text(_:)` does). GraphML's `<data key="...">` is one.
public struct XMLLeafTag: Sendable {
    /// `indentWidth` spaces, `<element attribute="value">` and then `</element>`, in one buffer:
    /// an indented start tag is one copy (the spaces the depth needs, then the tag).
    private let bytes: [UInt8]
    private let openStart: Int
    private let openCount: Int
    /// Start tags indented up to this many spaces are copied in one piece.
    static let indentWidth = 32

    public init(_ element: XMLName, _ attribute: XMLName, _ value: String) {
        var open = [UInt8](repeating: 0x20, count: Self.indentWidth)
        open.append(UInt8(ascii: "<"))
        XMLEscaping.append(element.string, into: &open)
        open.append(0x20)
        XMLEscaping.append(attribute.string, into: &open)
        open.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
        XMLEscaping.appendEscaped(value, attribute: true, into: &open)
        open.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ">")])
        openStart = Self.indentWidth
        openCount = open.count - openStart
        open.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
        XMLEscaping.append(element.string, into: &open)
        open.append(UInt8(ascii: ">"))
        bytes = open
    }

    /// The start tag after `spaces` spaces of indentation (`spaces <= indentWidth`).
    func appendOpen(indentedBy spaces: Int, to out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[(openStart - spaces)..<(openStart + openCount)])) }
    }

    func appendClose(to out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[(openStart + openCount)...])) }
    }
}
