import NewsGraphOntology
import NewsGraphText

/// Finds mentions and relations in one document's repaired text.
///
/// 1. catalog names, all at once (`Gazetteer`); 2. recognisers for names the catalog lacks;
/// 3. one overlap rule (`OverlapResolver`); 4. the same names again elsewhere in the document,
/// and short forms (a surname, an acronym, a shortened title) resolved to what was named in
/// full before; 5. relation rules, checked against the ontology's domains and ranges.
public struct Extractor: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    public func extract(_ repaired: RepairedText) -> DocumentExtraction {
        let doc = DocumentText(repaired)
        var context = MentionContext(doc: doc, knowledge: knowledge)
        context.findCatalogNames()
        context.recognise()
        context.resolve()
        context.propagate()
        let entities = context.entities()
        var finder = RelationFinder(context: context, entities: entities)
        let relations = finder.relations()
        return DocumentExtraction(name: "", contentHash: "", text: repaired.text, byteCount: 0, entities: entities.map(\.entity), relations: relations)
    }
}

/// A resolved entity of one document with the data relation rules need.
struct DocumentEntity {
    var entity: ExtractedEntity
    var ref: EntityRef
    var catalogIndex: Int?
    var type: EntityType { entity.type }
}

/// The mutable state of mention finding for one document.
struct MentionContext {
    let doc: DocumentText
    let knowledge: Knowledge
    var candidates: [Candidate] = []
    var mentions: [Candidate] = []
    /// Index into `candidates` of the catalog name starting / ending at each offset, or -1.
    var catalogAtStart: [Int32] = []
    var catalogAtEnd: [Int32] = []

    init(doc: DocumentText, knowledge: Knowledge) {
        self.doc = doc
        self.knowledge = knowledge
    }

    mutating func findCatalogNames() {
        var i = 0
        let f = doc.folded
        while i < f.count {
            guard let match = knowledge.gazetteer.longestMatch(in: f, at: i), !isLowercaseCommonWord(match.start, match.end) else { i += 1; continue }
            if match.payload >= 0 {
                candidates.append(Candidate(start: match.start, end: match.end, ref: .catalog(Int(match.payload)), rule: "catalog", priority: 3))
            }
            i = match.end  // a stop-list phrase (payload < 0) hides the names inside it
        }
        chooseAmongAlternatives()
        dropUnconfirmedAbbreviations()
        let currencies = Set(candidates.indices.filter { coreType(of: candidates[$0].ref) == .place && namesACurrency(after: candidates[$0].end) })
        if !currencies.isEmpty { candidates = candidates.indices.filter { !currencies.contains($0) }.map { candidates[$0] } }
        catalogAtStart = Array(repeating: -1, count: f.count + 1)
        catalogAtEnd = Array(repeating: -1, count: f.count + 1)
        for (k, c) in candidates.enumerated() {
            catalogAtStart[c.start] = Int32(k)
            catalogAtEnd[c.end] = Int32(k)
        }
    }

    /// "U.S. dollars", "Hong Kong dollar": a place name used as a currency's adjective is not a
    /// mention of the place.
    func namesACurrency(after end: Int) -> Bool {
        let s = doc.scalars
        var k = end
        guard k < s.count, s[k] == 0x20 || s[k] == 0xA0 else { return false }
        k += 1
        for letter in "dollar".unicodeScalars {
            guard k < s.count, s[k] | 0x20 == letter.value else { return false }
            k += 1
        }
        return k == s.count || !CharacterClass.isLatinLetter(s[k]) || s[k] | 0x20 == 0x73 // "dollars"
    }

    /// True when the stop list holds exactly `start..<end` (see `catalog/stoplist.txt`).
    func isStopPhrase(_ start: Int, _ end: Int) -> Bool {
        guard let match = knowledge.gazetteer.longestMatch(in: doc.folded, at: start) else { return false }
        return match.payload < 0 && match.end == end
    }

    /// Two-character abbreviations of organisations (中大, 理大, 港鐵) also occur inside ordinary
    /// words (其中大部分, 處理大量). One stands as a name when something marks its edge (not a Han
    /// character on one side), when a role word follows (中大校長), or when the document also
    /// names the organisation in full; otherwise it is dropped.
    /// Kinds whose short forms clash with everyday words; government and party short forms
    /// (中央, 中共, 人大, 政協) are the usual way news names those bodies.
    static let abbreviatedKinds: Set<String> = ["Company", "Bank", "University", "MediaOutlet", "Association", "ResearchInstitute", "BusinessChamber"]

    static let listJoiners: Set<UInt32> = Lexicon.set("及和與、")

    mutating func dropUnconfirmedAbbreviations() {
        let f = doc.folded
        let catalogEnds = Set(candidates.map(\.end))
        let catalogStarts = Set(candidates.map(\.start))
        var namedInFull = Set<Int>()
        for c in candidates where c.length > 2 { if case .catalog(let i) = c.ref { namedInFull.insert(i) } }
        candidates.removeAll { c in
            guard c.length == 2, case .catalog(let index) = c.ref, Self.abbreviatedKinds.contains(knowledge.entry(index).type.subclass ?? ""),
                  CharacterClass.isHan(f[c.start]), CharacterClass.isHan(f[c.start + 1]) else { return false }
            if knowledge.isLabel(Array(f[c.start..<c.end]), of: index) || namedInFull.contains(index) { return false }
            let before = c.start > 0 ? f[c.start - 1] : 0x0A
            let after = c.end < f.count ? f[c.end] : 0x0A
            if !CharacterClass.isHan(before) || !CharacterClass.isHan(after) { return false }
            // 九巴及城巴: one of a list of names.
            if Self.listJoiners.contains(before), c.start >= 2, catalogEnds.contains(c.start - 1) { return false }
            if Self.listJoiners.contains(after), catalogStarts.contains(c.end + 1) { return false }
            if doc.word(from: Lexicon.roles, at: c.end) != nil { return false }
            return true
        }
    }

    /// A Latin match starting with a lower-case letter ("south China") or a single word all in
    /// lower case ("budget", "mainland") is ordinary text, not the name the catalog means.
    func isLowercaseCommonWord(_ start: Int, _ end: Int) -> Bool {
        // A Latin name starts with a capital: "south China" is not the region "South China".
        if (0x61...0x7A).contains(doc.scalars[start]) { return true }
        var sawLetter = false
        for k in start..<end {
            let v = doc.scalars[k]
            if !CharacterClass.isLatinLetter(v) { return false }
            if (0x41...0x5A).contains(v) { return false }
            sawLetter = true
        }
        return sawLetter
    }

    /// Catalog candidates found so far, by end offset (for recognisers that look left).
    func catalogCandidate(endingAt end: Int) -> Candidate? {
        guard end >= 0, end < catalogAtEnd.count, catalogAtEnd[end] >= 0 else { return nil }
        return candidates[Int(catalogAtEnd[end])]
    }

    func catalogCandidate(startingAt start: Int) -> Candidate? {
        guard start >= 0, start < catalogAtStart.count, catalogAtStart[start] >= 0 else { return nil }
        return candidates[Int(catalogAtStart[start])]
    }

    func coreType(of ref: EntityRef) -> CoreType {
        switch ref {
        case .catalog(let index): return knowledge.entry(index).type.core
        case .unknown(let type, _): return type.core
        }
    }

    /// True when `start..<end` is exactly a catalog country other than China.
    func isForeignCountry(endingAt end: Int, from start: Int) -> Bool {
        guard let place = catalogCandidate(startingAt: start), place.end == end, case .catalog(let index) = place.ref else { return false }
        let entry = knowledge.entry(index)
        return entry.type.subclass == "Country" && entry.id != "china"
    }

    /// Keeps recognised spans that contain catalog names whole, drops those that cut one in two,
    /// then applies the overlap rule; catalog organisations named inside a longer kept name
    /// (中共 in 中共二十屆三中全會) stay as mentions of their own.
    mutating func resolve() {
        // Catalog names never overlap one another, so only the ones covering a candidate's
        // first and last scalar can cut it.
        var covering = [Int32](repeating: -1, count: doc.count)
        for (k, c) in candidates.enumerated() where c.priority == 3 {
            for p in c.start..<c.end { covering[p] = Int32(k) }
        }
        let consistent = candidates.filter { c in
            if c.priority == 3 { return true }
            for p in [c.start, c.end - 1] where covering[p] >= 0 {
                let span = candidates[Int(covering[p])]
                let inside = c.start >= span.start && c.end <= span.end
                let contains = span.start >= c.start && span.end <= c.end
                if !inside && !contains { return false }
                // A recognised name ending where a catalog name ends only adds a stray prefix (訪大興…示範區).
                // But a foreign country before a body's generic name makes it that country's body:
                // 泰國商務部 is not China's 商務部.
                if span.end == c.end && span.start > c.start && !Self.isCatalogRef(c.ref) && !isForeignCountry(endingAt: span.start, from: c.start) { return false }
            }
            return true
        }
        mentions = OverlapResolver.resolve(consistent, textLength: doc.count)
        var nested: [Candidate] = []
        for outer in mentions where outer.length >= 4 && coreType(of: outer.ref) != .person {
            var k = outer.start
            while k < outer.end - 1 {
                if let match = knowledge.gazetteer.longestMatch(in: doc.folded, at: k), match.payload >= 0, match.end <= outer.end, match.end - match.start >= 2, match.end - match.start < outer.length,
                   knowledge.entry(Int(match.payload)).type.core == .organization, EntityRef.catalog(Int(match.payload)) != outer.ref,
                   !(CharacterClass.isLatinLetter(doc.scalars[k]) && k > 0 && CharacterClass.isLatinLetter(doc.scalars[k - 1])),
                   // A name ending where the outer one ends is its head, not a body inside it:
                   // 發展局 in 香港貿易發展局, "China Tower" in "Bank of China Tower".
                   match.end < outer.end {
                    nested.append(Candidate(start: match.start, end: match.end, ref: .catalog(Int(match.payload)), rule: "nested-name", priority: 3))
                    k = match.end
                } else {
                    k += 1
                }
            }
        }
        if !nested.isEmpty { mentions = (mentions + nested).sorted { ($0.start, $1.length) < ($1.start, $0.length) } }
        resolveFamilies()
    }

    static func isCatalogRef(_ ref: EntityRef) -> Bool {
        if case .catalog = ref { return true } else { return false }
    }

    /// Builds one entity per referent, in order of first mention.
    func entities() -> [DocumentEntity] {
        var order: [EntityRef] = []
        var grouped: [EntityRef: [Candidate]] = [:]
        for mention in mentions {
            if grouped[mention.ref] == nil { order.append(mention.ref) }
            grouped[mention.ref, default: []].append(mention)
        }
        return order.map { ref in
            let found = grouped[ref]!
            let mentions = found.map { c -> Mention in
                let span = doc.repaired.sourceSpan(c.start, c.end)
                let source: MentionSource = c.priority == 3 ? .catalog : .recognizer(rule: c.rule)
                return Mention(text: c.reportedText ?? doc.text(c.start, c.end), start: c.start, end: c.end, sourceStart: span.start, sourceEnd: span.end, source: source)
            }
            switch ref {
            case .catalog(let index):
                let entry = knowledge.entry(index)
                return DocumentEntity(entity: ExtractedEntity(id: entry.nodeID, type: entry.type, label: entry.displayLabel, labels: entry.labels, mentions: mentions, inCatalog: true), ref: ref, catalogIndex: index)
            case .unknown(let type, let key):
                let label = mentions.map(\.text).max { ($0.unicodeScalars.count, $1) < ($1.unicodeScalars.count, $0) } ?? key
                let id = "ent:x-" + type.core.rawValue.lowercased() + "-" + StableHash.hex(type.core.rawValue + "\u{1F}" + key)
                return DocumentEntity(entity: ExtractedEntity(id: id, type: type, label: label, labels: [Self.languageTag(label): label], mentions: mentions, inCatalog: false), ref: ref, catalogIndex: nil)
            }
        }
    }

    static func languageTag(_ text: String) -> String {
        for scalar in text.unicodeScalars where CharacterClass.isHan(scalar.value) {
            return ScriptFolding.fold(text).elementsEqual(text.unicodeScalars.map(\.value)) ? "zh-Hans" : "zh-Hant"
        }
        return "en"
    }
}
