/// A piece of element-only content made apart from its `XMLWriter` (on another thread, say) and
/// appended to it later with `XMLWriter.append(_:)`. Its bytes are exactly those the writer would
/// have written for the same calls at that point, so an exporter can serialise chunks of a large
/// document on several cores and append them in order: same input, same bytes.
///
/// Made by `XMLWriter.fragment()` while an element is open; the calls between must leave the
/// fragment balanced (every element it starts, it ends) and may not end the enclosing elements.
public struct XMLFragment: Sendable {
    var serializer: XMLSerializer

    init(serializer: XMLSerializer) {
        self.serializer = serializer
    }

    /// Bytes so far.
    public var byteCount: Int { serializer.out.count }

    public mutating func startElement(_ name: XMLName) throws { try serializer.startElement(name) }

    public mutating func attribute(_ name: XMLName, _ value: String) throws { try serializer.attribute(name, value) }

    /// See `XMLWriter.leaf(_:_:)`.
    public mutating func leaf(_ tag: borrowing XMLLeafTag, _ text: borrowing String) throws { try serializer.leaf(tag, text) }

    public mutating func leaf(_ tag: borrowing XMLLeafTag, _ value: Int) throws { try serializer.leaf(tag, value) }

    /// See `XMLWriter.leafIfPlain(_:_:)`.
    public mutating func leafIfPlain(_ tag: borrowing XMLLeafTag, _ text: borrowing String) throws -> Bool {
        try serializer.leafIfPlain(tag, text)
    }

    public mutating func endElement() throws { try serializer.endElement() }
}

extension XMLWriter {
    /// An empty fragment for content inside the innermost open element (see `XMLFragment`).
    public func fragment() throws -> XMLFragment {
        guard serializer.depth > 0, !serializer.innermostHasText else {
            throw XMLError.misuse(path: path, message: "a fragment needs an open element without text to go into")
        }
        return XMLFragment(serializer: XMLSerializer(fragmentOf: serializer))
    }

    /// Appends a fragment made by `fragment()` at this same point of the document, and empties
    /// it (keeping its buffer: reusing it for the next chunk saves allocating and faulting in
    /// megabytes of fresh memory each time).
    public func append(_ fragment: inout XMLFragment) throws {
        try append(fragment)
        fragment.serializer.out.removeAll(keepingCapacity: true)
    }

    /// Appends a fragment made by `fragment()` at this same point of the document.
    public func append(_ fragment: XMLFragment) throws {
        let made = fragment.serializer
        guard made.isBalancedFragment, made.depth == serializer.depth, serializer.depth > 0,
              !serializer.innermostHasText, made.indent == serializer.indent else {
            throw XMLError.misuse(path: path, message: "the fragment is unbalanced or was made at another depth")
        }
        try serializer.append(fragment: made.out)
    }
}
