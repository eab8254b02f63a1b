import NewsGraphOntology
import NewsGraphText

/// Year-specific things named without their year. A catalog entry `F` heads a family when
/// entries `F-<year…>` exist (`hong-kong-budget` and `hong-kong-budget-2025-26`). A bare
/// mention of `F` links to the member the document names elsewhere; else to the member of the
/// document's year (the latest year the text mentions; the year before after 去年 / "last
/// year"); else it stays on `F`.
extension MentionContext {
    mutating func resolveFamilies() {
        let families = knowledge.families
        guard !families.isEmpty else { return }
        let named = Set(mentions.compactMap { m -> Int? in if case .catalog(let i) = m.ref { return i } else { return nil } })
        let year = documentYear()
        for k in mentions.indices {
            guard case .catalog(let head) = mentions[k].ref, let members = families[head] else { continue }
            if let member = members.first(where: { named.contains($0.index) }) {
                mentions[k].ref = .catalog(member.index)
                continue
            }
            guard var wanted = year else { continue }
            let before = max(0, mentions[k].start - 8)
            if (before..<mentions[k].start).contains(where: { doc.word(from: Lexicon.lastYear, at: $0) != nil }) { wanted -= 1 }
            if let member = members.first(where: { $0.year == wanted }) {
                mentions[k].ref = .catalog(member.index)
            }
        }
    }

    /// The latest plausible year (2000–2099) written in the text, as digits.
    func documentYear() -> Int? {
        let s = doc.scalars
        var best: Int? = nil
        var i = 0
        while i + 4 <= s.count {
            if (i == 0 || !CharacterClass.isDigit(s[i - 1])), s[i] == 0x32, s[i + 1] == 0x30, CharacterClass.isDigit(s[i + 2]), CharacterClass.isDigit(s[i + 3]), i + 4 == s.count || !CharacterClass.isDigit(s[i + 4]) {
                let year = 2000 + Int(s[i + 2] - 0x30) * 10 + Int(s[i + 3] - 0x30)
                if year <= 2035 { best = max(best ?? year, year) }
                i += 4
            } else {
                i += 1
            }
        }
        return best
    }
}

extension Knowledge {
    struct FamilyMember: Sendable {
        var index: Int
        var year: Int
    }

    /// Family heads (catalog index) and their year-specific members, from ids alone.
    static func families(of catalog: Catalog) -> [Int: [FamilyMember]] {
        var indexByID: [String: Int] = [:]
        for (i, entry) in catalog.entries.enumerated() { indexByID[entry.id] = i }
        var result: [Int: [FamilyMember]] = [:]
        for (i, entry) in catalog.entries.enumerated() {
            let parts = entry.id.split(separator: "-")
            guard let yearIndex = parts.lastIndex(where: { $0.count == 4 && $0.hasPrefix("20") && Int($0) != nil }), yearIndex > 0 else { continue }
            let head = parts[..<yearIndex].joined(separator: "-")
            guard let headIndex = indexByID[head], let year = Int(parts[yearIndex]) else { continue }
            result[headIndex, default: []].append(FamilyMember(index: i, year: year))
        }
        return result
    }
}

/// Names shared by several entities (`ambiguous.tsv`): the entity whose related entities
/// (the objects of its catalog facts) the document names most wins; ties keep the preferred one.
extension MentionContext {
    mutating func chooseAmongAlternatives() {
        guard !knowledge.alternatives.isEmpty else { return }
        var named: [Int: Int] = [:]
        for c in candidates { if case .catalog(let i) = c.ref { named[i, default: 0] += 1 } }
        for k in candidates.indices {
            guard case .catalog(let preferred) = candidates[k].ref else { continue }
            let name = String(String.UnicodeScalarView(doc.folded[candidates[k].start..<candidates[k].end].compactMap(Unicode.Scalar.init)))
            guard let options = knowledge.alternatives[name] else { continue }
            func score(_ index: Int) -> Int {
                knowledge.entry(index).facts.reduce(0) { sum, fact in sum + (knowledge.catalogIndex(id: fact.object).flatMap { named[$0] } ?? 0) }
            }
            let best = options.max { a, b in (score(a), a == preferred ? 1 : 0) < (score(b), b == preferred ? 1 : 0) } ?? preferred
            candidates[k].ref = .catalog(best)
        }
    }
}
