import NewsGraphOntology
import NewsGraphText

/// English names the catalog lacks: capitalised runs typed by their head word or by the title,
/// role or verb around them; acronyms defined in parentheses.
extension MentionContext {
    struct Word {
        var start: Int
        var end: Int
        var text: String
        var capitalised: Bool
        var lower: String

        init(start: Int, end: Int, text: String, capitalised: Bool) {
            self.start = start
            self.end = end
            self.text = text
            self.capitalised = capitalised
            self.lower = text.lowercased()
        }
    }

    static let connectors: Set<String> = ["of", "and", "&", "for", "the", "on", "de"]
    static let titleWords: Set<String> = ["secretary", "chair", "chairman", "chairwoman", "chairperson", "director", "president", "premier", "minister", "mayor", "governor", "commissioner", "professor", "ceo", "officer", "executive", "chief", "head", "founder", "ambassador", "consul", "spokesperson", "spokesman", "judge", "justice", "principal", "dean", "manager", "partner", "adviser", "advisor", "counsellor", "legislator", "lawmaker", "member", "vice-president", "vice-chairman", "deputy", "under", "permanent", "reporter", "correspondent", "editor"]
    /// Capitalised words of office and department names, never part of a person's name
    /// ("Secretary for Commerce and Economic Development").
    static let officeWords: Set<String> = ["development", "affairs", "commerce", "economic", "economy", "services", "service", "treasury", "policy", "research", "technology", "innovation", "industry", "security", "justice", "education", "health", "housing", "transport", "logistics", "environment", "ecology", "labour", "labor", "welfare", "culture", "sports", "tourism", "home", "youth", "constitutional", "mainland", "financial", "finance", "public", "trade", "investment", "planning", "lands", "works", "administration", "relations", "management", "operations", "strategy", "communications", "information", "digital", "government", "international", "national", "regional", "legal", "corporate", "business", "marketing", "sales", "engineering", "science", "sciences", "studies", "medicine", "law", "arts", "social", "civil", "general", "legislative", "council", "committee", "department", "bureau", "office", "board", "company", "group", "limited", "university", "institute", "association", "centre", "center"]
    /// Capitalised common nouns of financial and legal news that never name a person.
    static let otherNouns: Set<String> = ["rules", "listing", "main", "board", "shares", "share", "index", "market", "markets", "exchange", "stock", "code", "bill", "amendment", "chapter", "section", "article", "annex", "appendix", "schedule", "part", "phase", "stage", "district", "island", "road", "street", "station", "line", "park", "square", "tower", "building", "centre", "hall", "bay", "harbour", "port", "airport", "bridge", "tunnel", "new", "year", "day", "week", "month", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "madam", "dame", "lord"]
    static let speechVerbs: Set<String> = ["said", "says", "added", "noted", "told", "stressed", "remarked", "highlighted", "explained", "announced", "urged", "pointed", "emphasised", "emphasized", "stated", "wrote", "believes", "hopes"]
    static let organizationHeadWords: [String: String?] = [
        "limited": "Company", "ltd": "Company", "company": "Company", "corporation": "Company", "group": "Company", "holdings": "Company", "inc": "Company", "bank": "Bank",
        "bureau": "GovernmentBody", "department": "GovernmentBody", "office": "GovernmentBody", "ministry": "GovernmentBody", "authority": "StatutoryBody", "commission": "StatutoryBody",
        "council": nil, "committee": "Committee", "association": "Association", "society": "Association", "federation": "Association", "chamber": "BusinessChamber",
        "university": "University", "college": "University", "institute": "ResearchInstitute", "centre": nil, "center": nil, "academy": "ResearchInstitute", "exchange": "Company",
        "agency": nil, "fund": nil, "foundation": "Association", "trust": nil, "party": "PoliticalParty", "court": "Court", "union": "Association", "alliance": "Association", "club": "Association",
        "hospital": nil, "school": nil, "organisation": nil, "organization": nil, "network": nil,
    ]
    static let policyHeadWords: Set<String> = ["scheme", "programme", "program", "plan", "policy", "ordinance", "act", "agreement", "strategy", "initiative", "blueprint", "budget", "framework", "law", "arrangement", "regulation", "regulations", "guidelines", "charter", "report", "address", "bill"]
    static let eventHeadWords: Set<String> = ["summit", "conference", "forum", "games", "expo", "festival", "session", "sessions", "ceremony", "week", "fair", "congress", "election", "meeting", "dialogue"]

    /// `'s` / `’s` ending a word: a possessive, not part of the name.
    static func isPossessive(_ s: [UInt32], _ j: Int) -> Bool {
        (s[j] == 0x27 || s[j] == 0x2019) && j + 1 < s.count && s[j + 1] == 0x73 && (j + 2 >= s.count || !CharacterClass.isLatinLetter(s[j + 2]))
    }

    func englishWords() -> [Word] {
        var words: [Word] = []
        let s = doc.scalars
        var i = 0
        while i < s.count {
            guard CharacterClass.isLatinWordCharacter(s[i]) || s[i] == 0x26 else { i += 1; continue }
            var j = i + 1
            if s[i] != 0x26 {
                while j < s.count && (CharacterClass.isLatinWordCharacter(s[j]) || (s[j] == 0x2D || s[j] == 0x27 || s[j] == 0x2019) && j + 1 < s.count && CharacterClass.isLatinLetter(s[j + 1]) && !Self.isPossessive(s, j)) { j += 1 }
            }
            let text = doc.text(i, j)
            words.append(Word(start: i, end: j, text: text, capitalised: (0x41...0x5A).contains(s[i])))
            i = j
        }
        return words
    }

    /// Runs of capitalised words, allowing lower-case connectors inside (not at either end).
    func capitalisedRuns(_ words: [Word]) -> [[Word]] {
        var runs: [[Word]] = []
        var current: [Word] = []
        func flush() {
            while let last = current.last, !last.capitalised { current.removeLast() }
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        for word in words {
            if let last = current.last {
                let gap = doc.text(last.end, word.start)
                if !(gap == " " || gap.isEmpty) { flush() }
            }
            if word.capitalised || !current.isEmpty && Self.connectors.contains(word.lower) {
                current.append(word)
            } else {
                flush()
            }
        }
        flush()
        return runs
    }

    /// Words that end the name of a building or street, not of a body ("Bank of China Tower").
    static let landmarkWords: Set<String> = ["tower", "towers", "building", "centre", "center", "plaza", "house", "road", "street", "square", "station", "park", "hall"]

    static func isAcronym(_ word: Word) -> Bool {
        let scalars = word.text.unicodeScalars
        return scalars.count >= 2 && scalars.allSatisfy { (0x41...0x5A).contains($0.value) }
    }

    /// A title word, or a hyphenated title ("Consul-General", "Attorney-General", "Vice-Chancellor").
    static func isTitle(_ lower: String) -> Bool {
        titleWords.contains(lower) || lower.contains("-") && lower.split(separator: "-").contains { titleWords.contains(String($0)) || $0 == "general" || $0 == "chancellor" }
    }

    func isNameToken(_ word: Word) -> Bool {
        let lower = word.lower
        guard word.capitalised, word.text.unicodeScalars.count >= 2, !Self.isTitle(lower), !Self.honorifics.contains(lower), !Self.connectors.contains(lower), !Self.officeWords.contains(lower),
              Self.organizationHeadWords[lower] == nil, !Self.policyHeadWords.contains(lower), !Self.eventHeadWords.contains(lower), !Self.otherNouns.contains(lower) else { return false }
        let letters = word.text.unicodeScalars.filter { CharacterClass.isLatinLetter($0.value) }
        return letters.contains { (0x61...0x7A).contains($0.value) } // not an all-caps acronym
    }

    mutating func addUnknown(_ words: ArraySlice<Word>, type: EntityType, rule: String, priority: Int = 2) {
        guard let first = words.first, let last = words.last else { return }
        let key = ScriptFolding.folded(doc.text(first.start, last.end))
        let ref: EntityRef = knowledge.catalogIndex(forName: key).map { .catalog($0) } ?? .unknown(type, key: key)
        candidates.append(Candidate(start: first.start, end: last.end, ref: ref, rule: rule, priority: priority))
    }

    mutating func recogniseEnglish() {
        let words = englishWords()
        guard !words.isEmpty else { return }
        let runs = capitalisedRuns(words)
        var indexOfStart: [Int: Int] = [:]
        for (k, w) in words.enumerated() { indexOfStart[w.start] = k }
        for run in runs {
            // Organisations, policies, events by their last word; a leading "The" is dropped.
            var body = ArraySlice(run)
            if body.first?.text == "The", body.count > 1 { body = body.dropFirst() }
            // "Shares of Pearl Delta Robotics Holdings Limited": a capitalised sentence opener
            // joined to the name by "of" is not part of it.
            if body.count > 3, let first = body.first, doc.sentence(at: first.start) >= 0, doc.sentences[doc.sentence(at: first.start)].lowerBound == first.start,
               body[body.startIndex + 1].lower == "of" {
                body = body.dropFirst(2)
            }
            // "Director of the Shenzhen Municipal Bureau of Justice": a title before the body's name.
            if body.count > 3, Self.titleWords.contains(body[body.startIndex].lower), ["of", "for"].contains(body[body.startIndex + 1].lower) {
                body = body.dropFirst(2)
                if body.first?.lower == "the" { body = body.dropFirst() }
            }
            // "Committee on Development of the Gold Trading Market", "Ministry of Commerce":
            // the head comes first and the name runs on after of/on/for.
            if body.count >= 3, let first = body.first?.lower, let subclass = Self.organizationHeadWords[first],
               ["of", "on", "for"].contains(body[body.startIndex + 1].lower), body.last!.capitalised, !Self.landmarkWords.contains(body.last!.lower) {
                addUnknown(body, type: EntityType(.organization, subclass), rule: "organization-head-first-en")
            }
            // "HKMA and the Saudi Central Bank": two bodies joined, the name is the second one.
            if let and = body.indices.dropLast(2).last(where: { k in
                body[k].lower == "and" && (body[k + 1].lower == "the" || k == body.startIndex + 1 && Self.isAcronym(body[body.startIndex]))
            }) {
                body = body[(body[and + 1].lower == "the" ? and + 2 : and + 1)...]
            }
            let whole = body
            var namedAfterOf: String?? = nil
            // "Smart City Summit on Monday": the name ends at its head word, before a connector.
            if let head = body.indices.last(where: { k in
                let word = body[k].lower
                let isHead = Self.organizationHeadWords[word] != nil || Self.policyHeadWords.contains(word) || Self.eventHeadWords.contains(word)
                guard isHead else { return false }
                if k == body.indices.last! { return true }
                let next = body[k + 1].lower
                return Self.connectors.contains(next) || Self.titleWords.contains(next)
            }) {
                body = body[...head]
                // "Saudi Arabian Ministry of Investment": a head can take its name after "of".
                if Self.organizationHeadWords[whole[head].lower] != nil, head + 2 <= whole.indices.last!, whole[head + 1].lower == "of",
                   whole[(head + 2)...].allSatisfy({ $0.capitalised && ($0.lower == "justice" || !Self.titleWords.contains($0.lower)) && !Self.landmarkWords.contains($0.lower) }),
                   whole.endIndex - head <= 5 {
                    body = whole
                    namedAfterOf = Self.organizationHeadWords[whole[head].lower]
                }
            }
            if let lastWord = body.last?.lower, body.count >= 2 {
                if let subclass = namedAfterOf ?? Self.organizationHeadWords[lastWord] {
                    addUnknown(body, type: EntityType(.organization, subclass), rule: "organization-head-en")
                } else if Self.policyHeadWords.contains(lastWord) {
                    addUnknown(body, type: EntityType(.policy), rule: "policy-head-en")
                } else if Self.eventHeadWords.contains(lastWord) {
                    addUnknown(body, type: EntityType(.event), rule: "event-head-en")
                }
            }
            // People are looked for in the pieces between connectors: "… King Au and TheCityUK".
            var piece: [Word] = []
            var joiner: String? = nil
            for word in run + [Word(start: -1, end: -1, text: "and", capitalised: false)] {
                if Self.connectors.contains(word.lower) {
                    // After "of"/"for" a piece names a department first ("Secretary for Justice
                    // Paul Lam", not "Director of Public Affairs"): it needs more than two words.
                    let afterOf = ["of", "for", "the", "on", "de"].contains(joiner ?? "")
                    if !piece.isEmpty, !afterOf || piece.count >= 3 {
                        recogniseEnglishPerson(in: piece, words: words, index: indexOfStart)
                    }
                    piece = []
                    joiner = word.lower
                } else {
                    piece.append(word)
                }
            }
        }
        recogniseAcronyms(words)
        recogniseEnglishCredits(words)
        recogniseEnglishBylines(words)
    }

    /// A person: the last two or three name tokens of a run, confirmed by a title in or before
    /// the run, an honorific, a following ", role" or a speech verb.
    mutating func recogniseEnglishPerson(in run: [Word], words: [Word], index: [Int: Int]) {
        var tail = run.count
        while tail > 0 && isNameToken(run[tail - 1]) { tail -= 1 }
        let nameTokens = run[tail...]
        guard nameTokens.count >= 2 || nameTokens.count == 1 && tail > 0 && Self.honorifics.contains(run[tail - 1].lower.replacingOccurrences(of: ".", with: "")) else { return }
        // Two name tokens, three for a Cantonese given name ("Lee Ka-chiu"); none right after "of".
        if tail > 0, Self.connectors.contains(run[tail - 1].lower) { return }
        let lastToken = nameTokens.last?.text ?? ""
        let cantonese = lastToken.contains("-") && lastToken.split(separator: "-").last.map { $0.first?.isLowercase ?? false } ?? false
        let name = nameTokens.suffix(cantonese ? 3 : 2)
        guard let first = name.first, let last = name.last, let firstIndex = index[first.start] else { return }
        let before = run[..<tail].map { $0.lower }
        let lookback = words[max(0, firstIndex - 10)..<firstIndex].map { $0.lower }
        let titled = before.contains { Self.isTitle($0) || Self.honorifics.contains($0) } || lookback.suffix(3).contains { Self.isTitle($0) || Self.honorifics.contains($0) }
        let nextIndex = index[last.start].map { $0 + 1 } ?? words.count
        let next = nextIndex < words.count ? words[nextIndex] : nil
        let gap = next.map { doc.text(last.end, $0.start) } ?? ""
        let spoke = next.map { Self.speechVerbs.contains($0.lower) && gap == " " } ?? false
        let roleAfter = next.map { gap.hasPrefix(",") && (Self.titleWords.contains($0.lower) || $0.lower == "financial" || $0.lower == "the") } ?? false
        let longTitle = lookback.contains { Self.isTitle($0) } && name.count >= 2
        if name.count == 1 {
            candidates.append(Candidate(start: first.start, end: last.end, ref: .unknown(EntityType(.person), key: "#surname:" + ScriptFolding.folded(first.text)), rule: "person-honorific-en", priority: 1))
            return
        }
        if titled || spoke || roleAfter || longTitle {
            addUnknown(name, type: EntityType(.person), rule: "person-en")
        }
    }

    /// "By Cheung Man-yi" on a line of its own: the writer.
    mutating func recogniseEnglishBylines(_ words: [Word]) {
        let s = doc.scalars
        for (k, word) in words.enumerated() where word.text == "By" || word.text == "BY" {
            guard word.start == 0 || s[word.start - 1] == 0x0A, k + 2 < words.count + 1 else { continue }
            var names = words[(k + 1)...].prefix(3).prefix { isNameToken($0) }
            guard names.count >= 2, let last = names.last else { continue }
            let lineEnd = last.end == s.count || s[last.end] == 0x0A || s[last.end] == 0x2C
            guard lineEnd else { continue }
            names = names.prefix(3)
            addUnknown(names, type: EntityType(.person), rule: "person-byline-en")
        }
    }

    /// `Financial Services Development Council (FSDC)`: the acronym names the same thing.
    mutating func recogniseAcronyms(_ words: [Word]) {
        let s = doc.scalars
        for word in words where word.text.count >= 2 && word.text.count <= 8 && word.text.unicodeScalars.allSatisfy({ (0x41...0x5A).contains($0.value) || CharacterClass.isDigit($0.value) })
            && word.text.unicodeScalars.contains(where: { (0x41...0x5A).contains($0.value) }) {
            guard word.start >= 2, s[word.start - 1] == 0x28 || s[word.start - 1] == 0xFF08, word.end < s.count, s[word.end] == 0x29 || s[word.end] == 0xFF09 else { continue }
            let key = "#acronym:" + word.text
            candidates.append(Candidate(start: word.start, end: word.end, ref: .unknown(EntityType(.organization), key: key), rule: "acronym", priority: 1))
        }
    }

    /// `(Xinhua/Chen Duo)`: an agency credit with the photographer's name.
    mutating func recogniseEnglishCredits(_ words: [Word]) {
        let s = doc.scalars
        for (k, word) in words.enumerated() where k + 1 < words.count {
            guard word.start > 0, s[word.start - 1] == 0x2F, word.capitalised, words[k + 1].capitalised, doc.text(word.end, words[k + 1].start) == " " else { continue }
            let end = words[k + 1].end
            guard end < s.count, s[end] == 0x29 else { continue }
            addUnknown(words[k...(k + 1)], type: EntityType(.person), rule: "person-credit-en")
        }
    }
}
