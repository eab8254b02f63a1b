/// Text after OCR repair, with the way back to the original.
///
/// `scalars[i]` came from the original text's scalar `sourceOffsets[i]`; `sourceOffsets` has one
/// extra element, the original length, so a span `start..<end` maps to
/// `sourceOffsets[start]..<sourceOffset(end:)`.
public struct RepairedText: Sendable, Hashable {
    public let scalars: [Unicode.Scalar]
    public let sourceOffsets: [Int]

    public init(scalars: [Unicode.Scalar], sourceOffsets: [Int]) {
        precondition(sourceOffsets.count == scalars.count + 1, "one source offset per scalar plus the end")
        self.scalars = scalars
        self.sourceOffsets = sourceOffsets
    }

    /// Text that needed no repair: each scalar maps to itself.
    public init(unrepaired text: String) {
        let scalars = Array(text.unicodeScalars)
        self.init(scalars: scalars, sourceOffsets: Array(0...scalars.count))
    }

    public var text: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    public var count: Int { scalars.count }

    public func slice(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// The original-text span of the repaired span `start..<end`.
    public func sourceSpan(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        guard start < end else { return (sourceOffsets[start], sourceOffsets[start]) }
        return (sourceOffsets[start], sourceOffsets[end - 1] + 1)
    }
}
