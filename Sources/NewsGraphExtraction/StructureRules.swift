import Foundation
import NewsGraphOntology
import NewsGraphText

/// Relations shown by how names sit together: nested and adjacent bodies (生態環境部國家海洋
/// 環境監測中心), possessives ("TheCityUK's Leadership Council", "the UK's Hong Kong
/// Association"), "Oslo, Norway", subsidiaries, and cooperation between places and bodies.
extension RelationFinder {

    /// What stands between a subsidiary and its parent.
    static let englishSubsidiaryGaps: Set<String> = Set([
        ", a subsidiary of ", ", a wholly owned subsidiary of ", ", a wholly-owned subsidiary of ", ", a unit of ",
        " is a subsidiary of ", " is a wholly owned subsidiary of ", " is a wholly-owned subsidiary of ", " is a unit of ",
        ", a subsidiary of the ", ", a unit of the ", ", a subsidiary of china's ", ", a subsidiary of hong kong's ",
    ].map(ScriptFolding.folded))
    static let copulas: Set<String> = Set(["是", "為", "乃", "作為"].map(ScriptFolding.folded))
    /// Parent, then one of these, then the subsidiary.
    static let underGaps: Set<String> = Set(["旗下", "旗下的", "屬下", "屬下的", "旗下公司"].map(ScriptFolding.folded))

    mutating func structure(in s: Int) {
        let mentions = bySentence[s]
        let range = doc.sentences[s]
        for k in 0..<mentions.count {
            let m = mentions[k]
            if k + 1 < mentions.count {
                let next = mentions[k + 1]
                let between = gapText(m.end, next.start)
                // Adjacent bodies: the second is a unit of the first.
                if next.start == m.end, m.core == .organization, next.core == .organization, Self.isUnit(entities[next.entity]), m.subclass != "PoliticalParty" {
                    add(id(next), "partOf", id(m), sentence: s, rule: "nested-name", confidence: 0.75)
                }
                // Possessives.
                if between == "'s " || between == "’s " {
                    if m.core == .organization && next.core == .organization {
                        add(id(next), "partOf", id(m), sentence: s, rule: "possessive", confidence: 0.7)
                    } else if m.core == .place && next.core == .organization {
                        add(id(next), "locatedIn", id(m), sentence: s, rule: "possessive", confidence: 0.75)
                    } else if m.core == .place && next.core == .place {
                        add(id(next), "partOf", id(m), sentence: s, rule: "possessive", confidence: 0.75)
                    }
                }
                // "(Xinhua/Chen Duo)": a photographer of the agency.
                if between == "/", m.core == .organization, next.core == .person {
                    add(id(next), "memberOf", id(m), sentence: s, rule: "credit", confidence: 0.7)
                }
                // "Cathay Pacific, a subsidiary of Swire Pacific", 港燈是電能實業的附屬公司, 騰訊旗下的微信.
                if m.core == .organization, next.core == .organization, between.count <= 40 {
                    let gap = ScriptFolding.folded(between)
                    let after = gapText(next.end, min(next.end + 6, range.upperBound))
                    if Self.englishSubsidiaryGaps.contains(gap)
                        || Self.copulas.contains(gap) && doc.word(from: Lexicon.subsidiaryWords, at: next.end + (after.hasPrefix("的") ? 1 : 0)) != nil {
                        add(id(m), "subsidiaryOf", id(next), sentence: s, rule: "subsidiary-apposition", confidence: 0.8)
                    } else if Self.underGaps.contains(gap), next.subclass == "Company" || next.subclass == "Bank" {
                        add(id(next), "subsidiaryOf", id(m), sentence: s, rule: "subsidiary-apposition", confidence: 0.75)
                    }
                }
                // "Shenzhen-based BYD", "the Hangzhou-headquartered tech giant Alibaba".
                if m.core == .place, next.core == .organization {
                    let words = between.lowercased().split(separator: " ")
                    if let first = words.first, ["-based", "-headquartered"].contains(first), words.count <= 4,
                       words.dropFirst().allSatisfy({ $0.allSatisfy { $0.isLowercase || $0 == "-" } }) {
                        add(id(next), "locatedIn", id(m), sentence: s, rule: "place-based", confidence: 0.8)
                    }
                }
                // "Oslo, Norway": a place, then its country.
                if between == ", ", m.core == .place, next.core == .place, next.subclass == "Country", m.subclass != "Country" {
                    add(id(m), "partOf", id(next), sentence: s, rule: "place-comma-country", confidence: 0.8)
                }
            }
            // 公司環境及社會責任委員會: a committee of the company named before.
            if m.core == .organization, let anaphor = doc.word(from: Lexicon.companyAnaphors, endingAt: m.start) {
                if let company = lastCompany(before: m.start - anaphor.count), id(company) != id(m), !(entities[m.entity].type.subclass == "Company") {
                    add(id(m), "partOf", id(company), sentence: s, rule: "company-unit", confidence: 0.65)
                }
            }
        }
        // Subsidiaries: in a sentence about subsidiaries, an organisation whose name extends
        // another's (DeepSeek Limited, DeepSeek (HK) Limited -> DeepSeek).
        if !occurrences(of: Lexicon.subsidiaryWords, in: range).isEmpty || !occurrences(of: Lexicon.englishSubsidiary, in: range).isEmpty {
            let orgs = mentions.filter { $0.core == .organization }
            for child in orgs {
                let childName = ScriptFolding.folded(doc.text(child.start, child.end))
                for parent in orgs where id(parent) != id(child) {
                    let parentName = ScriptFolding.folded(doc.text(parent.start, parent.end))
                    if childName.count > parentName.count, childName.hasPrefix(parentName) {
                        add(id(child), "subsidiaryOf", id(parent), sentence: s, rule: "subsidiary-name", confidence: 0.8)
                    }
                }
            }
        }
        // Cooperation: "A與B…合作", "partnership between A and B", 穗澳合作.
        let cooperative = occurrences(of: Lexicon.cooperationContext, in: range).contains { hit in !mentions.contains { $0.start <= hit.start && hit.end <= $0.end } }
            || !occurrences(of: Lexicon.englishCooperation, in: range).isEmpty
        if cooperative {
            let parties = mentions.filter { $0.core == .place || $0.core == .organization }
            for k in 0..<parties.count {
                for j in (k + 1)..<min(parties.count, k + 3) where j < parties.count {
                    let between = gapText(parties[k].end, parties[j].start).trimmingCharacters(in: .whitespaces)
                    // 穗澳合作: two one-character abbreviations right before the cooperation word.
                    let abbreviated = between.isEmpty && parties[k].end - parties[k].start == 1 && parties[j].end - parties[j].start == 1
                        && doc.word(from: Lexicon.cooperationWords, at: parties[j].end) != nil
                    let shortLead = between.unicodeScalars.count <= 6 && (between.hasSuffix("與") || between.hasSuffix("与")) && !between.contains("，") && !between.contains(",")
                    let joined = ["與", "与", "和", "同", "跟", "and", "between it and", "with"].contains(between) || abbreviated || shortLead
                    if joined {
                        add(id(parties[k]), "cooperatesWith", id(parties[j]), sentence: s, rule: "cooperation", confidence: 0.7)
                    }
                }
            }
        }
    }

    /// Kinds that sit inside another body (a committee, a department, an institute), or a body
    /// the catalog does not know; a legislature, party or company named next to another is not one.
    static func isUnit(_ entity: DocumentEntity) -> Bool {
        !entity.entity.inCatalog || ["Committee", "GovernmentBody", "StatutoryBody", "ResearchInstitute"].contains(entity.type.subclass ?? "")
    }

    static let sites: Set<String> = ["Park", "Landmark", "Zone", "Station", "Port", "RailwayLine"]
    static let routes: Set<String> = ["Station", "RailwayLine"]
    static let seatedBodies: Set<String> = ["GovernmentBody", "Legislature", "PoliticalAdvisoryBody", "PartyBody", "Court", "PoliticalParty"]

    func lastCompany(before offset: Int) -> PlacedMention? {
        var low = 0, high = companyMentions.count
        while low < high {
            let mid = (low + high) / 2
            if companyMentions[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? companyMentions[low - 1] : nil
    }

    /// Known facts from the catalog, kept when the document names both ends: containment and
    /// location anywhere in the document (the nearest named ancestor), positions, membership,
    /// issuing and application only within one sentence.
    /// 2017 for "2012-2017"; nil for an open period ("2022-") or none.
    static func endYear(of period: String) -> Int? {
        guard let dash = period.lastIndex(of: "-") else { return nil }
        return Int(period[period.index(after: dash)...].trimmingCharacters(in: .whitespaces))
    }

    mutating func catalogFacts() {
        var firstSentence: [String: Int] = [:]
        var sentencesOf: [String: Set<Int>] = [:]
        for (s, mentions) in bySentence.enumerated() {
            for m in mentions {
                let entityID = id(m)
                if firstSentence[entityID] == nil { firstSentence[entityID] = s }
                sentencesOf[entityID, default: []].insert(s)
            }
        }
        let catalog = context.knowledge.catalog
        let documentYear = context.documentYear()
        for entity in entities {
            guard let index = entity.catalogIndex else { continue }
            let entry = context.knowledge.entry(index)
            for fact in entry.facts {
                // A post that ended before the document's year is history, not what the news says.
                // (Without a year in the text nothing is dropped: the date of the run must not matter.)
                if let year = documentYear, let period = fact.period, let end = Self.endYear(of: period), end < year { continue }
                switch fact.predicate {
                case "partOf", "locatedIn", "subsidiaryOf", "holdsPositionIn", "memberOf":
                    let object = "ent:" + fact.object
                    guard let objectSentences = sentencesOf[object], let subjectSentences = sentencesOf[entity.entity.id] else { continue }
                    var predicate = fact.predicate
                    // Lines and stations sit in the city without the news saying so.
                    if Self.routes.contains(entry.type.subclass ?? "") { continue }
                    // Containment is stated where both are named close together (same or next
                    // sentence); a body's place in its government goes without saying anywhere.
                    let bodies = entry.type.core == .organization && catalog.entry(object)?.type.core == .organization
                    if !bodies, predicate == "partOf" || predicate == "locatedIn" || predicate == "subsidiaryOf" {
                        let near = subjectSentences.contains { a in objectSentences.contains { abs($0 - a) <= 1 } }
                        guard near else { continue }
                    }
                    if predicate == "subsidiaryOf", !["Company", "Bank"].contains(entry.type.subclass ?? "") { predicate = "partOf" }
                    // Sites (parks, landmarks, zones, stations) are located in a place, not part of it.
                    if predicate == "partOf", Self.sites.contains(entry.type.subclass ?? ""), catalog.entry(object)?.type.core == .place, !Self.sites.contains(catalog.entry(object)?.type.subclass ?? "") { predicate = "locatedIn" }
                    // Where government bodies sit goes without saying; news states it for firms, sites and events.
                    if predicate == "locatedIn", Self.seatedBodies.contains(entry.type.subclass ?? "") { continue }
                    let shared = subjectSentences.intersection(objectSentences).min() ?? subjectSentences.min()!
                    add(entity.entity.id, predicate, object, sentence: shared, rule: "catalog-fact", confidence: 0.6, role: fact.role)
                    if bodies, predicate == "partOf" {
                        // 環境保護署 -> 環境及生態局 -> 特區政府: every named ancestor body.
                        var ancestor = catalog.entry(object)?.facts.first { $0.predicate == "partOf" }?.object
                        var steps = 0
                        while let next = ancestor, steps < 4 {
                            let nextID = "ent:" + next
                            if sentencesOf[nextID] != nil { add(entity.entity.id, "partOf", nextID, sentence: shared, rule: "catalog-fact", confidence: 0.55) }
                            ancestor = catalog.entry(next)?.facts.first { $0.predicate == "partOf" }?.object
                            steps += 1
                        }
                    }
                default:
                    let object = "ent:" + fact.object
                    guard let a = sentencesOf[entity.entity.id], let b = sentencesOf[object] else { continue }
                    let window = fact.predicate == "appliesTo" ? 1 : 0
                    guard let shared = a.sorted().first(where: { x in b.contains { abs($0 - x) <= window } }) else { continue }
                    add(entity.entity.id, fact.predicate, object, sentence: shared, rule: "catalog-fact", confidence: 0.6, role: fact.role)
                }
            }
        }
    }
}
