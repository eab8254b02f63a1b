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

    /// True when `clean` would return `s` unchanged. Scans UTF-8 bytes first: only bytes below
    /// 0x20 and the encodings of U+FFFD..U+FFFF (EF BF BD..BF) can be removed from a valid
    /// UTF-8 string, and text below U+0300 (lead bytes < 0xCC) is always in NFC.
    static func isClean(_ s: String) -> Bool {
        let bytesOK: Bool? = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let count = bytes.count
            var i = 0
            var mayNeedNFC = false
            while i < count {
                let b = bytes[i]
                if b < 0x20 {
                    if b != 0x9 && b != 0xA && b != 0xD { return false }
                } else if b >= 0xCC {
                    if b == 0xEF, i + 2 < count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBD { return false }
                    mayNeedNFC = true
                }
                i += 1
            }
            return mayNeedNFC ? nil : true
        } ?? nil
        if let bytesOK { return bytesOK }
        return s.unicodeScalars.allSatisfy(isKept) && isSurelyNFC(s)
    }

    /// A fast sufficient test for NFC: every scalar is one that never decomposes canonically
    /// and never combines (Latin-1 and below, general punctuation but U+2000/U+2001, CJK
    /// symbols but the tone marks U+302A–U+302F, unified ideographs, full-width forms). Any
    /// other string goes to Foundation's normaliser, which is always right, just slower.
    static func isSurelyNFC(_ s: String) -> Bool {
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0..<0x300, 0x2002...0x206F, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF:
                continue
            default:
                return s.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(s.unicodeScalars)
            }
        }
        return true
    }
}
