import Foundation
import NewsGraphOntology
import NewsGraphText

/// Titles and appositions: 環境及生態局局長謝展寰, 民建聯副主席 陳勇, "FSDC Executive Director
/// King Au", "Paul Chan, financial secretary of the HKSAR government"; and bylines.
extension RelationFinder {
    static let leaderObjects: Set<String> = ["Legislature", "PoliticalParty", "PoliticalAdvisoryBody"]

    /// 該局局長, 該公司主席: "the bureau", "the company" ending at `end` names the last body of
    /// that kind in this sentence or the two before.
    func anaphoricBody(endingAt end: Int, sentence s: Int) -> PlacedMention? {
        guard let anaphor = doc.word(from: Lexicon.bodyAnaphors, endingAt: end) else { return nil }
        let start = end - anaphor.count
        let kind = Array(anaphor.dropFirst())  // 局, 公司 …
        for k in stride(from: s, through: max(0, s - 2), by: -1) {
            let found = bySentence[k].last { m in
                m.core == .organization && m.end <= start && Array(doc.folded[max(m.start, m.end - kind.count)..<m.end]) == kind
            }
            if let found { return found }
        }
        return nil
    }

    func leadershipRole(_ roles: [[UInt32]]) -> Bool {
        roles.contains { !Lexicon.membershipRoles.contains($0) && !Lexicon.bylineRoles.contains($0) }
    }

    mutating func titles(in s: Int) {
        let mentions = bySentence[s]
        for person in mentions where person.core == .person {
            var cursor = person.start
            var chain = 0
            while chain < 4 {
                while cursor > 0 && CharacterClass.isSpace(doc.folded[cursor - 1]) { cursor -= 1 }
                var roleEnd = cursor
                if roleEnd > 0, doc.folded[roleEnd - 1] == 0x29 {
                    var k = roleEnd - 1
                    while k > 0 && doc.folded[k] != 0x28 && roleEnd - k < 8 { k -= 1 }
                    if doc.folded[k] == 0x28 { roleEnd = k }
                }
                var roles: [[UInt32]] = []
                while let role = doc.word(from: Lexicon.roles, endingAt: roleEnd) {
                    roles.append(role)
                    roleEnd -= role.count
                }
                guard !roles.isEmpty else { break }
                // 警務處處長, 律政司司長: a role word that begins with its body's name.
                if mentions.last(where: { $0.end == roleEnd }) == nil, let outer = roles.last,
                   let inner = mentions.last(where: { $0.start == roleEnd && $0.end < roleEnd + outer.count && $0.core == .organization }) {
                    roleEnd = inner.end
                }
                guard let holder = mentions.last(where: { $0.end == roleEnd && ($0.core == .organization || $0.core == .place) }) else {
                    if chain == 0, let body = anaphoricBody(endingAt: roleEnd, sentence: s), leadershipRole(roles) {
                        add(id(person), "holdsPositionIn", id(body), sentence: s, rule: "anaphor-title", confidence: 0.7, role: gapText(roleEnd, cursor))
                    }
                    break
                }
                let roleText = gapText(roleEnd, cursor)
                let membership = roles.contains { Lexicon.membershipRoles.contains($0) || Lexicon.bylineRoles.contains($0) }
                let leadership = roles.contains { !Lexicon.membershipRoles.contains($0) && !Lexicon.bylineRoles.contains($0) }
                if leadership {
                    add(id(person), "holdsPositionIn", id(holder), sentence: s, rule: "title-apposition", confidence: 0.9, role: roleText)
                    if Self.leaderObjects.contains(holder.subclass ?? "") {
                        add(id(person), "memberOf", id(holder), sentence: s, rule: "title-apposition", confidence: 0.8, role: roleText)
                    }
                }
                if membership {
                    add(id(person), "memberOf", id(holder), sentence: s, rule: "title-membership", confidence: 0.85, role: roleText)
                }
                cursor = holder.start
                if cursor > 0, doc.folded[cursor - 1] == 0x3001 { cursor -= 1 }  // 、 joins titles in a chain
                chain += 1
            }
        }
    }

    static let ledBy: Set<String> = ["chaired", "headed", "led"]
    static let englishPrepositions: Set<String> = ["on", "in", "at", "during", "after", "before", "when", "while", "with"]

    mutating func englishTitles(in s: Int) {
        let mentions = bySentence[s]
        for (k, person) in mentions.enumerated() where person.core == .person {
            // Left: "<Org>['s] <Title words> <Person>"
            if k > 0 {
                let holder = mentions[k - 1]
                let between = gapText(holder.end, person.start)
                let words = between.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
                let firstTitle = words.firstIndex { MentionContext.titleWords.contains($0) }
                // "Speaking at the Legislative Council on Wednesday, the Secretary for Housing, Ms Winnie
                // Ho": the body sits in a phrase of its own, and "for Housing" names the post's portfolio.
                let detached = firstTitle.map { t in
                    words[..<t].contains { Self.englishPrepositions.contains($0) } || t + 1 < words.count && words[t + 1] == "for"
                } ?? true
                if (holder.core == .organization || holder.core == .place), between.unicodeScalars.count <= 80, !detached, !between.contains("."), !words.contains(where: { MentionContext.speechVerbs.contains($0) }) {
                    let membership = words.contains { $0 == "member" || $0 == "members" || $0 == "legislator" || $0 == "lawmaker" } && !words.contains { ["chair", "chairman", "chairwoman", "convenor", "president", "head", "director"].contains($0) }
                    add(id(person), membership ? "memberOf" : "holdsPositionIn", id(holder), sentence: s, rule: "title-apposition-en", confidence: 0.85, role: between.trimmingCharacters(in: .whitespaces))
                    // "<Parent>'s <Holder> Chair <Person>": the parent too.
                    if k > 1, gapText(mentions[k - 2].end, holder.start).hasPrefix("'s") || gapText(mentions[k - 2].end, holder.start).hasPrefix("’s") {
                        add(id(person), "holdsPositionIn", id(mentions[k - 2]), sentence: s, rule: "title-apposition-en", confidence: 0.7)
                    }
                }
            }
            // "the Chief Executive Officer of Invest Hong Kong, Alpha Lau": title of the body, then the name.
            if k > 0, mentions[k - 1].core == .organization || mentions[k - 1].core == .place {
                let holder = mentions[k - 1]
                let gap = gapText(holder.end, person.start)
                let gapWords = gap.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                let leadStart = max(doc.sentences[s].lowerBound, holder.start - 60, k > 1 ? mentions[k - 2].end : 0)
                var lead = Array(gapText(leadStart, holder.start).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init).suffix(6))
                if lead.last == "the" { lead.removeLast() }
                if gap.hasPrefix(","), gapWords.count <= 1, gapWords.allSatisfy({ MentionContext.honorifics.contains($0) }),
                   lead.last == "of", lead.dropLast().contains(where: { MentionContext.titleWords.contains($0) }),
                   !lead.contains(where: { MentionContext.speechVerbs.contains($0) }) {
                    let membership = lead.contains { $0 == "member" || $0 == "members" }
                    add(id(person), membership ? "memberOf" : "holdsPositionIn", id(holder), sentence: s, rule: "title-of-body-en", confidence: 0.8)
                }
            }
            // "… the Federation of Hong Kong Industries urged … Its chairman, Steve Chuang, met …":
            // "Its" opening the sentence is the body the sentence before was about.
            if k == 0, s > 0, let body = bySentence[s - 1].first(where: { $0.core == .organization }) {
                let lead = gapText(doc.sentences[s].lowerBound, person.start).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
                if lead.count >= 2, lead.count <= 5, lead[0] == "its", lead.dropFirst().allSatisfy({ MentionContext.isTitle($0) || MentionContext.honorifics.contains($0) }),
                   lead.dropFirst().contains(where: { MentionContext.isTitle($0) }) {
                    add(id(person), "holdsPositionIn", id(body), sentence: s, rule: "its-title-en", confidence: 0.7, role: lead.dropFirst().filter { MentionContext.isTitle($0) }.joined(separator: " "))
                }
            }
            // "the Housing Authority, chaired by Ms Winnie Ho": the body, then who leads it.
            if k > 0, mentions[k - 1].core == .organization {
                let holder = mentions[k - 1]
                let words = gapText(holder.end, person.start).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                if words.count >= 2, words.count <= 4, Self.ledBy.contains(words[0]), words[1] == "by",
                   words.dropFirst(2).allSatisfy({ MentionContext.honorifics.contains($0) || MentionContext.titleWords.contains($0) }) {
                    add(id(person), "holdsPositionIn", id(holder), sentence: s, rule: "led-by-en", confidence: 0.8, role: words[0] == "chaired" ? "chair" : "head")
                }
            }
            // Right: "<Person>, <title words> of [the] <Org/Place>"
            if k + 1 < mentions.count {
                let holder = mentions[k + 1]
                let between = gapText(person.end, holder.start)
                let words = between.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
                // ", and the Chief Executive Officer of InvestHK, Alpha Lau": the title is the next person's.
                let nextItem = words.first == "and" || words.first == "or"
                if between.hasPrefix(","), !nextItem, between.unicodeScalars.count <= 60, (holder.core == .organization || holder.core == .place), words.contains(where: { MentionContext.titleWords.contains($0) }), words.last == "of" || words.last == "the" || words.last == "at" {
                    add(id(person), "holdsPositionIn", id(holder), sentence: s, rule: "title-apposition-en", confidence: 0.85, role: between.trimmingCharacters(in: CharacterSet.punctuationAndSpaces))
                }
            }
        }
    }

    /// （記者 李嘉欣）, 記者李嘉欣報道: a writer's role right before the name, the name closing the
    /// bracket, the line or the sentence.
    mutating func reporterCredits(in s: Int) {
        let f = doc.folded
        for person in bySentence[s] where person.core == .person {
            var k = person.start
            while k > 0 && CharacterClass.isSpace(f[k - 1]) { k -= 1 }
            guard let role = doc.word(from: Lexicon.roles, endingAt: k), Lexicon.authorRoles.contains(role) else { continue }
            let after = person.end < f.count ? f[person.end] : 0x0A
            guard after == 0x29 || after == 0xFF09 || after == 0x0A || after == 0x3002 || doc.word(from: Lexicon.reportVerbs, at: person.end) != nil else { continue }
            add(id(person), "authorOf", ExtractedRelation.documentObject, sentence: s, rule: "reporter-credit", confidence: 0.75)
        }
    }

    /// A person named alone at the end of a short line (a byline), not an editor or a credit.
    mutating func bylines(in s: Int) {
        let range = doc.sentences[s]
        let f = doc.folded
        let lineEnds = range.upperBound == f.count || f[range.upperBound] == 0x0A
        let lineStarts = range.lowerBound == 0 || f[range.lowerBound - 1] == 0x0A
        guard lineEnds, lineStarts, range.count <= 48 else { return }
        let punctuation = Lexicon.set("。，,；：:！？")
        guard !range.contains(where: { punctuation.contains(f[$0]) }) else { return }
        guard let last = bySentence[s].last, last.core == .person, last.end == range.upperBound else { return }
        var k = last.start
        while k > range.lowerBound && CharacterClass.isSpace(f[k - 1]) { k -= 1 }
        let role = doc.word(from: Lexicon.roles, endingAt: k)
        if let role, Lexicon.bylineRoles.contains(role), !Lexicon.authorRoles.contains(role) { return }
        // A name alone on its line, after a space, or after a writer's role; not a caption like 港鐵主席歐陽伯權.
        let alone = last.start == range.lowerBound || k < last.start || role.map { Lexicon.authorRoles.contains($0) } == true
        guard alone else { return }
        add(id(last), "authorOf", ExtractedRelation.documentObject, sentence: s, rule: "byline", confidence: 0.75)
    }
}

extension CharacterSet {
    static let punctuationAndSpaces = CharacterSet.punctuationCharacters.union(.whitespaces)
}
