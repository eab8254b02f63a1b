/// XML 1.0 (fifth edition) names and Namespaces-in-XML NCNames.
public enum XMLNames {
    /// `NameStartChar` without ':' (the NCName start rule).
    @inlinable
    public static func isNCNameStartChar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || v == 0x5F
        }
        return (v >= 0xC0 && v <= 0xD6) || (v >= 0xD8 && v <= 0xF6) || (v >= 0xF8 && v <= 0x2FF)
            || (v >= 0x370 && v <= 0x37D) || (v >= 0x37F && v <= 0x1FFF) || (v >= 0x200C && v <= 0x200D)
            || (v >= 0x2070 && v <= 0x218F) || (v >= 0x2C00 && v <= 0x2FEF) || (v >= 0x3001 && v <= 0xD7FF)
            || (v >= 0xF900 && v <= 0xFDCF) || (v >= 0xFDF0 && v <= 0xFFFD) || (v >= 0x10000 && v <= 0xEFFFF)
    }

    /// `NameChar` without ':'.
    @inlinable
    public static func isNCNameChar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || v == 0x5F
                || (v >= 0x30 && v <= 0x39) || v == 0x2D || v == 0x2E
        }
        return v == 0xB7 || (v >= 0x300 && v <= 0x36F) || (v >= 0x203F && v <= 0x2040) || isNCNameStartChar(scalar)
    }

    /// True for a non-empty name without ':' made of name characters and starting with a start character.
    public static func isNCName(_ s: String) -> Bool {
        var first = true
        for scalar in s.unicodeScalars {
            if first {
                if !isNCNameStartChar(scalar) { return false }
                first = false
            } else if !isNCNameChar(scalar) {
                return false
            }
        }
        return !first
    }

    /// True for `NCName` or `NCName:NCName`.
    public static func isQName(_ s: String) -> Bool {
        // Writers call this for every element and attribute: check ASCII names on bytes.
        if let ascii = s.utf8.withContiguousStorageIfAvailable(asciiQName), let result = ascii { return result }
        var atStart = true
        var colons = 0
        for scalar in s.unicodeScalars {
            if scalar == ":" {
                if atStart || colons == 1 { return false }
                colons += 1
                atStart = true
            } else if atStart {
                if !isNCNameStartChar(scalar) { return false }
                atStart = false
            } else if !isNCNameChar(scalar) {
                return false
            }
        }
        return !atStart
    }

    /// The QName check for an all-ASCII name; nil when a byte is not ASCII.
    private static func asciiQName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var atStart = true
        var colons = 0
        for b in bytes {
            if b >= 0x80 { return nil }
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x5F
            if b == 0x3A {
                if atStart || colons == 1 { return false }
                colons += 1
                atStart = true
            } else if atStart {
                if !letter { return false }
                atStart = false
            } else if !(letter || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E) {
                return false
            }
        }
        return !atStart
    }
}
