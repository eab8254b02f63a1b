import NewsGraphText

/// A list of folded words answering "which word starts (or ends) here?" in constant time for
/// the common case: a flat table over the BMP rejects positions whose scalar begins (ends)
/// no word, before any comparison.
struct WordList: Sendable {
    let words: [[UInt32]]
    private var byFirst: [UInt32: [[UInt32]]] = [:]
    private var byLast: [UInt32: [[UInt32]]] = [:]
    private var startsWord: [Bool]
    private var endsWord: [Bool]

    init(_ words: [[UInt32]]) {
        self.words = words.sorted { $0.count > $1.count }
        startsWord = Array(repeating: false, count: 0x10000)
        endsWord = Array(repeating: false, count: 0x10000)
        for word in self.words where !word.isEmpty {
            byFirst[word[0], default: []].append(word)
            byLast[word[word.count - 1], default: []].append(word)
            if word[0] < 0x10000 { startsWord[Int(word[0])] = true }
            if word[word.count - 1] < 0x10000 { endsWord[Int(word[word.count - 1])] = true }
        }
    }

    init(_ strings: [String]) {
        self.init(strings.map(ScriptFolding.fold))
    }

    /// The longest word starting at `at`.
    @inline(__always)
    func word(in text: [UInt32], at: Int) -> [UInt32]? {
        guard at >= 0, at < text.count else { return nil }
        let first = text[at]
        if first < 0x10000 && !startsWord[Int(first)] { return nil }
        guard let candidates = byFirst[first] else { return nil }
        for word in candidates where at + word.count <= text.count {
            var k = 1
            while k < word.count && text[at + k] == word[k] { k += 1 }
            if k == word.count { return word }
        }
        return nil
    }

    /// The longest word ending just before `end`.
    @inline(__always)
    func word(in text: [UInt32], endingAt end: Int) -> [UInt32]? {
        guard end > 0, end <= text.count else { return nil }
        let last = text[end - 1]
        if last < 0x10000 && !endsWord[Int(last)] { return nil }
        guard let candidates = byLast[last] else { return nil }
        for word in candidates where end - word.count >= 0 {
            let start = end - word.count
            var k = 0
            while k < word.count - 1 && text[start + k] == word[k] { k += 1 }
            if k == word.count - 1 { return word }
        }
        return nil
    }
}
