#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state and byte output of an `XMLWriter`.
///
/// All mutable state lives in this one struct so that each writer call makes a single access to
/// the class's stored property: Swift checks exclusive access to class properties at run time, and
/// with several properties touched per call those checks were a fifth of the cost of a triple.
struct XMLSerializer {
    /// Pending output; flushed to `fd` in large blocks (kept whole for in-memory writers).
    var out: [UInt8] = []
    /// The temporary file, or -1 for an in-memory writer (or once closed).
    var fd: Int32
    let indent: Bool
    let path: String
    var finished = false
    /// Open elements, innermost last.
    private var open: [OpenElement] = []
    /// True between `startElement` and the first content: attributes may still be written.
    private var startTagOpen = false

    private struct OpenElement {
        var name: String
        var hasElements = false
        var hasText = false
    }

    static let flushThreshold = 1 << 18

    init(fd: Int32, indent: Bool, path: String) {
        self.fd = fd
        self.indent = indent
        self.path = path
        if fd >= 0 { out.reserveCapacity(Self.flushThreshold + 4096) }
    }

    private func active() throws {
        guard !finished else { throw XMLError.misuse(path: path, message: "the writer is already finished or cancelled") }
    }

    private func checkName(_ qname: String) throws {
        guard XMLNames.isQName(qname) else { throw XMLError.invalidName(path: path, name: qname) }
    }

    mutating func startDocument() throws {
        try active()
        Self.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", into: &out)
    }

    mutating func startElement(_ qname: String) throws {
        try active()
        try checkName(qname)
        closeStartTag()
        if let parent = open.last {
            open[open.count - 1].hasElements = true
            if indent && !parent.hasText { newLine(depth: open.count) }
        } else if indent {
            newLine(depth: 0)
        }
        out.append(UInt8(ascii: "<"))
        Self.append(qname, into: &out)
        open.append(OpenElement(name: qname))
        startTagOpen = true
    }

    mutating func attribute(_ qname: String, _ value: String) throws {
        try active()
        try checkName(qname)
        guard startTagOpen else {
            throw XMLError.misuse(path: path, message: "attribute \(qname) written after the element's content")
        }
        out.append(0x20)
        Self.append(qname, into: &out)
        out.append(UInt8(ascii: "="))
        out.append(UInt8(ascii: "\""))
        Self.appendEscaped(value, attribute: true, into: &out)
        out.append(UInt8(ascii: "\""))
    }

    mutating func text(_ s: String) throws {
        try active()
        guard !open.isEmpty else { throw XMLError.misuse(path: path, message: "text outside the root element") }
        closeStartTag()
        open[open.count - 1].hasText = true
        Self.appendEscaped(s, attribute: false, into: &out)
        try flushIfFull()
    }

    mutating func endElement() throws {
        try active()
        guard let element = open.popLast() else {
            throw XMLError.misuse(path: path, message: "endElement() without an open element")
        }
        if startTagOpen {
            out.append(UInt8(ascii: "/"))
            out.append(UInt8(ascii: ">"))
            startTagOpen = false
        } else {
            if indent && element.hasElements && !element.hasText {
                out.append(0x0A)
                Self.appendIndent(open.count, into: &out)
            }
            out.append(UInt8(ascii: "<"))
            out.append(UInt8(ascii: "/"))
            Self.append(element.name, into: &out)
            out.append(UInt8(ascii: ">"))
        }
        try flushIfFull()
    }

    /// `<!--s-->`; "--" (illegal inside a comment) becomes "- -".
    mutating func comment(_ s: String) throws {
        try active()
        var clean = XMLCharacters.sanitized(s)
        while clean.contains("--") { clean = clean.replacingAll("--", with: "- -") }
        if clean.hasSuffix("-") { clean += " " }
        closeStartTag()
        if let parent = open.last {
            open[open.count - 1].hasElements = true
            if indent && !parent.hasText { newLine(depth: open.count) }
        } else if indent {
            newLine(depth: 0)
        }
        Self.append("<!--" + clean + "-->", into: &out)
    }

    /// Closes every open element and ends the last line.
    mutating func endDocument() throws {
        try active()
        while !open.isEmpty { try endElement() }
        out.append(0x0A)
    }

    // MARK: output

    private mutating func closeStartTag() {
        if startTagOpen {
            out.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    /// Starts a new line (unless at the start of one) indented for `depth`.
    private mutating func newLine(depth: Int) {
        if let last = out.last, last != 0x0A { out.append(0x0A) }
        Self.appendIndent(depth, into: &out)
    }

    private static func appendIndent(_ depth: Int, into out: inout [UInt8]) {
        for _ in 0..<(2 * depth) { out.append(0x20) }
    }

    /// Appends already-checked text (names, fixed markup) as is.
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

    /// Escapes as libxml2's writer does (`"` also in text; CR, and in attributes LF and tab, as
    /// character references) and replaces characters outside XML 1.0 by U+FFFD (see `XMLCharacters`).
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
            case UInt8(ascii: "\""): replacement = "&quot;"
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

    private mutating func flushIfFull() throws {
        if fd >= 0 && out.count >= Self.flushThreshold { try flush() }
    }

    /// Writes the pending output to the file (a no-op for in-memory writers).
    mutating func flush() throws {
        guard fd >= 0, !out.isEmpty else { return }
        var failure: String?
        let descriptor = fd
        out.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        out.removeAll(keepingCapacity: true)
        if let failure { throw XMLError.io(path: path, message: "cannot write (\(failure))") }
    }
}
