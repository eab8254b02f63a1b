/// Fitting text into terminal columns: East Asian wide and full-width characters take two
/// columns, combining marks and format characters none, everything else one.
enum TerminalText {
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide(v) ? 2 : 1
    }

    /// East Asian Width W and F, the blocks news text uses (Unicode 15, condensed).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `columns` columns, ending in "…" when cut. Line breaks and tabs
    /// become spaces so one value stays on one line.
    static func fit(_ text: String, _ columns: Int) -> String {
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 }))
        if width(flat) <= columns { return flat }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in flat.unicodeScalars {
            let w = width(scalar)
            if used + w > columns - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }

    /// `text` fitted and padded with spaces to exactly `columns` columns.
    static func pad(_ text: String, _ columns: Int, right: Bool = false) -> String {
        let fitted = fit(text, columns)
        let fill = String(repeating: " ", count: max(0, columns - width(fitted)))
        return right ? fill + fitted : fitted + fill
    }

    /// The part of `text` (a sentence) that fits `columns`, keeping `start..<end` (scalar
    /// offsets) in view, with "…" where it was cut.
    static func window(_ text: String, start: Int, end: Int, columns: Int) -> String {
        let scalars = Array(String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 })).unicodeScalars)
        let total = scalars.reduce(0) { $0 + width($1) }
        if total <= columns { return String(String.UnicodeScalarView(scalars)) }
        // Grow a window around the mention, one scalar left then right, until it is full.
        var lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
        var used = scalars[lower..<upper].reduce(0) { $0 + width($1) }
        let budget = columns - 2
        var grew = true
        while grew {
            grew = false
            if lower > 0, used + width(scalars[lower - 1]) <= budget { lower -= 1; used += width(scalars[lower]); grew = true }
            if upper < scalars.count, used + width(scalars[upper]) <= budget { used += width(scalars[upper]); upper += 1; grew = true }
        }
        let body = String(String.UnicodeScalarView(scalars[lower..<upper]))
        let head = lower > 0 ? "…" : ""
        // A mention wider than the line is cut itself; `fit` adds the one trailing "…".
        if width(body) > budget { return head + fit(body, columns - width(head)) }
        return head + body + (upper < scalars.count ? "…" : "")
    }
}
