import Foundation
import NewsGraphOntology
import NewsGraphText

/// Second pass over one document: short forms resolved to what was named in full before
/// (`Mr Hui`, `Chan added`, `(FSDC)`, 《合作安排》), and names found once marked wherever
/// else they occur. Every step is one left-to-right pass (linear in the document).
extension MentionContext {
    mutating func propagate() {
        resolveShortForms()
        resolveParentheticalNames()
        markRepeatedNames()
        resolveBareSurnames()
    }

    /// English surnames in a name: "John Lee Ka-chiu" -> Lee; "Paul Chan" -> Chan.
    static func surnames(in name: String) -> [String] {
        let tokens = name.split(separator: " ").map(String.init)
        guard tokens.count >= 2, tokens.allSatisfy({ $0.unicodeScalars.allSatisfy { CharacterClass.isLatinLetter($0.value) || $0 == "-" || $0 == "'" } }) else { return [] }
        if tokens.count >= 3, tokens.last!.contains("-"), tokens.last!.first!.isUppercase {
            return [ScriptFolding.folded(tokens[tokens.count - 2])]
        }
        return [ScriptFolding.folded(tokens.last!)]
    }

    /// The catalog names of a person entity, cached per document pass.
    func catalogSurnames(_ ref: EntityRef) -> [String] {
        guard case .catalog(let index) = ref else { return [] }
        let entry = knowledge.entry(index)
        guard entry.type.core == .person else { return [] }
        return entry.allNames.flatMap(Self.surnames(in:))
    }

    func isPerson(_ ref: EntityRef) -> Bool { coreType(of: ref) == .person }

    func isShortForm(_ ref: EntityRef) -> Bool {
        if case .unknown(_, let key) = ref { return key.hasPrefix("#") }
        return false
    }

    /// Registers the surnames a full-name person mention makes available to later short forms.
    func register(_ mention: Candidate, in people: inout [String: EntityRef], cache: inout [EntityRef: [String]]) {
        guard isPerson(mention.ref), !isShortForm(mention.ref) else { return }
        if cache[mention.ref] == nil { cache[mention.ref] = catalogSurnames(mention.ref) }
        for surname in cache[mention.ref]! + Self.surnames(in: doc.text(mention.start, mention.end)) {
            people[surname] = mention.ref
        }
    }

    mutating func resolveShortForms() {
        var resolved: [Candidate] = []
        resolved.reserveCapacity(mentions.count)
        var people: [String: EntityRef] = [:]
        var cache: [EntityRef: [String]] = [:]
        // Policies named so far (each once), by folded name, for 《合作安排》-style short titles.
        var policies: [(key: [UInt32], ref: EntityRef)] = []
        var registeredPolicies = Set<EntityRef>()
        func isShortTitle(_ key: [UInt32], of longer: [UInt32]) -> Bool {
            longer.count > key.count && longer[(longer.count - key.count)...].elementsEqual(key)
        }
        for mention in mentions {
            guard case .unknown(let type, let key) = mention.ref else {
                register(mention, in: &people, cache: &cache)
                if case .catalog(let index) = mention.ref, knowledge.entry(index).type.core == .policy, registeredPolicies.insert(mention.ref).inserted {
                    for name in knowledge.entry(index).allNames { policies.append((ScriptFolding.fold(name), mention.ref)) }
                }
                resolved.append(mention)
                continue
            }
            if key.hasPrefix("#surname:") {
                if let person = people[String(key.dropFirst("#surname:".count))] {
                    var m = mention
                    m.ref = person
                    resolved.append(m)
                }
                continue
            }
            if key.hasPrefix("#acronym:") {
                if let previous = resolved.last, !isShortForm(previous.ref), doc.text(previous.end, mention.start).trimmingCharacters(in: .whitespaces).count <= 1 {
                    var m = mention
                    m.ref = previous.ref
                    resolved.append(m)
                }
                continue
            }
            let folded = type.core == .policy ? Array(key.unicodeScalars.map(\.value)) : []
            if type.core == .policy, let longer = policies.last(where: { isShortTitle(folded, of: $0.key) }) {
                var m = mention
                m.ref = longer.ref
                resolved.append(m)
                continue
            }
            if type.core == .policy, registeredPolicies.insert(mention.ref).inserted { policies.append((folded, mention.ref)) }
            register(mention, in: &people, cache: &cache)
            resolved.append(mention)
        }
        mentions = resolved
    }

    /// Every unknown name (and resolved acronym) found once is a mention wherever it recurs.
    mutating func markRepeatedNames() {
        var local = Gazetteer<Int>()
        var refs: [EntityRef] = []
        var seen = Set<[UInt32]>()
        for mention in mentions {
            let isUnknown: Bool
            if case .unknown = mention.ref { isUnknown = true } else { isUnknown = mention.rule == "acronym" }
            guard isUnknown else { continue }
            let surface = Array(doc.folded[mention.start..<mention.end])
            guard surface.count >= 2, seen.insert(surface).inserted else { continue }
            local.add(surface, refs.count)
            refs.append(mention.ref)
        }
        guard !refs.isEmpty else { return }
        var taken = Occupancy(count: doc.count, claimed: mentions)
        var added: [Candidate] = []
        for match in local.matches(in: doc.folded) where taken.claim(match.start, match.end) {
            added.append(Candidate(start: match.start, end: match.end, ref: refs[match.payload], rule: "repeated-name", priority: 1))
        }
        if !added.isEmpty { mentions = (mentions + added).sorted { $0.start < $1.start } }
    }

    /// `Chan added`: a bare surname before a speech verb, for a person named in full before.
    mutating func resolveBareSurnames() {
        let words = englishWords()
        guard words.count >= 2 else { return }
        let taken = Occupancy(count: doc.count, claimed: mentions)
        var people: [String: EntityRef] = [:]
        var cache: [EntityRef: [String]] = [:]
        var next = 0
        var added: [Candidate] = []
        for k in 0..<(words.count - 1) {
            let word = words[k], following = words[k + 1]
            while next < mentions.count && mentions[next].end <= word.start {
                register(mentions[next], in: &people, cache: &cache)
                next += 1
            }
            guard word.capitalised, Self.speechVerbs.contains(following.lower), doc.text(word.end, following.start) == " " else { continue }
            if k > 0, words[k - 1].capitalised, doc.text(words[k - 1].end, word.start) == " " { continue }
            guard taken.isFree(word.start, word.end), let person = people[ScriptFolding.folded(word.text)] else { continue }
            added.append(Candidate(start: word.start, end: word.end, ref: person, rule: "surname", priority: 1))
        }
        if !added.isEmpty { mentions = (mentions + added).sorted { $0.start < $1.start } }
    }
}

extension MentionContext {
    /// `HarbourLink AI Limited (海港智聯科技有限公司)`, `數碼港（Cyberport）`: a name in the other
    /// script in parentheses right after a mention names the same thing.
    mutating func resolveParentheticalNames() {
        let s = doc.scalars
        var taken = Occupancy(count: doc.count, claimed: mentions)
        var added: [Candidate] = []
        for mention in mentions where coreType(of: mention.ref) != .person {
            var open = mention.end
            while open < s.count && CharacterClass.isSpace(s[open]) { open += 1 }
            guard open < s.count, s[open] == 0x28 || s[open] == 0xFF08 else { continue }
            var close = open + 1
            while close < s.count && close - open <= 41 && s[close] != 0x29 && s[close] != 0xFF09 && s[close] != 0x0A { close += 1 }
            guard close < s.count, s[close] == 0x29 || s[close] == 0xFF09, close - open - 1 >= 2 else { continue }
            let start = open + 1, end = close
            let outerHan = (mention.start..<mention.end).contains { CharacterClass.isHan(s[$0]) }
            let innerHan = (start..<end).contains { CharacterClass.isHan(s[$0]) }
            let innerLatin = (start..<end).contains { CharacterClass.isLatinLetter(s[$0]) }
            // Another script, and a name rather than a code or a date (not all digits).
            guard outerHan != innerHan, innerHan || innerLatin, taken.claim(start, end) else { continue }
            added.append(Candidate(start: start, end: end, ref: mention.ref, rule: "parenthetical-name", priority: 1))
        }
        if !added.isEmpty { mentions = (mentions + added).sorted { $0.start < $1.start } }
    }
}
