/// Text after OCR repair, with the way back to the original.
///
/// `scalars[i]` came from the original text's scalar `sourceOffsets[i]`; `sourceOffsets` has one
/// extra element, the original length, so a span `start..<end` maps to
/// `sourceOffsets[start]..<sourceOffset(end:)`.
public struct RepairedText: Sendable, Hashable {
    public let scalars: [Unicode.Scalar]
    public let sourceOffsets: [Int]
    /// The text as UTF-8, and where each scalar starts in it: slicing copies bytes.
    private let utf8: [UInt8]
    private let utf8Offsets: [Int32]

    public init(scalars: [Unicode.Scalar], sourceOffsets: [Int]) {
        precondition(sourceOffsets.count == scalars.count + 1, "one source offset per scalar plus the end")
        self.scalars = scalars
        self.sourceOffsets = sourceOffsets
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count * 3)
        var offsets: [Int32] = []
        offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars {
            offsets.append(Int32(utf8.count))
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        }
        offsets.append(Int32(utf8.count))
        self.utf8 = utf8
        self.utf8Offsets = offsets
    }

    /// Text that needed no repair: each scalar maps to itself.
    public init(unrepaired text: String) {
        let scalars = Array(text.unicodeScalars)
        self.init(scalars: scalars, sourceOffsets: Array(0...scalars.count))
    }

    public var text: String { String(decoding: utf8, as: UTF8.self) }

    public var count: Int { scalars.count }

    public func slice(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: utf8[Int(utf8Offsets[start])..<Int(utf8Offsets[end])], as: UTF8.self)
    }

    /// The original-text span of the repaired span `start..<end`.
    public func sourceSpan(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        guard start < end else { return (sourceOffsets[start], sourceOffsets[start]) }
        return (sourceOffsets[start], sourceOffsets[end - 1] + 1)
    }
}
