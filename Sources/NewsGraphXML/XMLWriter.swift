#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming XML writer.
///
/// File output goes to a temporary file beside the target; `finish()` ends the document and
/// renames it into place, so a reader never sees a half-written file. Without `finish()` (an
/// error, `cancel()`, or the writer going away) the temporary file is removed.
///
/// Every string is sanitised (`XMLCharacters`: characters outside XML 1.0 become U+FFFD) and
/// escaped in one pass over its UTF-8 bytes, every element and attribute name is checked to be a
/// QName, and output is buffered and written in large blocks. The first version drove libxml2's
/// xmlTextWriter; for 1M triples of RDF/XML its per-call allocations, list bookkeeping and second
/// escaping pass cost about 0.6 s of CPU, more than everything else together, so serialisation
/// moved into `XMLSerializer`. Output is byte-identical to the libxml2 version for element-only
/// documents (GraphML, RDF/XML); in mixed content no indentation is inserted into the text.
///
/// For exports of millions of elements there are calls that write the same bytes with less work
/// per element: `XMLName` (a name checked once), `XMLLeafTag` and `leaf` / `leafIfPlain` (a
/// whole `<data key="...">text</data>`), `element` (a childless element with one attribute),
/// attribute values from a UTF-8 offset, and `XMLFragment`s made on other threads and appended
/// in order. Tests hold each to the bytes of the general calls.
public final class XMLWriter {
    /// The target file, or "<memory>" for `toString`.
    public let path: String
    var serializer: XMLSerializer
    private var tempPath: String?

    /// Starts writing `path` (through a temporary file in the same directory).
    public init(path: String, indent: Bool = true) throws {
        self.path = path
        var template = Array((path + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw XMLError.io(path: path, message: "cannot create a temporary file beside it (\(String(cString: strerror(errno))))")
        }
        tempPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // mkstemp creates 0600; an export is an ordinary readable file.
        _ = fchmod(descriptor, 0o644)
        serializer = XMLSerializer(fd: descriptor, indent: indent, path: path)
    }

    private init(memoryIndent indent: Bool) {
        path = "<memory>"
        serializer = XMLSerializer(fd: -1, indent: indent, path: path)
    }

    /// Writes a small document in memory and returns it. `body` should call `startDocument()` first.
    public static func toString(indent: Bool = true, _ body: (XMLWriter) throws -> Void) throws -> String {
        let w = XMLWriter(memoryIndent: indent)
        try body(w)
        try w.serializer.endDocument()
        w.serializer.finished = true
        return String(decoding: w.serializer.out, as: UTF8.self)
    }

    deinit { cleanUp() }

    /// `<?xml version="1.0" encoding="UTF-8"?>`.
    public func startDocument() throws { try serializer.startDocument() }

    public func startElement(_ qname: String) throws { try serializer.startElement(qname) }

    /// An attribute on the element just started (before any content).
    public func attribute(_ qname: String, _ value: String) throws { try serializer.attribute(qname, value) }

    /// `xmlns="uri"` (prefix nil) or `xmlns:prefix="uri"` on the element just started.
    public func namespace(prefix: String?, uri: String) throws {
        if let prefix {
            guard XMLNames.isNCName(prefix) else { throw XMLError.invalidName(path: path, name: prefix) }
            try serializer.attribute("xmlns:" + prefix, uri)
        } else {
            try serializer.attribute("xmlns", uri)
        }
    }

    /// `startElement` with a name checked once, when it was made.
    public func startElement(_ name: XMLName) throws { try serializer.startElement(name) }

    public func attribute(_ name: XMLName, _ value: String) throws { try serializer.attribute(name, value) }

    /// An attribute whose value is the end of `value`, from UTF-8 offset `offset` (a character
    /// boundary) on: a writer that shortens IRIs against a base skips making the shorter string.
    public func attribute(_ name: XMLName, _ value: String, fromUTF8Offset offset: Int) throws {
        try serializer.attribute(name, value, fromUTF8Offset: offset)
    }

    /// A whole element without child elements: `<name attribute="value">text</name>`, or
    /// `<name attribute="value"/>` when `text` is nil, without an attribute when `attribute` is
    /// nil; the value is taken from UTF-8 offset `offset` on (see `attribute(_:_:fromUTF8Offset:)`).
    /// The same bytes as `startElement`, `attribute`, `text` and `endElement`, in one call.
    public func element(_ name: XMLName, attribute: XMLName?, value: String, fromUTF8Offset offset: Int = 0, text: String?) throws {
        try serializer.element(name, attribute, value, fromUTF8Offset: offset, text: text)
    }

    /// A whole leaf element, `<element attribute="value">text</element>`: the same bytes as
    /// `startElement`, `attribute`, `text(text)` and `endElement`, in one call.
    public func leaf(_ tag: XMLLeafTag, _ text: String) throws { try serializer.leaf(tag, text) }

    /// `leaf(tag, text)` when every character of `text` is `XMLCharacters.isPlain` (what an
    /// exporter's own cleaning would leave as it is), checked while escaping; otherwise writes
    /// nothing and returns false, and the caller cleans the text and calls `leaf`.
    public func leafIfPlain(_ tag: XMLLeafTag, _ text: String) throws -> Bool { try serializer.leafIfPlain(tag, text) }

    /// A leaf element whose text is `String(value)`, written without making the string.
    public func leaf(_ tag: XMLLeafTag, _ value: Int) throws { try serializer.leaf(tag, value) }

    /// Character data; `<`, `&`, `>`, `"` and CR are escaped (as libxml2's writer does).
    public func text(_ s: String) throws { try serializer.text(s) }

    public func endElement() throws { try serializer.endElement() }

    /// `<!--s-->`; "--" (illegal inside a comment) becomes "- -".
    public func comment(_ s: String) throws { try serializer.comment(s) }

    /// Ends the document (closing open elements), writes it out, and renames the file into place.
    /// There is no fsync: the rename is atomic for readers, and an export can be made again after
    /// a crash (flushing 70 MB to disk would double the wall time of a large export).
    public func finish() throws {
        guard let temp = tempPath else {
            throw XMLError.misuse(path: path, message: serializer.fd < 0 && !serializer.finished
                                  ? "finish() on an in-memory writer" : "the writer is already finished or cancelled")
        }
        do {
            try serializer.endDocument()
            try serializer.flush()
        } catch {
            cleanUp()
            throw error
        }
        close(serializer.fd)
        serializer.fd = -1
        serializer.finished = true
        if rename(temp, path) != 0 {
            let message = "cannot rename \(temp) into place (\(String(cString: strerror(errno))))"
            cleanUp()
            throw XMLError.io(path: path, message: message)
        }
        tempPath = nil
    }

    /// Abandons the document and removes the temporary file; the target is left untouched.
    public func cancel() { cleanUp() }

    private func cleanUp() {
        if serializer.fd >= 0 { close(serializer.fd); serializer.fd = -1 }
        if let temp = tempPath { unlink(temp); tempPath = nil }
        serializer.finished = true
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation in this module).
    func replacingAll(_ target: String, with replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
