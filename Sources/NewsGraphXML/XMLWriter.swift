#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming XML writer.
///
/// File output goes to a temporary file beside the target; `finish()` ends the document, flushes
/// and renames it into place, so a reader never sees a half-written file. Without `finish()` (an
/// error, `cancel()`, or the writer going away) the temporary file is removed.
///
/// Every string is sanitised (`XMLCharacters`: characters outside XML 1.0 become U+FFFD) and
/// escaped in one pass over its UTF-8 bytes, and every element and attribute name is checked to be
/// a QName. The output is buffered and written in large blocks. (The first version drove libxml2's
/// xmlTextWriter; at 1M triples of RDF/XML its per-call allocations, list bookkeeping and separate
/// escaping pass cost about as much as everything else together, so the serialisation moved
/// here. libxml2 still parses everything the tests write, and the indentation matches it.)
public final class XMLWriter {
    /// The target file, or "<memory>" for `toString`.
    public let path: String
    private let indent: Bool
    private var out: [UInt8] = []
    private var fd: Int32 = -1
    private var tempPath: String?
    private let inMemory: Bool
    private var finished = false
    /// Open elements, innermost last.
    private var open: [OpenElement] = []
    /// True between `startElement` and the first content: attributes may still be written.
    private var startTagOpen = false

    private struct OpenElement {
        var name: String
        var hasElements = false
        var hasText = false
    }

    private static let flushThreshold = 1 << 18

    /// Starts writing `path` (through a temporary file in the same directory).
    public init(path: String, indent: Bool = true) throws {
        self.path = path
        self.indent = indent
        inMemory = false
        var template = Array((path + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw XMLError.io(path: path, message: "cannot create a temporary file beside it (\(XMLWriter.errnoText()))")
        }
        fd = descriptor
        tempPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // mkstemp creates 0600; an export is an ordinary readable file.
        _ = fchmod(descriptor, 0o644)
        out.reserveCapacity(XMLWriter.flushThreshold + 4096)
    }

    private init(memoryIndent indent: Bool) {
        path = "<memory>"
        self.indent = indent
        inMemory = true
    }

    /// Writes a small document in memory and returns it. `body` should call `startDocument()` first.
    public static func toString(indent: Bool = true, _ body: (XMLWriter) throws -> Void) throws -> String {
        let w = XMLWriter(memoryIndent: indent)
        try body(w)
        try w.endDocument()
        w.finished = true
        return String(decoding: w.out, as: UTF8.self)
    }

    deinit { cleanUp() }

    /// `<?xml version="1.0" encoding="UTF-8"?>`.
    public func startDocument() throws {
        try active()
        Self.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", into: &out)
    }

    public func startElement(_ qname: String) throws {
        try active()
        try checkName(qname)
        let depth = open.count
        let newLine = indent && !(open.last?.hasText ?? false)
        if depth > 0 { open[depth - 1].hasElements = true }
        let closing = startTagOpen
        startTagOpen = true
        open.append(OpenElement(name: qname))
        // One access to `out` per call: dynamic exclusivity checks on class properties are
        // otherwise a fifth of the cost of writing a triple.
        Self.withBuffer(&out) { out in
            if closing { out.append(UInt8(ascii: ">")) }
            if newLine {
                if let last = out.last, last != 0x0A { out.append(0x0A) }
                Self.appendIndent(depth, into: &out)
            }
            out.append(UInt8(ascii: "<"))
            Self.append(qname, into: &out)
        }
    }

    /// An attribute on the element just started (before any content).
    public func attribute(_ qname: String, _ value: String) throws {
        try active()
        try checkName(qname)
        guard startTagOpen else {
            throw XMLError.misuse(path: path, message: "attribute \(qname) written after the element's content")
        }
        Self.withBuffer(&out) { out in
            out.append(0x20)
            Self.append(qname, into: &out)
            out.append(UInt8(ascii: "="))
            out.append(UInt8(ascii: "\""))
            Self.appendEscaped(value, attribute: true, into: &out)
            out.append(UInt8(ascii: "\""))
        }
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

    /// Character data; `<`, `&`, `>`, `"` and CR are escaped (the same as libxml2's writer).
    public func text(_ s: String) throws {
        try active()
        guard !open.isEmpty else { throw XMLError.misuse(path: path, message: "text outside the root element") }
        open[open.count - 1].hasText = true
        let closing = startTagOpen
        startTagOpen = false
        Self.withBuffer(&out) { out in
            if closing { out.append(UInt8(ascii: ">")) }
            Self.appendEscaped(s, attribute: false, into: &out)
        }
        try flushIfFull()
    }

    public func endElement() throws {
        try active()
        guard let element = open.popLast() else {
            throw XMLError.misuse(path: path, message: "endElement() without an open element")
        }
        let empty = startTagOpen
        startTagOpen = false
        let newLine = indent && element.hasElements && !element.hasText
        let depth = open.count
        Self.withBuffer(&out) { out in
            if empty {
                out.append(UInt8(ascii: "/"))
                out.append(UInt8(ascii: ">"))
            } else {
                if newLine {
                    out.append(0x0A)
                    Self.appendIndent(depth, into: &out)
                }
                out.append(UInt8(ascii: "<"))
                out.append(UInt8(ascii: "/"))
                Self.append(element.name, into: &out)
                out.append(UInt8(ascii: ">"))
            }
        }
        try flushIfFull()
    }

    /// `<!--s-->`; "--" (illegal inside a comment) becomes "- -".
    public func comment(_ s: String) throws {
        try active()
        var clean = XMLCharacters.sanitized(s)
        while clean.contains("--") { clean = clean.replacingAll("--", with: "- -") }
        if clean.hasSuffix("-") { clean += " " }
        closeStartTag()
        if indent && !(open.last?.hasText ?? false) {
            if let last = out.last, last != 0x0A { out.append(0x0A) }
            Self.appendIndent(open.count, into: &out)
        }
        if !open.isEmpty { open[open.count - 1].hasElements = true }
        Self.append("<!--" + clean + "-->", into: &out)
    }

    /// Ends the document (closing open elements), flushes, and renames the file into place.
    public func finish() throws {
        guard let temp = tempPath else {
            throw XMLError.misuse(path: path, message: inMemory ? "finish() on an in-memory writer" : "the writer is already finished or cancelled")
        }
        try endDocument()
        try flush()
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

    // MARK: internals

    private func endDocument() throws {
        try active()
        while !open.isEmpty { try endElement() }
        Self.append("\n", into: &out)
    }

    private func active() throws {
        guard !finished else { throw XMLError.misuse(path: path, message: "the writer is already finished or cancelled") }
    }

    private func checkName(_ qname: String) throws {
        guard XMLNames.isQName(qname) else { throw XMLError.invalidName(path: path, name: qname) }
    }

    private func closeStartTag() {
        if startTagOpen {
            out.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    @inline(__always)
    private static func withBuffer(_ buffer: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        body(&buffer)
    }

    private static func appendIndent(_ depth: Int, into out: inout [UInt8]) {
        for _ in 0..<(2 * depth) { out.append(0x20) }
    }

    /// Appends trusted ASCII or already-checked text as is.
    private static func append(_ s: String, into out: inout [UInt8]) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) { return done }
        out.append(contentsOf: s.utf8)
    }

    /// Appends `s` sanitised and escaped. Runs of bytes that need neither are copied in one go.
    private static func appendEscaped(_ s: String, attribute: Bool, into out: inout [UInt8]) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, attribute: attribute, into: &out) }) { return done }
        let bytes = Array(s.utf8)
        bytes.withUnsafeBufferPointer { appendEscaped($0, attribute: attribute, into: &out) }
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool, into out: inout [UInt8]) {
        let count = bytes.count
        var runStart = 0
        var i = 0
        while i < count {
            let b = bytes[i]
            let replacement: StaticString?
            var width = 1
            switch b {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;" // in text too, as libxml2 does: keeps output unchanged
            case 0x0D: replacement = "&#13;"
            case 0x0A: replacement = attribute ? "&#10;" : nil
            case 0x09: replacement = attribute ? "&#9;" : nil
            case 0x00..<0x20: replacement = "\u{FFFD}"
            case 0xEF where i + 2 < count && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE:
                replacement = "\u{FFFD}"
                width = 3
            default: replacement = nil
            }
            if let replacement {
                if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                i += width
                runStart = i
            } else {
                i += 1
            }
        }
        if count > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    private func flushIfFull() throws {
        if !inMemory && out.count >= XMLWriter.flushThreshold { try flush() }
    }

    private func flush() throws {
        guard !inMemory, !out.isEmpty else { return }
        var failure: String?
        out.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = XMLWriter.errnoText()
                    return
                }
                offset += written
            }
        }
        out.removeAll(keepingCapacity: true)
        if let failure {
            cleanUp()
            throw XMLError.io(path: path, message: "cannot write (\(failure))")
        }
    }

    private func cleanUp() {
        if fd >= 0 { close(fd); fd = -1 }
        if let temp = tempPath { unlink(temp); tempPath = nil }
        finished = true
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
