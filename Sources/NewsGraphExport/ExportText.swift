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

    /// True when `clean` would surely return `s` unchanged: every character `XMLCharacters.isPlain`
    /// (nothing to remove, every character in a block NFC leaves alone). False sends `s` through
    /// the careful path in `clean`.
    static func isClean(_ s: String) -> Bool {
        if let fast = s.utf8.withContiguousStorageIfAvailable(XMLCharacters.isAllPlain) { return fast }
        return s.unicodeScalars.allSatisfy(XMLCharacters.isPlain)
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
