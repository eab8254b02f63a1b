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
    /// The last byte already flushed (nil before any): `newLine` looks at it when `out` was just
    /// emptied, so a flush never changes where line breaks go. (Before it was kept, every
    /// element written right after a flush lost its line break.)
    private var flushedLast: UInt8?
    /// Elements opened outside this serializer (a fragment's enclosing elements): never closed here.
    private var baseDepth = 0

    struct OpenElement {
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

    /// A serializer for a fragment of element-only content inside `parent`'s open elements: its
    /// bytes are exactly those `parent` would write for the same calls at this point, provided
    /// the innermost open element has no text (checked by `XMLWriter.append`).
    init(fragmentOf parent: XMLSerializer) {
        self.init(fd: -1, indent: parent.indent, path: parent.path)
        open = parent.open.map { OpenElement(name: $0.name, hasElements: true, hasText: $0.hasText) }
        baseDepth = open.count
        // The parent's last byte is always '>' by then (a tag just ended, or `append` closes the start tag).
        flushedLast = UInt8(ascii: ">")
    }

    /// Depth and text state, to match a fragment to the point where it is appended.
    var depth: Int { open.count }
    var innermostHasText: Bool { open.last?.hasText ?? false }
    var isBalancedFragment: Bool { open.count == baseDepth && !startTagOpen }

    private func active() throws {
        guard !finished else { throw XMLError.misuse(path: path, message: "the writer is already finished or cancelled") }
    }

    private func checkName(_ qname: String) throws {
        guard XMLNames.isQName(qname) else { throw XMLError.invalidName(path: path, name: qname) }
    }

    mutating func startDocument() throws {
        try active()
        XMLEscaping.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", into: &out)
    }

    mutating func startElement(_ qname: String) throws {
        try active()
        try checkName(qname)
        startCheckedElement(qname)
    }

    mutating func startElement(_ name: XMLName) throws {
        try active()
        startCheckedElement(name.string)
    }

    /// Before a child element or comment: closes the parent's start tag, marks that it has
    /// children, and starts an indented line (unless the parent holds text). Reads only the
    /// parent's flags: copying `open.last` retained its name.
    private mutating func beginChild() {
        closeStartTag()
        let depth = open.count
        if depth > 0 {
            let parentHasText = open[depth - 1].hasText
            open[depth - 1].hasElements = true
            if indent && !parentHasText { newLine(depth: depth) }
        } else if indent {
            newLine(depth: 0)
        }
    }

    private mutating func startCheckedElement(_ qname: String) {
        beginChild()
        out.append(UInt8(ascii: "<"))
        XMLEscaping.append(qname, into: &out)
        open.append(OpenElement(name: qname))
        startTagOpen = true
    }

    mutating func attribute(_ qname: String, _ value: String) throws {
        try active()
        try checkName(qname)
        try checkedAttribute(qname, value)
    }

    mutating func attribute(_ name: XMLName, _ value: String) throws {
        try active()
        try checkedAttribute(name.string, value)
    }

    /// The attribute value is `value`'s UTF-8 bytes from `offset` on (a character boundary).
    mutating func attribute(_ name: XMLName, _ value: String, fromUTF8Offset offset: Int) throws {
        try active()
        guard startTagOpen else {
            throw XMLError.misuse(path: path, message: "attribute \(name.string) written after the element's content")
        }
        var failed = false
        let write = { (bytes: UnsafeBufferPointer<UInt8>, out: inout [UInt8]) in
            guard offset >= 0, offset <= bytes.count, offset == bytes.count || bytes[offset] & 0xC0 != 0x80 else {
                failed = true
                return
            }
            out.append(0x20)
            XMLEscaping.append(name.string, into: &out)
            out.append(UInt8(ascii: "="))
            out.append(UInt8(ascii: "\""))
            XMLEscaping.appendEscaped(UnsafeBufferPointer(rebasing: bytes[offset...]), attribute: true, into: &out)
            out.append(UInt8(ascii: "\""))
        }
        if value.utf8.withContiguousStorageIfAvailable({ write($0, &out) }) == nil {
            Array(value.utf8).withUnsafeBufferPointer { write($0, &out) }
        }
        if failed { throw XMLError.misuse(path: path, message: "attribute \(name.string) cut at UTF-8 offset \(offset), not a character boundary") }
    }

    private mutating func checkedAttribute(_ qname: String, _ value: String) throws {
        guard startTagOpen else {
            throw XMLError.misuse(path: path, message: "attribute \(qname) written after the element's content")
        }
        out.append(0x20)
        XMLEscaping.append(qname, into: &out)
        out.append(UInt8(ascii: "="))
        out.append(UInt8(ascii: "\""))
        XMLEscaping.appendEscaped(value, attribute: true, into: &out)
        out.append(UInt8(ascii: "\""))
    }

    mutating func text(_ s: String) throws {
        try active()
        guard !open.isEmpty else { throw XMLError.misuse(path: path, message: "text outside the root element") }
        closeStartTag()
        open[open.count - 1].hasText = true
        XMLEscaping.appendEscaped(s, attribute: false, into: &out)
        try flushIfFull()
    }

    mutating func endElement() throws {
        try active()
        guard open.count > baseDepth, let element = open.popLast() else {
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
            XMLEscaping.append(element.name, into: &out)
            out.append(UInt8(ascii: ">"))
        }
        try flushIfFull()
    }

    /// `<name attr="value">text</name>` (see `XMLLeafTag`): the bytes of `startElement`,
    /// `attribute`, `text` and `endElement`, without checking the names again or keeping the
    /// element on the open stack.
    mutating func leaf(_ tag: borrowing XMLLeafTag, _ text: borrowing String) throws {
        try startLeaf(tag)
        XMLEscaping.appendEscaped(text, attribute: false, into: &out)
        tag.appendClose(to: &out)
        try flushIfFull()
    }

    /// `<name attribute="value[offset...]">text</name>`, or `.../>` when `text` is nil; no
    /// attribute when `attribute` is nil. The bytes of `startElement`, `attribute`, `text` and
    /// `endElement` (names checked when they were made), in one call and without the open stack.
    mutating func element(_ name: XMLName, _ attribute: XMLName?, _ value: String, fromUTF8Offset offset: Int, text: String?) throws {
        try active()
        beginChild()
        out.append(UInt8(ascii: "<"))
        XMLEscaping.append(name.string, into: &out)
        if let attribute {
            startTagOpen = true
            try self.attribute(attribute, value, fromUTF8Offset: offset)
            startTagOpen = false
        }
        if let text {
            out.append(UInt8(ascii: ">"))
            XMLEscaping.appendEscaped(text, attribute: false, into: &out)
            out.append(UInt8(ascii: "<"))
            out.append(UInt8(ascii: "/"))
            XMLEscaping.append(name.string, into: &out)
            out.append(UInt8(ascii: ">"))
        } else {
            out.append(UInt8(ascii: "/"))
            out.append(UInt8(ascii: ">"))
        }
        try flushIfFull()
    }

    /// `leaf(tag, text)` when every character of `text` is `XMLCharacters.isPlain`; otherwise
    /// writes nothing (the state is as before the call) and returns false.
    mutating func leafIfPlain(_ tag: borrowing XMLLeafTag, _ text: borrowing String) throws -> Bool {
        let start = out.count
        let wasOpen = startTagOpen
        let depth = open.count
        let parentHadElements = depth > 0 && open[depth - 1].hasElements
        try startLeaf(tag)
        let plain = text.utf8.withContiguousStorageIfAvailable { XMLEscaping.appendEscapedIfPlain($0, into: &out) }
        guard plain == true else {
            out.removeSubrange(start...)
            startTagOpen = wasOpen
            if depth > 0 { open[depth - 1].hasElements = parentHadElements }
            return false
        }
        tag.appendClose(to: &out)
        try flushIfFull()
        return true
    }

    /// A leaf element whose text is the decimal digits of `value` (as `String(value)`).
    mutating func leaf(_ tag: borrowing XMLLeafTag, _ value: Int) throws {
        try startLeaf(tag)
        XMLEscaping.appendDecimal(value, into: &out)
        tag.appendClose(to: &out)
        try flushIfFull()
    }

    /// Reads only the innermost element's flags: copying `open.last` retained its name.
    private mutating func startLeaf(_ tag: borrowing XMLLeafTag) throws {
        try active()
        closeStartTag()
        let depth = open.count
        let parentHasText = depth > 0 && open[depth - 1].hasText
        if depth > 0 { open[depth - 1].hasElements = true }
        if indent && !parentHasText {
            // newLine(depth:) with the indentation copied together with the tag.
            if let last = out.last ?? flushedLast, last != 0x0A { out.append(0x0A) }
            if 2 * depth <= XMLLeafTag.indentWidth {
                tag.appendOpen(indentedBy: 2 * depth, to: &out)
                return
            }
            Self.appendIndent(depth, into: &out)
        }
        tag.appendOpen(indentedBy: 0, to: &out)
    }

    /// Appends the bytes of a balanced fragment made by `init(fragmentOf:)` at this depth
    /// (`XMLWriter.append` checks that). Large fragments go to the file directly, not through `out`.
    mutating func append(fragment bytes: [UInt8]) throws {
        try active()
        guard !bytes.isEmpty else { return }
        closeStartTag()
        open[open.count - 1].hasElements = true
        if fd >= 0 && bytes.count >= Self.flushThreshold / 4 {
            try flush()
            try writeAll(bytes)
            flushedLast = bytes.last
        } else {
            out.append(contentsOf: bytes)
            try flushIfFull()
        }
    }

    /// `<!--s-->`; "--" (illegal inside a comment) becomes "- -".
    mutating func comment(_ s: String) throws {
        try active()
        var clean = XMLCharacters.sanitized(s)
        while clean.contains("--") { clean = clean.replacingAll("--", with: "- -") }
        if clean.hasSuffix("-") { clean += " " }
        beginChild()
        XMLEscaping.append("<!--" + clean + "-->", into: &out)
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
        if let last = out.last ?? flushedLast, last != 0x0A { out.append(0x0A) }
        Self.appendIndent(depth, into: &out)
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 128)

    private static func appendIndent(_ depth: Int, into out: inout [UInt8]) {
        var left = 2 * depth
        while left > 0 {
            let n = min(left, spaces.count)
            spaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<n])) }
            left -= n
        }
    }

    private mutating func flushIfFull() throws {
        if fd >= 0 && out.count >= Self.flushThreshold { try flush() }
    }

    /// Writes the pending output to the file (a no-op for in-memory writers).
    mutating func flush() throws {
        guard fd >= 0, !out.isEmpty else { return }
        try writeAll(out)
        flushedLast = out.last
        out.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        var failure: String?
        let descriptor = fd
        bytes.withUnsafeBytes { buffer in
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
        if let failure { throw XMLError.io(path: path, message: "cannot write (\(failure))") }
    }
}
