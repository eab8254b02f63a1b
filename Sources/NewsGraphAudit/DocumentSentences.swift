import NewsGraphExtraction

/// One document's text split into sentences (as the relation rules split it), for snippets.
struct DocumentSentences {
    let name: String
    let scalars: [Unicode.Scalar]
    let spans: [Range<Int>]

    init(_ extraction: DocumentExtraction) {
        name = extraction.name
        scalars = Array(extraction.text.unicodeScalars)
        spans = extraction.sentences
    }

    /// The index of the sentence holding `offset`, or nil (offsets between sentences).
    func sentence(at offset: Int) -> Int? {
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < spans.count && spans[low].contains(offset) ? low : nil
    }

    func text(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[clamped])
        return String(view)
    }

    /// The mention in its sentence; a long sentence is cut to a window around the mention.
    func snippet(_ mention: Mention) -> Snippet {
        var range = sentence(at: mention.start).map { spans[$0] } ?? (mention.start - 40)..<(mention.end + 40)
        range = range.clamped(to: 0..<scalars.count)
        range = Self.window(range, around: mention.start..<mention.end)
        return Snippet(document: name, start: mention.start, end: mention.end, sourceStart: mention.sourceStart, sourceEnd: mention.sourceEnd,
                       sentence: text(range), sentenceStart: mention.start - range.lowerBound, sentenceEnd: mention.end - range.lowerBound)
    }

    /// At most `Snippet.maximumLength` scalars of `range`, keeping `inner` and centring on it.
    static func window(_ range: Range<Int>, around inner: Range<Int>) -> Range<Int> {
        let limit = Snippet.maximumLength
        guard range.count > limit else { return range }
        let spare = max(0, limit - inner.count)
        var lower = max(range.lowerBound, inner.lowerBound - spare / 2)
        let upper = min(range.upperBound, lower + max(limit, inner.count))
        lower = max(range.lowerBound, upper - max(limit, inner.count))
        return lower..<upper
    }
}

extension Snippet {
    /// Sentences longer than this (OCR text without punctuation) are cut around the mention.
    public static let maximumLength = 240
}
