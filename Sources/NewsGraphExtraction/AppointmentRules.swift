import Foundation
import NewsGraphOntology
import NewsGraphText

/// Posts taken up (金澤培成為公司環境及社會責任委員會主席、提名委員會成員), events held in a place
/// (在廣州…共同主持…會議), and Hong Kong offices named by title alone (財政司司長陳茂波,
/// "Secretary for Justice Paul Lam").
extension RelationFinder {
    static let hongKongTitles = Lexicon.folded(["行政長官", "政務司司長", "財政司司長", "律政司司長", "司長", "副司長", "常任秘書長", "特首"])

    mutating func appointments(in s: Int) {
        let range = doc.sentences[s]
        let mentions = bySentence[s]
        for verb in occurrences(of: Lexicon.appointmentVerbs, in: range) {
            guard let person = mentions.last(where: { $0.core == .person && $0.end <= verb.start }) else { continue }
            var company: PlacedMention? = nil
            for body in mentions where body.start >= verb.end && body.core == .organization {
                var cursor = body.end
                var roles: [[UInt32]] = []
                while let role = doc.word(from: Lexicon.roles, at: cursor) { roles.append(role); cursor += role.count }
                guard !roles.isEmpty else { continue }
                let membership = roles.allSatisfy { Lexicon.membershipRoles.contains($0) }
                add(id(person), membership ? "memberOf" : "holdsPositionIn", id(body), sentence: s, rule: "appointment", confidence: 0.8, role: gapText(body.end, cursor))
                if !membership, Self.leaderObjects.contains(body.subclass ?? "") {
                    add(id(person), "memberOf", id(body), sentence: s, rule: "appointment", confidence: 0.7)
                }
                // 公司…委員會、…委員會: every committee listed is the company's.
                if company == nil, doc.word(from: Lexicon.companyAnaphors, endingAt: body.start) != nil { company = lastCompany(before: body.start) }
                if let company, id(company) != id(body) {
                    add(id(body), "partOf", id(company), sentence: s, rule: "company-unit", confidence: 0.65)
                }
            }
        }
        eventsHeld(in: s)
        hongKongOffices(in: s)
    }

    /// 在廣州…會議, "held in Guangzhou": an event and the place it took place in.
    mutating func eventsHeld(in s: Int) {
        let mentions = bySentence[s]
        for event in mentions where event.core == .event {
            guard let place = mentions.last(where: { $0.core == .place && $0.end <= event.start }) else { continue }
            let before = place.start > 0 ? doc.text(place.start - 1, place.start) : ""
            let english = place.start >= 8 && doc.text(place.start - 8, place.start).lowercased().hasSuffix("held in ")
            guard before == "在" || before == "於" || before == "于" || english else { continue }
            let between = doc.folded[place.end..<event.start]
            guard between.count <= 40, (place.end..<event.start).contains(where: { doc.word(from: Lexicon.heldVerbs, at: $0) != nil }) || between.count <= 2 else { continue }
            add(id(event), "locatedIn", id(place), sentence: s, rule: "event-held-in", confidence: 0.7)
        }
    }

    /// An office of the Hong Kong government named by title alone: the holder holds a position
    /// in Hong Kong (the document must name Hong Kong).
    mutating func hongKongOffices(in s: Int) {
        guard let hongKong = entities.firstIndex(where: { $0.entity.id == "ent:hong-kong" }) else { return }
        let mentions = bySentence[s]
        for person in mentions where person.core == .person {
            var k = person.start
            while k > 0 && CharacterClass.isSpace(doc.folded[k - 1]) { k -= 1 }
            let chinese = Self.hongKongTitles.contains { doc.hasSuffix($0, endingAt: k) } && !mentions.contains { $0.end == k - 2 || $0.end == k - 4 }
            let lead = max(doc.sentences[s].lowerBound, person.start - 60)..<person.start
            let english = !occurrences(of: Lexicon.hongKongEnglishTitles, in: lead).isEmpty && !lead.contains { doc.folded[$0] == 0x2E }
            guard chinese || english, positions[id(person)] == nil else { continue }
            add(id(person), "holdsPositionIn", entities[hongKong].entity.id, sentence: s, rule: "hong-kong-office", confidence: 0.6)
        }
    }
}
