/// OCR repair of newspaper text, keeping for every repaired scalar its offset in the original.
///
/// Rules, in order of application:
/// 1. Safe folding, one scalar for one: full-width Latin letters and digits to ASCII,
///    CJK compatibility ideographs to their unified form (NFKC's effect on those scalars only;
///    CJK punctuation stays as written).
/// 2. Spaced-out CJK (`收 盤 ， 創`): a space between two CJK characters goes when either side
///    is a single CJK character standing alone; spaces between CJK words (`責編 林疋`) stay.
/// 3. Line breaks. A page laid out in narrow columns (most lines short and unpunctuated) is
///    re-flowed: a break inside a CJK run is removed, even across blank lines; a break after a
///    sentence end followed by a blank line is a paragraph; short stand-alone lines (bylines,
///    headings), indented lines and lines that keep word spaces stay on lines of their own.
///    Elsewhere lines and paragraphs are kept. Everywhere, `Deep-\nSeek` becomes `DeepSeek`
///    and an English line that runs on in lower case is joined with a space.
public enum TextRepair {
    public static func repair(_ text: String) -> RepairedText {
        var source: [UInt32] = []
        source.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { source.append(safeFold(scalar.value)) }
        let lines = splitLines(source)
        let columnLayout = isColumnLayout(lines, source)
        var out = Output(capacity: source.count)
        var previous: Line? = nil
        var blankRun = 0
        for line in lines {
            if line.isBlank { blankRun += 1; continue }
            if let previous {
                joinLines(previous, line, blankLines: blankRun, columnLayout: columnLayout, source: source, out: &out)
            }
            emitLine(line, source: source, out: &out)
            previous = line
            blankRun = 0
        }
        out.map.append(source.count)
        let scalars = out.scalars.map { Unicode.Scalar($0)! }
        return RepairedText(scalars: scalars, sourceOffsets: out.map)
    }

    struct Line {
        var start: Int      // first non-space scalar
        var end: Int        // one past the last non-space scalar
        var rawStart: Int   // start of the line including indentation
        var newline: Int    // offset of the line's terminating newline (or text end)
        var isBlank: Bool { start >= end }
        var length: Int { end - start }
        var indented: Bool { start > rawStart }
    }

    struct Output {
        var scalars: [UInt32] = []
        var map: [Int] = []
        init(capacity: Int) {
            scalars.reserveCapacity(capacity)
            map.reserveCapacity(capacity + 1)
        }
        mutating func append(_ value: UInt32, from offset: Int) {
            scalars.append(value)
            map.append(offset)
        }
        mutating func removeLast() {
            scalars.removeLast()
            map.removeLast()
        }
    }

    @inline(__always)
    static func safeFold(_ v: UInt32) -> UInt32 {
        if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) {
            return v - 0xFEE0
        }
        if (0xF900...0xFAFF).contains(v), let scalar = Unicode.Scalar(v) {
            let normalized = String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars
            if normalized.count == 1 { return normalized.first!.value }
        }
        if v == 0x0D { return 0x20 }
        return v
    }

    static func splitLines(_ source: [UInt32]) -> [Line] {
        var lines: [Line] = []
        var lineStart = 0
        var index = 0
        let count = source.count
        while index <= count {
            if index == count || source[index] == 0x0A {
                var start = lineStart, end = index
                while start < end && CharacterClass.isSpace(source[start]) { start += 1 }
                while end > start && CharacterClass.isSpace(source[end - 1]) { end -= 1 }
                lines.append(Line(start: start, end: end, rawStart: lineStart, newline: index))
                lineStart = index + 1
            }
            index += 1
        }
        return lines
    }

    /// A column page: most non-blank lines are short (6–32 scalars) and end without punctuation.
    static func isColumnLayout(_ lines: [Line], _ source: [UInt32]) -> Bool {
        let filled = lines.filter { !$0.isBlank }
        guard filled.count >= 8 else { return false }
        let short = filled.filter { line in
            line.length >= 6 && line.length <= 32 && !CharacterClass.isSentenceEnd(source[line.end - 1])
        }
        return short.count * 2 > filled.count
    }

    static func emitLine(_ line: Line, source: [UInt32], out: inout Output) {
        var index = line.start
        while index < line.end {
            let v = source[index]
            if CharacterClass.isSpace(v) {
                var runEnd = index
                while runEnd < line.end && CharacterClass.isSpace(source[runEnd]) { runEnd += 1 }
                if !spacedOutGap(source, line: line, gapStart: index, gapEnd: runEnd) {
                    out.append(0x20, from: index)
                }
                index = runEnd
                continue
            }
            out.append(v, from: index)
            index += 1
        }
    }

    /// True when the spaces in `gapStart..<gapEnd` separate spaced-out CJK characters.
    static func spacedOutGap(_ source: [UInt32], line: Line, gapStart: Int, gapEnd: Int) -> Bool {
        let left = source[gapStart - 1], right = source[gapEnd]
        guard CharacterClass.isCJK(left), CharacterClass.isCJK(right) else { return false }
        var leftToken = 0, k = gapStart - 1
        while k >= line.start && !CharacterClass.isSpace(source[k]) { leftToken += 1; k -= 1 }
        var rightToken = 0
        k = gapEnd
        while k < line.end && !CharacterClass.isSpace(source[k]) { rightToken += 1; k += 1 }
        return leftToken == 1 || rightToken == 1
    }

    static func joinLines(_ a: Line, _ b: Line, blankLines: Int, columnLayout: Bool, source: [UInt32], out: inout Output) {
        let last = source[a.end - 1], first = source[b.start]
        let breakOffset = a.newline
        // Latin word hyphenated across the break: drop hyphen and break.
        if last == 0x2D, a.length >= 2, CharacterClass.isLatinLetter(source[a.end - 2]), CharacterClass.isLatinLetter(first) {
            out.removeLast()
            return
        }
        let endsSentence = CharacterClass.isSentenceEnd(last) || (CharacterClass.isClosing(last) && a.length >= 2 && CharacterClass.isSentenceEnd(source[a.end - 2]))
        if !columnLayout {
            if blankLines == 0, !endsSentence, CharacterClass.isLatinWordCharacter(last) || last == 0x2C,
               (0x61...0x7A).contains(first) {
                out.append(0x20, from: breakOffset)
                return
            }
            out.append(0x0A, from: breakOffset)
            if blankLines > 0 { out.append(0x0A, from: breakOffset) }
            return
        }
        if endsSentence && blankLines > 0 {
            out.append(0x0A, from: breakOffset)
            out.append(0x0A, from: breakOffset)
            return
        }
        if b.indented || isStandalone(a, source) || isStandalone(b, source) || keepsWordSpaces(a, source) {
            out.append(0x0A, from: breakOffset)
            return
        }
        if CharacterClass.isCJK(last) || CharacterClass.isCJK(first) {
            return  // a CJK run broken by the layout: join with nothing
        }
        out.append(0x20, from: breakOffset)
    }

    /// A short line of Han characters only (a byline name, a column name, a heading word).
    static func isStandalone(_ line: Line, _ source: [UInt32]) -> Bool {
        guard line.length <= 5 else { return false }
        for k in line.start..<line.end where !CharacterClass.isHan(source[k]) { return false }
        return true
    }

    /// A line that keeps a space between two multi-character CJK words (`責編 林疋 美編 曹俊蘋`),
    /// as bylines and credits do, and does not end a sentence or clause.
    static func keepsWordSpaces(_ line: Line, _ source: [UInt32]) -> Bool {
        let allowed: Set<UInt32> = [0x3001, 0x30FB, 0x2F, 0xFF0F, 0x00B7]
        for k in line.start..<line.end where CharacterClass.isCJKPunctuation(source[k]) && !allowed.contains(source[k]) || CharacterClass.isSentenceEnd(source[k]) || source[k] == 0x2C {
            return false
        }
        var k = line.start + 1
        while k < line.end - 1 {
            if CharacterClass.isSpace(source[k]) {
                var r = k
                while r < line.end && CharacterClass.isSpace(source[r]) { r += 1 }
                if r < line.end, CharacterClass.isHan(source[k - 1]), CharacterClass.isHan(source[r]),
                   !spacedOutGap(source, line: line, gapStart: k, gapEnd: r) {
                    return true
                }
                k = r
            } else {
                k += 1
            }
        }
        return false
    }
}
