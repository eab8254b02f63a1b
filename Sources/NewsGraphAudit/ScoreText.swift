import Foundation

/// Name comparison as `score.py` does it (`norm`): NFKC, strip surrounding white space, then
/// full Unicode case folding (Python's `str.casefold`).
enum ScoreText {
    static func norm(_ text: String) -> String {
        let nfkc = text.precomposedStringWithCompatibilityMapping
        var scalars = Array(nfkc.unicodeScalars)
        while let last = scalars.last, isPythonSpace(last) { scalars.removeLast() }
        var start = 0
        while start < scalars.count && isPythonSpace(scalars[start]) { start += 1 }
        var out = String.UnicodeScalarView()
        for scalar in scalars[start...] { CaseFolding.fold(scalar, into: &out) }
        return String(out)
    }

    /// Python's `str.isspace()`: Unicode white space plus the four information separators
    /// U+001C–U+001F, which Python strips and Unicode does not call white space.
    static func isPythonSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}

/// Full case folding (Unicode CaseFolding.txt, statuses C and F), as Python's `str.casefold`.
///
/// Swift has the full lower-case mapping but no folding; the two agree except for the scalars
/// below (measured against Python over every code point after NFKC). Characters added to
/// Unicode after Python's tables (14.0 for Python 3.11) fold by Swift's newer data instead.
enum CaseFolding {
    static func fold(_ scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if let special = special[v] {
            for value in special { out.append(Unicode.Scalar(value)!) }
            return
        }
        switch v {
        case 0x13A0...0x13F5:  // Cherokee capitals fold to themselves,
            out.append(scalar)
        case 0x13F8...0x13FD:  // and the small letters to the capitals.
            out.append(Unicode.Scalar(v - 8)!)
        case 0xAB70...0xABBF:
            out.append(Unicode.Scalar(v - 0xAB70 + 0x13A0)!)
        case 0x1F80...0x1FAF:  // Greek with ypogegrammeni: the vowel, then iota.
            let base = (v & ~0x8) - 0x1F80
            let vowel: UInt32 = base < 0x10 ? 0x1F00 : base < 0x20 ? 0x1F20 - 0x10 : 0x1F60 - 0x20
            out.append(Unicode.Scalar(vowel + base)!)
            out.append("\u{3B9}")
        default:
            out.unicodeScalars(appendingLowercaseOf: scalar)
        }
    }

    static let special: [UInt32: [UInt32]] = [
        0xDF: [0x73, 0x73], 0x1E9E: [0x73, 0x73], 0x1F0: [0x6A, 0x30C], 0x345: [0x3B9],
        0x390: [0x3B9, 0x308, 0x301], 0x3B0: [0x3C5, 0x308, 0x301], 0x3C2: [0x3C3],
        0x1C80: [0x432], 0x1C81: [0x434], 0x1C82: [0x43E], 0x1C83: [0x441], 0x1C84: [0x442],
        0x1C85: [0x442], 0x1C86: [0x44A], 0x1C87: [0x463], 0x1C88: [0xA64B],
        0x1E96: [0x68, 0x331], 0x1E97: [0x74, 0x308], 0x1E98: [0x77, 0x30A], 0x1E99: [0x79, 0x30A],
        0x1F50: [0x3C5, 0x313], 0x1F52: [0x3C5, 0x313, 0x300], 0x1F54: [0x3C5, 0x313, 0x301], 0x1F56: [0x3C5, 0x313, 0x342],
        0x1FB2: [0x1F70, 0x3B9], 0x1FB3: [0x3B1, 0x3B9], 0x1FB4: [0x3AC, 0x3B9], 0x1FB6: [0x3B1, 0x342],
        0x1FB7: [0x3B1, 0x342, 0x3B9], 0x1FBC: [0x3B1, 0x3B9],
        0x1FC2: [0x1F74, 0x3B9], 0x1FC3: [0x3B7, 0x3B9], 0x1FC4: [0x3AE, 0x3B9], 0x1FC6: [0x3B7, 0x342],
        0x1FC7: [0x3B7, 0x342, 0x3B9], 0x1FCC: [0x3B7, 0x3B9],
        0x1FD2: [0x3B9, 0x308, 0x300], 0x1FD6: [0x3B9, 0x342], 0x1FD7: [0x3B9, 0x308, 0x342],
        0x1FE2: [0x3C5, 0x308, 0x300], 0x1FE4: [0x3C1, 0x313], 0x1FE6: [0x3C5, 0x342], 0x1FE7: [0x3C5, 0x308, 0x342],
        0x1FF2: [0x1F7C, 0x3B9], 0x1FF3: [0x3C9, 0x3B9], 0x1FF4: [0x3CE, 0x3B9], 0x1FF6: [0x3C9, 0x342],
        0x1FF7: [0x3C9, 0x342, 0x3B9], 0x1FFC: [0x3C9, 0x3B9],
    ]
}

extension String.UnicodeScalarView {
    fileprivate mutating func unicodeScalars(appendingLowercaseOf scalar: Unicode.Scalar) {
        append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }
}
