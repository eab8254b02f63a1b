import NewsGraphText

/// One document's repaired text prepared for the rules: scalars, folded scalars, sentences.
struct DocumentText {
    let repaired: RepairedText
    let scalars: [UInt32]
    let folded: [UInt32]
    /// Sentence spans `start..<end`, in order, covering every non-space scalar.
    let sentences: [Range<Int>]
    /// For each scalar, the index of its sentence.
    let sentenceOf: [Int32]

    init(_ repaired: RepairedText) {
        self.repaired = repaired
        let scalars = repaired.scalars.map(\.value)
        self.scalars = scalars
        self.folded = scalars.map(ScriptFolding.fold)
        let sentences = SentenceSplitter.split(scalars)
        self.sentences = sentences
        var sentenceOf = [Int32](repeating: -1, count: scalars.count)
        for (index, range) in sentences.enumerated() {
            for k in range { sentenceOf[k] = Int32(index) }
        }
        self.sentenceOf = sentenceOf
    }

    var count: Int { scalars.count }

    func text(_ start: Int, _ end: Int) -> String { repaired.slice(start, end) }

    /// True when the folded text at `at` starts with `word`.
    @inline(__always)
    func has(_ word: [UInt32], at: Int) -> Bool {
        guard at >= 0, at + word.count <= folded.count else { return false }
        for k in 0..<word.count where folded[at + k] != word[k] { return false }
        return true
    }

    /// True when the folded text ending just before `end` ends with `word`.
    @inline(__always)
    func hasSuffix(_ word: [UInt32], endingAt end: Int) -> Bool { has(word, at: end - word.count) }

    /// The longest word of `words` found at `at`, if any.
    @inline(__always)
    func word(from words: WordList, at: Int) -> [UInt32]? { words.word(in: folded, at: at) }

    /// The longest word of `words` ending at `end`, if any.
    @inline(__always)
    func word(from words: WordList, endingAt end: Int) -> [UInt32]? { words.word(in: folded, endingAt: end) }

    func sentence(at offset: Int) -> Int { offset < sentenceOf.count ? Int(sentenceOf[offset]) : -1 }
}

/// Splits text into sentences: after 。！？!?; (and `.` before a space and a capital or a line
/// end), and at every line break.
enum SentenceSplitter {
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "st", "no", "u.s", "u.k", "e.g", "i.e", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "gov"]

    static func split(_ s: [UInt32]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            var a = start, b = end
            while a < b && (CharacterClass.isSpace(s[a]) || s[a] == 0x0A) { a += 1 }
            while b > a && (CharacterClass.isSpace(s[b - 1]) || s[b - 1] == 0x0A) { b -= 1 }
            if a < b { result.append(a..<b) }
            start = end
        }
        while i < s.count {
            let v = s[i]
            if v == 0x0A { close(i + 1); i += 1; continue }
            if v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0xFF1B || v == 0x21 || v == 0x3F || v == 0x3B {
                var end = i + 1
                while end < s.count && CharacterClass.isClosing(s[end]) { end += 1 }
                close(end); i = end; continue
            }
            if v == 0x2E, i + 1 < s.count, CharacterClass.isSpace(s[i + 1]) || s[i + 1] == 0x0A || CharacterClass.isClosing(s[i + 1]) {
                var w = i
                while w > start && CharacterClass.isLatinLetter(s[w - 1]) || (w > start && s[w - 1] == 0x2E) { w -= 1 }
                var word = String.UnicodeScalarView()
                for k in w..<i { word.append(Unicode.Scalar(s[k])!) }
                var next = i + 1
                while next < s.count && (CharacterClass.isSpace(s[next]) || CharacterClass.isClosing(s[next])) { next += 1 }
                let capitalNext = next < s.count && ((0x41...0x5A).contains(s[next]) || CharacterClass.isDigit(s[next]) || CharacterClass.isCJK(s[next]) || s[next] == 0x0A)
                if !abbreviations.contains(String(word).lowercased()), capitalNext || next >= s.count {
                    var end = i + 1
                    while end < s.count && CharacterClass.isClosing(s[end]) { end += 1 }
                    close(end); i = end; continue
                }
            }
            i += 1
        }
        close(s.count)
        return result
    }
}
