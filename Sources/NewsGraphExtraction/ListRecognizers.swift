import NewsGraphOntology
import NewsGraphText

/// Names known by the company they keep: quoted items of one list are things of one kind.
extension MentionContext {
    /// What may stand between two quoted items of one list (a line break too: OCR columns).
    static let listItemJoiners = Lexicon.set("、，,及和與 \n")

    /// 「港文通」、「港會通」及「港話通」: when the catalog knows some items of a list of quoted
    /// names and they are all of one kind (products, policies, events, organisations), the
    /// unknown items are of that kind too.
    mutating func recogniseQuotedSiblings() {
        let f = doc.folded
        /// The closing mark of an opening quote (「『“), else nil: a switch, since this runs on every scalar.
        func closing(_ v: UInt32) -> UInt32? {
            switch v {
            case 0x300C: return 0x300D
            case 0x300E: return 0x300F
            case 0x201C: return 0x201D
            default: return nil
            }
        }
        var quotes: [(open: Int, close: Int)] = []
        var i = 0
        while i < f.count {
            guard let close = closing(f[i]) else { i += 1; continue }
            var j = i + 1
            while j < f.count && j - i <= 22 && f[j] != close && f[j] != 0x0A && f[j] != 0x3002 { j += 1 }
            guard j < f.count, f[j] == close else { i += 1; continue }
            quotes.append((i, j))
            i = j + 1
        }
        var group: [(open: Int, close: Int)] = []
        func finish() {
            defer { group = [] }
            guard group.count >= 2 else { return }
            var kinds = Set<CoreType>()
            var unknown: [(start: Int, end: Int)] = []
            for quote in group {
                let start = quote.open + 1, end = quote.close
                // The catalog may know the name with its quotes (「港話通」) or without.
                if let known = catalogCandidate(startingAt: start) ?? catalogCandidate(startingAt: quote.open), known.end == end || known.end == end + 1 {
                    kinds.insert(coreType(of: known.ref))
                } else if end - start >= 2, !candidates.contains(where: { $0.start == start && $0.end == end }) {
                    unknown.append((start, end))
                }
            }
            guard kinds.count == 1, let kind = kinds.first, [.product, .policy, .event, .organization].contains(kind) else { return }
            for (start, end) in unknown {
                let key = ScriptFolding.folded(doc.text(start, end))
                candidates.append(Candidate(start: start, end: end, ref: .unknown(EntityType(kind), key: key), rule: "list-sibling", priority: 2))
            }
        }
        for quote in quotes {
            if let last = group.last {
                let gap = (last.close + 1)..<quote.open
                if gap.count > 3 || !gap.allSatisfy({ Self.listItemJoiners.contains(f[$0]) }) { finish() }
            }
            group.append(quote)
        }
        finish()
    }
}
