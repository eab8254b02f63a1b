/// The byte-level output rules of `XMLSerializer`: names and fixed markup copied as they are,
/// text and attribute values sanitised and escaped in one pass over their UTF-8 bytes.
enum XMLEscaping {
    /// Appends already-checked text (names, fixed markup) as is.
    static func append(_ s: String, into out: inout [UInt8]) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) { return done }
        out.append(contentsOf: s.utf8)
    }

    /// The reference `&`, `<`, `>`, `"` and CR are written as, in text and attributes alike.
    @inline(__always)
    static func entity(for b: UInt8) -> StaticString? {
        switch b {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case 0x0D: return "&#13;"
        default: return nil
        }
    }

    /// Appends `s` sanitised and escaped. Runs of bytes that need neither are copied in one go.
    static func appendEscaped(_ s: borrowing String, attribute: Bool, into out: inout [UInt8]) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, attribute: attribute, into: &out) }) { return done }
        let bytes = Array(s.utf8)
        bytes.withUnsafeBufferPointer { appendEscaped($0, attribute: attribute, into: &out) }
    }

    /// Escapes as libxml2's writer does (`"` also in text; CR, and in attributes LF and tab, as
    /// character references) and replaces characters outside XML 1.0 by U+FFFD (see `XMLCharacters`).
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool, into out: inout [UInt8]) {
        let count = bytes.count
        var runStart = 0
        var i = 0
        while i < count {
            let b = bytes[i]
            // Every byte that may need a change is below 0x3F ('>' is 0x3E) or starts U+FFFE/U+FFFF
            // (0xEF); letters and all bytes of other multi-byte characters are copied. Testing
            // this first keeps CJK text and ASCII words out of the switch below.
            if b > 0x3E && b != 0xEF {
                i += 1
                continue
            }
            var replacement = entity(for: b)
            var width = 1
            if replacement == nil {
                switch b {
                case 0x0A: replacement = attribute ? "&#10;" : nil
                case 0x09: replacement = attribute ? "&#9;" : nil
                case 0x00..<0x20: replacement = "\u{FFFD}"
                case 0xEF where i + 2 < count && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE:
                    replacement = "\u{FFFD}"
                    width = 3
                default: break
                }
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

    /// Appends `bytes` escaped as text (as `appendEscaped(_:attribute: false, into:)`) when every
    /// character is `XMLCharacters.isPlain`; otherwise appends nothing and returns false. One
    /// pass does both the check an exporter needs (ExportText.isClean) and the escaping.
    static func appendEscapedIfPlain(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        let start = out.count
        let count = bytes.count
        var runStart = 0
        var i = 0
        while i < count {
            let b = bytes[i]
            if b > 0x3E {
                if b < 0x80 {
                    i += 1
                    continue
                }
                // A multi-byte character (the string is valid UTF-8): decode and check it.
                guard let (value, length) = XMLCharacters.decodeMultiByte(bytes, at: i),
                      let scalar = Unicode.Scalar(value), XMLCharacters.isPlain(scalar) else { break }
                i += length
                continue
            }
            guard let replacement = entity(for: b) else {
                if b >= 0x20 || b == 0x09 || b == 0x0A { i += 1; continue }
                out.removeSubrange(start...)  // another control character: not plain
                return false
            }
            if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            i += 1
            runStart = i
        }
        if i < count { // stopped at a character that is not plain
            out.removeSubrange(start...)
            return false
        }
        if count > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
        return true
    }

    /// Appends the decimal digits of `value` (with '-' when negative), as `String(value)` spells them.
    static func appendDecimal(_ value: Int, into out: inout [UInt8]) {
        var magnitude = value.magnitude
        if value < 0 { out.append(UInt8(ascii: "-")) }
        // 20 digits hold any UInt64; filled from the end.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
            } while magnitude > 0
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }
}
