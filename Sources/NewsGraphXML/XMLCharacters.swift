/// The XML 1.0 `Char` production, and the sanitising every string gets before it reaches libxml2.
///
/// libxml2 2.9's writer passes U+0001–U+001F, U+FFFE and U+FFFF through and reports success, and a
/// NUL silently truncates the string; strict parsers then reject the whole file. OCR text contains
/// such characters, so each one is replaced by U+FFFD. (Swift strings cannot hold lone surrogates or
/// invalid UTF-8: decoding bytes into a String already turned those into U+FFFD.)
public enum XMLCharacters {
    /// True when `scalar` matches `Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
    @inlinable
    public static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 { return v <= 0xD7FF || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000 }
        return v == 0x9 || v == 0xA || v == 0xD
    }

    /// True for a character no exporter ever needs to change: legal, not U+FFFD (the mark of an
    /// earlier decoding error), and in a block that Unicode normalisation leaves alone (see
    /// `isNormalizationInert`). `XMLWriter.leafIfPlain` writes text made only of these.
    @inlinable
    public static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        isLegal(scalar) && scalar.value != 0xFFFD && isNormalizationInert(scalar)
    }

    /// Scalars that never decompose canonically and never combine: NFC leaves any string made of
    /// them as it is. (ASCII and Latin-1, general punctuation, CJK punctuation and ideographs,
    /// full-width forms.)
    @inlinable
    public static func isNormalizationInert(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2002...0x206F, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    /// The scalar value and length of the multi-byte UTF-8 sequence whose lead byte (>= 0x80) is
    /// `bytes[i]`, or nil when the buffer ends inside it. The bytes are valid UTF-8 (a String's).
    @inline(__always)
    static func decodeMultiByte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int)? {
        let b = bytes[i]
        var value: UInt32
        let length: Int
        if b < 0xE0 {
            value = UInt32(b & 0x1F); length = 2
        } else if b < 0xF0 {
            value = UInt32(b & 0x0F); length = 3
        } else {
            value = UInt32(b & 0x07); length = 4
        }
        guard i + length <= bytes.count else { return nil }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (value, length)
    }

    /// True when every character of the UTF-8 `bytes` is `isPlain`. One pass, eight ASCII bytes at
    /// a time (IRIs), decoding other sequences in place (CJK text).
    public static func isAllPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var i = 0
        while i < count {
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // All eight bytes ASCII (high bit clear) and none below 0x20.
                if word & 0x8080_8080_8080_8080 == 0 && (word &+ 0x6060_6060_6060_6060) & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080 {
                    i += 8
                    continue
                }
            }
            let b = base[i]
            if b < 0x80 {
                if b < 0x20 && b != 0x9 && b != 0xA && b != 0xD { return false }
                i += 1
                continue
            }
            guard let (value, length) = decodeMultiByte(bytes, at: i), let scalar = Unicode.Scalar(value), isPlain(scalar) else { return false }
            i += length
        }
        return true
    }

    /// `s` with every character outside the XML 1.0 `Char` production replaced by U+FFFD.
    /// Returns `s` itself (no copy) when it is already legal, which is the common case.
    public static func sanitized(_ s: String) -> String {
        if isAllLegal(s) { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            out.append(isLegal(scalar) ? scalar : "\u{FFFD}")
        }
        return String(out)
    }

    /// True when every character of `s` is legal. Scans UTF-8 bytes: only bytes below 0x20 and the
    /// encodings of U+FFFE/U+FFFF (EF BF BE, EF BF BF) can be illegal in a valid UTF-8 string.
    public static func isAllLegal(_ s: String) -> Bool {
        if let result = s.utf8.withContiguousStorageIfAvailable({ bytesAreLegal($0) }) {
            return result
        }
        return s.unicodeScalars.allSatisfy(isLegal)
    }

    static func bytesAreLegal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var i = 0
        while i < count {
            let b = bytes[i]
            if b < 0x20 {
                if b != 0x9 && b != 0xA && b != 0xD { return false }
            } else if b == 0xEF, i + 2 < count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                return false
            }
            i += 1
        }
        return true
    }
}
