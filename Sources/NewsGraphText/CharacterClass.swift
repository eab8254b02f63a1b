/// Character classes the repair and matching rules ask about.
public enum CharacterClass {
    @inline(__always)
    public static func isHan(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x2FA1F).contains(v) || v == 0x3007
    }

    /// CJK punctuation and full-width forms (「」《》，。、： …).
    @inline(__always)
    public static func isCJKPunctuation(_ v: UInt32) -> Bool {
        (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v) || v == 0x2014 || v == 0x2026
            || v == 0x00B7 || (0x2018...0x201D).contains(v)
    }

    @inline(__always)
    public static func isCJK(_ v: UInt32) -> Bool { isHan(v) || isCJKPunctuation(v) }

    @inline(__always)
    public static func isLatinLetter(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7
    }

    @inline(__always)
    public static func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }

    @inline(__always)
    public static func isLatinWordCharacter(_ v: UInt32) -> Bool { isLatinLetter(v) || isDigit(v) }

    @inline(__always)
    public static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x3000 || v == 0xA0 || v == 0x0D }

    /// Punctuation that ends a sentence (Chinese and Latin).
    @inline(__always)
    public static func isSentenceEnd(_ v: UInt32) -> Bool {
        v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x21 || v == 0x3F || v == 0x2E || v == 0xFF0E || v == 0xFF1B || v == 0x3B
    }

    /// Closing quotes and brackets that may follow a sentence end.
    @inline(__always)
    public static func isClosing(_ v: UInt32) -> Bool {
        v == 0x300D || v == 0x300F || v == 0x201D || v == 0x2019 || v == 0x22 || v == 0x27 || v == 0xFF09 || v == 0x29 || v == 0x300B
    }
}
