import Foundation
import NewsGraphXML

/// The one rule for text that cannot go into an export as it is. Every format applies it, so
/// RDF/XML, N-Triples and GraphML hold the same strings:
/// - characters outside XML 1.0's `Char` (U+0001–U+001F but tab/LF/CR, NUL, U+FFFE, U+FFFF)
///   are removed, and so is U+FFFD, the mark an earlier decoder left for bytes it could not
///   read (Jena's strict check rejects any literal holding it). Removing rather than replacing
///   keeps "行政長官\u{1}表示" readable as "行政長官表示";
/// - the result is put in Unicode Normalization Form C, which RDF asks literals and IRIs to be
///   in (Jena warns, and its strict check fails, on "e\u{301}tat"; it becomes "état").
public enum ExportText {
    public static func clean(_ s: String) -> String {
        if isClean(s) { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars where isKept(scalar) {
            out.append(scalar)
        }
        let kept = String(out)
        return isSurelyNFC(kept) ? kept : kept.precomposedStringWithCanonicalMapping
    }

    @inline(__always)
    static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        XMLCharacters.isLegal(scalar) && scalar.value != 0xFFFD
    }

    /// True when `clean` would surely return `s` unchanged: no character to remove and every
    /// character in `isSurelyNFC`'s ranges. One pass over the UTF-8 bytes, eight ASCII bytes at a
    /// time (IRIs), decoding other sequences in place (CJK text); false sends `s` through the
    /// careful path in `clean`.
    static func isClean(_ s: String) -> Bool {
        if let fast = s.utf8.withContiguousStorageIfAvailable(isCleanUTF8) { return fast }
        return s.unicodeScalars.allSatisfy { isKept($0) && isSurelyNFC($0) }
    }

    private static func isCleanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
            var value: UInt32
            let length: Int
            if b < 0xE0 {
                value = UInt32(b & 0x1F); length = 2
            } else if b < 0xF0 {
                value = UInt32(b & 0x0F); length = 3
            } else {
                value = UInt32(b & 0x07); length = 4
            }
            guard i + length <= count else { return false }
            for k in 1..<length { value = value << 6 | UInt32(base[i + k] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), isKept(scalar), isSurelyNFC(scalar) else { return false }
            i += length
        }
        return true
    }

    /// Scalars that never decompose canonically and never combine. The ranges live in
    /// `XMLCharacters` so that `XMLWriter.leafIfPlain` checks exactly what `isClean` checks.
    @inline(__always)
    static func isSurelyNFC(_ scalar: Unicode.Scalar) -> Bool {
        XMLCharacters.isNormalizationInert(scalar)
    }

    /// Whether `s` is in NFC: the fast scalar test first, Foundation's normaliser (always right,
    /// slower) for anything else (combining marks, Hangul, compatibility ideographs ...).
    static func isSurelyNFC(_ s: String) -> Bool {
        if s.unicodeScalars.allSatisfy(isSurelyNFC) { return true }
        return s.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(s.unicodeScalars)
    }
}
