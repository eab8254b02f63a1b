import NewsGraphOntology
import NewsGraphText

/// Recognisers for Chinese names the catalog lacks. Each proposes candidates only with
/// confirming context: a role word, a speech verb, a byline or credit, a head word.
extension MentionContext {
    mutating func recognise() {
        recognisePersonsAfterRoles()
        recognisePersonsBeforeFollowers()
        recogniseCredits()
        recogniseQuotedPolicies()
        recogniseQuotedSiblings()
        recogniseOrganizations()
        recogniseEvents()
        recognisePlaces()
        recognisePartyCommittees()
        recogniseAbbreviatedPlaces()
        recogniseEnglish()
    }

    /// The length of a Chinese personal name starting at `start` (2–4 scalars), or nil.
    func personNameLength(at start: Int, strict: Bool, end limit: Int? = nil) -> Int? {
        let f = doc.folded
        let count = min(f.count, limit ?? f.count)
        guard start < count else { return nil }
        var surname = 0
        if let double = doc.word(from: Lexicon.doubleSurnames, at: start) {
            surname = double.count
        } else if Lexicon.surnames.contains(f[start]) {
            surname = 1
        } else {
            return nil
        }
        var given = 0
        // 劉會平, 陳時中: a softer stop character may open a two-character given name when the name
        // then ends cleanly (a stop, punctuation or the end follows), so 李會見外賓 stays a verb.
        let first = start + surname
        if first + 1 < count, Lexicon.nameStop.contains(f[first]), !Lexicon.hardNameStop.contains(f[first]),
           CharacterClass.isHan(f[first + 1]), !Lexicon.nameStop.contains(f[first + 1]),
           first + 2 >= count || !CharacterClass.isHan(f[first + 2]) || Lexicon.hardNameStop.contains(f[first + 2]) || Lexicon.timeWords.contains(f[first + 2]) {
            return surname + 2
        }
        while given < 2, start + surname + given < count {
            let v = f[start + surname + given]
            // A stop character ends the name; a credit or byline (not strict) may still use one
            // as the given name's first character (張三, 李四).
            guard CharacterClass.isHan(v), !Lexicon.nameStop.contains(v) || given == 0 && !strict else { break }
            given += 1
        }
        guard given >= 1 else { return nil }
        // A catalog name starting right inside the second given character: keep the shorter name.
        if given == 2, catalogCandidate(startingAt: start + surname + 1) != nil { given = 1 }
        return surname + given
    }

    func unknownPerson(_ start: Int, _ end: Int, rule: String, priority: Int = 2) -> Candidate {
        Candidate(start: start, end: end, ref: .unknown(EntityType(.person), key: ScriptFolding.folded(doc.text(start, end))), rule: rule, priority: priority)
    }

    /// 局長謝展寰, 總理李強, 主任王菊英博士, 評論員 蘇信.
    mutating func recognisePersonsAfterRoles() {
        let f = doc.folded
        var i = 0
        while i < f.count {
            guard CharacterClass.isHan(f[i]), let role = doc.word(from: Lexicon.roles, at: i) else { i += 1; continue }
            var start = i + role.count
            while start < f.count && CharacterClass.isSpace(f[start]) { start += 1 }
            if start < f.count, f[start] == 0x28 || f[start] == 0xFF08, let close = (start..<min(f.count, start + 8)).first(where: { f[$0] == 0x29 || f[$0] == 0xFF09 }) {
                start = close + 1  // 常任秘書長(環境)謝小華
            }
            if catalogCandidate(startingAt: start) == nil, let length = personNameLength(at: start, strict: true) {
                candidates.append(unknownPerson(start, start + length, rule: "person-after-role"))
            }
            i += role.count
        }
    }

    /// 謝展寰表示, 陳美寶指出, 徐浩光博士 — only where the name starts a clause.
    mutating func recognisePersonsBeforeFollowers() {
        let f = doc.folded
        for start in 0..<f.count {
            let before = start > 0 ? f[start - 1] : 0x0A
            guard CharacterClass.isCJKPunctuation(before) || before == 0x0A || CharacterClass.isSpace(before) || doc.word(from: Lexicon.roles, endingAt: start) != nil || catalogCandidate(endingAt: start) != nil else { continue }
            guard let length = personNameLength(at: start, strict: true) else { continue }
            for len in [length, length - 1] where len >= 2 {
                if doc.word(from: Lexicon.personFollowers, at: start + len) != nil, catalogCandidate(startingAt: start) == nil {
                    candidates.append(unknownPerson(start, start + len, rule: "person-before-verb"))
                    break
                }
            }
        }
    }

    /// Photo credits `（陳葦慈攝）` and bylines standing alone on a line (`青平`).
    mutating func recogniseCredits() {
        let f = doc.folded
        let creditMark = ScriptFolding.fold(0x651D)  // 攝
        for i in 0..<f.count where f[i] == creditMark {
            for length in [3, 2, 4] where i - length >= 0 {
                let start = i - length
                let before = start > 0 ? f[start - 1] : 0x0A
                if (before == 0x28 || before == 0xFF08 || before == 0x2F || CharacterClass.isSpace(before)), personNameLength(at: start, strict: false, end: i) == length {
                    candidates.append(unknownPerson(start, i, rule: "person-credit"))
                    break
                }
            }
        }
        for sentence in doc.sentences where sentence.count >= 2 && sentence.count <= 3 {
            let lineStart = sentence.lowerBound == 0 || f[sentence.lowerBound - 1] == 0x0A
            let lineEnd = sentence.upperBound == f.count || f[sentence.upperBound] == 0x0A
            guard lineStart, lineEnd, sentence.allSatisfy({ CharacterClass.isHan(f[$0]) }) else { continue }
            if personNameLength(at: sentence.lowerBound, strict: false) == sentence.count, catalogCandidate(startingAt: sentence.lowerBound) == nil {
                candidates.append(unknownPerson(sentence.lowerBound, sentence.upperBound, rule: "person-byline", priority: 1))
            }
        }
    }

    /// 「優秀人才入境計劃」, 《關於開展…的合作安排》: quoted names that end in a policy word.
    mutating func recogniseQuotedPolicies() {
        let f = doc.folded
        let pairs: [(UInt32, UInt32)] = [(0x300C, 0x300D), (0x300A, 0x300B), (0x300E, 0x300F), (0x201C, 0x201D)]
        for i in 0..<f.count {
            guard let pair = pairs.first(where: { $0.0 == f[i] }) else { continue }
            var j = i + 1
            while j < f.count && j - i <= 40 && f[j] != pair.1 && f[j] != 0x0A { j += 1 }
            guard j < f.count, f[j] == pair.1, j - i - 1 >= 2 else { continue }
            let start = i + 1, end = j
            let quotedBook = pair.0 == 0x300A
            if doc.word(from: Lexicon.policyHeads, endingAt: end) != nil || quotedBook && end - start >= 3 {
                let key = ScriptFolding.folded(doc.text(start, end))
                if knowledge.catalogIndex(forName: key) == nil {
                    candidates.append(Candidate(start: start, end: end, ref: .unknown(EntityType(.policy), key: key), rule: "policy-quoted", priority: 2))
                }
            }
        }
    }
}
