internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming XML writer on libxml2's `xmlTextWriter`.
///
/// File output goes to a temporary file beside the target; `finish()` ends the document, flushes
/// and renames it into place, so a reader never sees a half-written file. Without `finish()` (an
/// error, `cancel()`, or the writer going away) the temporary file is removed.
///
/// Every string is passed through `XMLCharacters.sanitized` first (see there why), and every
/// element and attribute name is checked to be a QName.
public final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    private var buffer: xmlBufferPtr?
    private var fd: Int32 = -1
    private var tempPath: String?
    /// The target file, or "<memory>" for `toString`.
    public let path: String
    private var openElements = 0
    private var finished = false

    /// Starts writing `path` (through a temporary file in the same directory).
    public init(path: String, indent: Bool = true) throws {
        self.path = path
        var template = Array((path + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw XMLError.io(path: path, message: "cannot create a temporary file beside it (\(XMLWriter.errnoText()))")
        }
        fd = descriptor
        tempPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // mkstemp creates 0600; an export is an ordinary readable file.
        _ = fchmod(descriptor, 0o644)
        guard let output = xmlOutputBufferCreateFd(descriptor, nil), let w = xmlNewTextWriter(output) else {
            cleanUp()
            throw XMLError.io(path: path, message: "libxml2 could not create a writer")
        }
        writer = w
        try configure(indent: indent)
    }

    private init(memoryIndent indent: Bool) throws {
        path = "<memory>"
        guard let buf = xmlBufferCreate() else { throw XMLError.io(path: path, message: "out of memory") }
        buffer = buf
        guard let w = xmlNewTextWriterMemory(buf, 0) else {
            xmlBufferFree(buf)
            buffer = nil
            throw XMLError.io(path: path, message: "libxml2 could not create a writer")
        }
        writer = w
        try configure(indent: indent)
    }

    /// Writes a small document in memory and returns it. `body` should call `startDocument()` first.
    public static func toString(indent: Bool = true, _ body: (XMLWriter) throws -> Void) throws -> String {
        let w = try XMLWriter(memoryIndent: indent)
        defer { w.cleanUp() }
        try body(w)
        try w.endDocument()
        xmlFreeTextWriter(w.writer)
        w.writer = nil
        guard let buf = w.buffer, let content = xmlBufferContent(buf) else { return "" }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buf)))
        return String(decoding: bytes, as: UTF8.self)
    }

    deinit { cleanUp() }

    private func configure(indent: Bool) throws {
        if indent {
            guard xmlTextWriterSetIndent(writer, 1) == 0 else { throw fail("cannot enable indentation") }
            _ = "  ".withCString { xmlTextWriterSetIndentString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        }
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`.
    public func startDocument() throws {
        let w = try active()
        guard xmlTextWriterStartDocument(w, nil, "UTF-8", nil) >= 0 else { throw fail("cannot write the XML declaration") }
    }

    public func startElement(_ qname: String) throws {
        let w = try active()
        try checkName(qname)
        let rc = qname.withCString { xmlTextWriterStartElement(w, XMLWriter.xml($0)) }
        guard rc >= 0 else { throw fail("cannot start element <\(qname)>") }
        openElements += 1
    }

    /// An attribute on the element just started (before any content).
    public func attribute(_ qname: String, _ value: String) throws {
        let w = try active()
        try checkName(qname)
        let clean = XMLCharacters.sanitized(value)
        let rc = qname.withCString { name in
            clean.withCString { xmlTextWriterWriteAttribute(w, XMLWriter.xml(name), XMLWriter.xml($0)) }
        }
        guard rc >= 0 else { throw fail("cannot write attribute \(qname)") }
    }

    /// `xmlns="uri"` (prefix nil) or `xmlns:prefix="uri"` on the element just started.
    public func namespace(prefix: String?, uri: String) throws {
        if let prefix {
            guard XMLNames.isNCName(prefix) else { throw XMLError.invalidName(path: path, name: prefix) }
            try attribute("xmlns:" + prefix, uri)
        } else {
            try attribute("xmlns", uri)
        }
    }

    /// Character data; `<`, `&` and `>` are escaped by libxml2.
    public func text(_ s: String) throws {
        let w = try active()
        let clean = XMLCharacters.sanitized(s)
        let rc = clean.withCString { xmlTextWriterWriteString(w, XMLWriter.xml($0)) }
        guard rc >= 0 else { throw fail("cannot write text") }
    }

    public func endElement() throws {
        let w = try active()
        guard openElements > 0 else { throw XMLError.misuse(path: path, message: "endElement() without an open element") }
        guard xmlTextWriterEndElement(w) >= 0 else { throw fail("cannot end an element") }
        openElements -= 1
    }

    /// `<!--s-->`; "--" (illegal inside a comment) becomes "- -".
    public func comment(_ s: String) throws {
        let w = try active()
        var clean = XMLCharacters.sanitized(s)
        while clean.contains("--") { clean = clean.replacingAll("--", with: "- -") }
        if clean.hasSuffix("-") { clean += " " }
        let rc = clean.withCString { xmlTextWriterWriteComment(w, XMLWriter.xml($0)) }
        guard rc >= 0 else { throw fail("cannot write a comment") }
    }

    /// Ends the document (closing open elements), flushes, and renames the file into place.
    public func finish() throws {
        guard let temp = tempPath else { throw XMLError.misuse(path: path, message: "finish() on a writer that is not writing a file") }
        try endDocument()
        xmlFreeTextWriter(writer) // closes the output buffer, which flushes
        writer = nil
        if fsync(fd) != 0 {
            let message = "cannot flush (\(XMLWriter.errnoText()))"
            cleanUp()
            throw XMLError.io(path: path, message: message)
        }
        close(fd)
        fd = -1
        if rename(temp, path) != 0 {
            let message = "cannot rename \(temp) into place (\(XMLWriter.errnoText()))"
            cleanUp()
            throw XMLError.io(path: path, message: message)
        }
        tempPath = nil
        finished = true
    }

    /// Abandons the document and removes the temporary file; the target is left untouched.
    public func cancel() { cleanUp() }

    private func endDocument() throws {
        let w = try active()
        guard xmlTextWriterEndDocument(w) >= 0, xmlTextWriterFlush(w) >= 0 else {
            throw fail("cannot finish the document")
        }
        openElements = 0
    }

    private func active() throws -> xmlTextWriterPtr {
        guard let w = writer, !finished else { throw XMLError.misuse(path: path, message: "the writer is already finished or cancelled") }
        return w
    }

    private func checkName(_ qname: String) throws {
        guard XMLNames.isQName(qname) else { throw XMLError.invalidName(path: path, name: qname) }
    }

    private func fail(_ what: String) -> XMLError {
        let detail = fd >= 0 ? XMLWriter.errnoText() : "libxml2 reported a failure"
        return XMLError.io(path: path, message: "\(what) (\(detail))")
    }

    private func cleanUp() {
        if let w = writer { xmlFreeTextWriter(w); writer = nil }
        if let buf = buffer { xmlBufferFree(buf); buffer = nil }
        if fd >= 0 { close(fd); fd = -1 }
        if let temp = tempPath { unlink(temp); tempPath = nil }
        finished = true
    }

    @inline(__always)
    private static func xml(_ p: UnsafePointer<CChar>) -> UnsafePointer<xmlChar> {
        UnsafeRawPointer(p).assumingMemoryBound(to: xmlChar.self)
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
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
