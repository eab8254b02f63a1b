import NewsGraphOntology
import NewsGraphText

/// Second pass over one document: short forms resolved to what was named in full before
/// (`Mr Hui`, `Chan added`, `(FSDC)`, 《合作安排》), and names found once marked wherever
/// else they occur.
extension MentionContext {
    mutating func propagate() {
        resolveShortForms()
        markRepeatedNames()
        resolveBareSurnames()
    }

    /// The English surnames a person entity is known by in this document.
    func surnames(of ref: EntityRef) -> Set<String> {
        var names: [String] = mentions.filter { $0.ref == ref }.map { doc.text($0.start, $0.end) }
        if case .catalog(let index) = ref {
            let entry = knowledge.entry(index)
            guard entry.type.core == .person else { return [] }
            names += entry.allNames
        }
        var result = Set<String>()
        for name in names {
            let tokens = name.split(separator: " ").map(String.init)
            guard tokens.count >= 2, tokens.allSatisfy({ $0.unicodeScalars.allSatisfy { CharacterClass.isLatinLetter($0.value) || $0 == "-" || $0 == "'" } }) else { continue }
            // "John Lee Ka-chiu": the surname stands before the hyphenated Cantonese given name.
            if tokens.count >= 3, tokens.last!.contains("-"), tokens.last!.first!.isUppercase {
                result.insert(ScriptFolding.folded(tokens[tokens.count - 2]))
            } else {
                result.insert(ScriptFolding.folded(tokens.last!))
            }
        }
        return result
    }

    func isPerson(_ ref: EntityRef) -> Bool { coreType(of: ref) == .person }

    mutating func resolveShortForms() {
        var resolved: [Candidate] = []
        for (position, mention) in mentions.enumerated() {
            guard case .unknown(let type, let key) = mention.ref else { resolved.append(mention); continue }
            if key.hasPrefix("#surname:") {
                let surname = String(key.dropFirst("#surname:".count))
                if let person = mentions[..<position].reversed().first(where: { isPerson($0.ref) && !isShortForm($0.ref) && surnames(of: $0.ref).contains(surname) }) {
                    var m = mention
                    m.ref = person.ref
                    resolved.append(m)
                }
                continue
            }
            if key.hasPrefix("#acronym:") {
                if let previous = mentions[..<position].last, doc.text(previous.end, mention.start).trimmingCharacters(in: .whitespaces).count <= 1, !isShortForm(previous.ref) {
                    var m = mention
                    m.ref = previous.ref
                    resolved.append(m)
                }
                continue
            }
            if type.core == .policy, let longer = mentions[..<position].last(where: { candidate in
                if case .unknown(let t, let k) = candidate.ref, t.core == .policy, k.count > key.count, k.hasSuffix(key) { return true }
                if case .catalog(let index) = candidate.ref, knowledge.entry(index).type.core == .policy {
                    return knowledge.entry(index).allNames.contains { ScriptFolding.folded($0).hasSuffix(key) && ScriptFolding.folded($0) != key }
                }
                return false
            }) {
                var m = mention
                m.ref = longer.ref
                resolved.append(m)
                continue
            }
            resolved.append(mention)
        }
        mentions = resolved
    }

    func isShortForm(_ ref: EntityRef) -> Bool {
        if case .unknown(_, let key) = ref { return key.hasPrefix("#") }
        return false
    }

    /// Every unknown name (and resolved acronym) found once is a mention wherever it recurs.
    mutating func markRepeatedNames() {
        var local = Gazetteer<Int>()
        var refs: [EntityRef] = []
        var seen = Set<String>()
        for mention in mentions {
            let isUnknown: Bool
            if case .unknown = mention.ref { isUnknown = true } else { isUnknown = mention.rule == "acronym" }
            guard isUnknown else { continue }
            let surface = Array(doc.folded[mention.start..<mention.end])
            guard surface.count >= 2, seen.insert(String(decoding: surface.map { Character(Unicode.Scalar($0)!) }.map { String($0) }.joined().utf8, as: UTF8.self)).inserted else { continue }
            local.add(surface, refs.count)
            refs.append(mention.ref)
        }
        guard !refs.isEmpty else { return }
        var taken = mentions.map { $0.start..<$0.end }
        var added: [Candidate] = []
        for match in local.matches(in: doc.folded) {
            let span = match.start..<match.end
            if taken.contains(where: { $0.overlaps(span) }) { continue }
            taken.append(span)
            added.append(Candidate(start: match.start, end: match.end, ref: refs[match.payload], rule: "repeated-name", priority: 1))
        }
        mentions = (mentions + added).sorted { $0.start < $1.start }
    }

    /// `Chan added`: a bare surname before a speech verb, for a person named in full before.
    mutating func resolveBareSurnames() {
        let words = englishWords()
        guard words.count >= 2 else { return }
        var added: [Candidate] = []
        for k in 0..<(words.count - 1) {
            let word = words[k], next = words[k + 1]
            guard word.capitalised, Self.speechVerbs.contains(next.text.lowercased()), doc.text(word.end, next.start) == " " else { continue }
            if k > 0, words[k - 1].capitalised, doc.text(words[k - 1].end, word.start) == " " { continue }
            let span = word.start..<word.end
            if mentions.contains(where: { ($0.start..<$0.end).overlaps(span) }) { continue }
            let surname = ScriptFolding.folded(word.text)
            if let person = mentions.last(where: { $0.end <= word.start && isPerson($0.ref) && surnames(of: $0.ref).contains(surname) }) {
                added.append(Candidate(start: word.start, end: word.end, ref: person.ref, rule: "surname", priority: 1))
            }
        }
        mentions = (mentions + added).sorted { $0.start < $1.start }
    }
}
