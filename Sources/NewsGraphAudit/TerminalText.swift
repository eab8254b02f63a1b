import NewsGraphText
/// Fitting text into terminal columns: East Asian wide and full-width characters take two
/// columns, combining marks and format characters none, everything else one.
enum TerminalText {
    static func width(_ text: String) -> Int { DisplayWidth.of(text) }

    static func width(_ scalar: Unicode.Scalar) -> Int { DisplayWidth.of(scalar) }

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
