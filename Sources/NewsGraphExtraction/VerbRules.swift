import Foundation
import NewsGraphOntology
import NewsGraphText

/// Relations signalled by a verb: attending (列席, attended), issuing (發表, announced),
/// building on (建基於, based on), setting up and location (在…設立, 位於, based in).
extension RelationFinder {
    static let englishAttend: Set<String> = ["attended", "attend", "attends", "attending", "co-chaired", "chaired", "joined"]
    static let englishIssue: Set<String> = ["announced", "delivered", "unveiled", "launched", "published", "released", "introduced", "issued", "signed", "promulgated", "presented"]
    static let englishBasedOn = ["based on", "built on", "built upon", "powered by"]
    static let englishLocated = ["based in", "headquartered in", "located in", "set up in", "established in", "opened in", "registered in"]
    static let englishAttendList = WordList(englishAttend.sorted())
    static let englishIssueList = WordList(englishIssue.sorted())
    static let englishBasedOnList = WordList(englishBasedOn)
    static let englishLocatedList = WordList(englishLocated)

    func occurrences(of words: WordList, in range: Range<Int>) -> [(start: Int, end: Int, word: [UInt32])] {
        var result: [(Int, Int, [UInt32])] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let word = doc.word(from: words, at: i) { result.append((i, i + word.count, word)); i += word.count } else { i += 1 }
        }
        return result
    }

    func englishOccurrences(of phrases: WordList, in range: Range<Int>) -> [(start: Int, end: Int)] {
        occurrences(of: phrases, in: range).filter { hit in
            (hit.start == 0 || !CharacterClass.isLatinLetter(doc.folded[hit.start - 1])) && (hit.end >= doc.count || !CharacterClass.isLatinLetter(doc.folded[hit.end]))
        }.map { ($0.start, $0.end) }
    }

    func isAgent(_ m: PlacedMention) -> Bool { m.core == .person || m.core == .organization }

    /// 特區政府成立「香港投資管理有限公司」，並推出…: a body right after a verb is that verb's
    /// object, not the subject of the next one.
    func isObjectOfAVerb(_ m: PlacedMention) -> Bool {
        var k = m.start
        while k > 0, Self.openingQuotes.contains(doc.folded[k - 1]) || CharacterClass.isSpace(doc.folded[k - 1]) { k -= 1 }
        return doc.word(from: Lexicon.objectVerbs, endingAt: k) != nil
    }

    static let clauseBreaks: Set<UInt32> = Lexicon.set("，,；;。")
    static let openingQuotes: Set<UInt32> = Lexicon.set("「『《“\"")

    mutating func verbs(in s: Int) {
        let range = doc.sentences[s]
        let mentions = bySentence[s]
        let attendHits = occurrences(of: Lexicon.attendVerbs, in: range).map { ($0.start, $0.end) } + englishOccurrences(of: Self.englishAttendList, in: range)
        for (start, _) in attendHits {
            let events = mentions.filter { $0.core == .event }
            guard !events.isEmpty else { continue }
            var agents: [PlacedMention] = []
            if let nearest = mentions.last(where: { $0.core == .person && $0.end <= start }) {
                agents.append(nearest)
                // "A … 與 B 共同主持": A hosts too.
                let joint = doc.text(max(range.lowerBound, nearest.start - 12), nearest.start).contains(where: { "與与和同".contains($0) }) || doc.text(start, min(range.upperBound, start + 4)).hasPrefix("共同") || doc.text(max(range.lowerBound, start - 2), start) == "共同"
                if joint, let first = mentions.first(where: { $0.core == .person }), first.start != nearest.start { agents.append(first) }
            }
            if agents.isEmpty, let org = mentions.last(where: { isAgent($0) && $0.end <= start }) { agents.append(org) }
            for agent in agents { for event in events { add(id(agent), "attended", id(event), sentence: s, rule: "attend-verb", confidence: 0.8) } }
        }
        let issueHits = occurrences(of: Lexicon.issueVerbs, in: range).map { ($0.start, $0.end, ScriptFolding.folded("簽署") == String(String.UnicodeScalarView($0.word.compactMap(Unicode.Scalar.init)))) }
            + englishOccurrences(of: Self.englishIssueList, in: range).map { ($0.start, $0.end, doc.text($0.start, $0.end) == "signed") }
        for (start, end, signing) in issueHits {
            let policies = mentions.filter { $0.core == .policy && $0.start >= end && $0.start - end <= 12 }.prefix(2)
            guard !policies.isEmpty else { continue }
            var issuers: [String] = []
            let before = mentions.filter { $0.end <= start && isAgent($0) }
            if signing {
                // Signatories act for their bodies: the bodies issue the agreement.
                for person in before where person.core == .person {
                    issuers += positions[id(person)] ?? []
                }
                if issuers.isEmpty { issuers = before.filter { $0.core == .organization }.map(id) }
            } else if let subject = before.last(where: { !isObjectOfAVerb($0) }) ?? before.last {
                issuers.append(id(subject))
                if subject.core == .person {
                    let here = Set(mentions.map(id))
                    issuers += (positions[id(subject)] ?? []).filter { here.contains($0) }
                }
            }
            for policy in policies { for issuer in issuers { add(id(policy), "issuedBy", issuer, sentence: s, rule: "issue-verb", confidence: 0.75) } }
        }
        let basedHits = occurrences(of: Lexicon.basedOnVerbs, in: range).map { ($0.start, $0.end) } + englishOccurrences(of: Self.englishBasedOnList, in: range)
        for (start, end) in basedHits {
            guard let thing = mentions.last(where: { $0.end <= start && ($0.core == .product || $0.core == .organization) }),
                  let base = mentions.first(where: { $0.start >= end && ($0.core == .product || $0.core == .organization) }) else { continue }
            add(id(thing), "basedOn", id(base), sentence: s, rule: "based-on-verb", confidence: 0.8)
        }
        let setUpHits = occurrences(of: Lexicon.setUpVerbs, in: range).map { ($0.start, $0.end) } + englishOccurrences(of: Self.englishLocatedList, in: range)
        for (start, end) in setUpHits {
            let placeBefore = mentions.last(where: { $0.core == .place && $0.end <= start && start - $0.end <= 6 })
            if let place = placeBefore, doc.text(max(range.lowerBound, place.start - 1), place.start) == "在" || doc.text(max(range.lowerBound, place.start - 1), place.start) == "于" || doc.text(max(range.lowerBound, place.start - 1), place.start) == "於" {
                // 在香港設立了兩家子公司——A與B: what is set up lies after the verb.
                for org in mentions.filter({ $0.start >= end && $0.core == .organization }).prefix(4) {
                    add(id(org), "locatedIn", id(place), sentence: s, rule: "set-up-in", confidence: 0.8)
                }
                if let subject = mentions.last(where: { $0.end <= place.start && $0.core == .organization }), mentions.filter({ $0.start >= end && $0.core == .organization }).isEmpty {
                    add(id(subject), "locatedIn", id(place), sentence: s, rule: "set-up-in", confidence: 0.7)
                }
            } else if let place = mentions.first(where: { $0.core == .place && $0.start >= end && $0.start - end <= 4 }),
                      let subject = mentions.last(where: { $0.end <= start && ($0.core == .organization || $0.core == .event || $0.core == .place) }),
                      // The subject is in the verb's own clause ("吸引家族辦公室落戶香港" says nothing about who attracts).
                      // "Midea, based in Foshan": a comma right after the subject is an apposition.
                      gapText(subject.end, start).trimmingCharacters(in: CharacterSet(charactersIn: ", ")).isEmpty
                        || !(subject.end..<start).contains(where: { Self.clauseBreaks.contains(doc.folded[$0]) }) && start - subject.end <= 16 {
                add(id(subject), "locatedIn", id(place), sentence: s, rule: "located-in", confidence: 0.75)
            }
        }
    }
}
