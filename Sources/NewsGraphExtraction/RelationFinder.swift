import NewsGraphOntology
import NewsGraphText

/// A mention placed in its sentence, with its entity.
struct PlacedMention {
    var start: Int
    var end: Int
    var entity: Int          // index into the document's entities
    var core: CoreType
    var subclass: String?
}

/// Finds typed relations in one document. Each rule names itself in the relation's `rule`;
/// every relation is checked against the ontology's domain and range before it is kept.
struct RelationFinder {
    let context: MentionContext
    let entities: [DocumentEntity]
    var doc: DocumentText { context.doc }
    var ontology: Ontology { context.knowledge.ontology }
    /// Mentions by sentence index.
    let bySentence: [[PlacedMention]]
    var found: [ExtractedRelation] = []
    var seen = Set<String>()
    /// Core type of each entity id; the organisations each person holds a position in.
    let coreByID: [String: CoreType]
    var positions: [String: [String]] = [:]
    /// Start offsets of company mentions, ascending (for 公司 / 該公司 anaphora).
    let companyMentions: [PlacedMention]

    init(context: MentionContext, entities: [DocumentEntity]) {
        self.context = context
        self.entities = entities
        var index: [EntityRef: Int] = [:]
        for (k, entity) in entities.enumerated() { index[entity.ref] = k }
        var bySentence = Array(repeating: [PlacedMention](), count: context.doc.sentences.count)
        for mention in context.mentions {
            let s = context.doc.sentence(at: mention.start)
            guard s >= 0, let k = index[mention.ref] else { continue }
            let type = entities[k].type
            bySentence[s].append(PlacedMention(start: mention.start, end: mention.end, entity: k, core: type.core, subclass: type.subclass))
        }
        self.bySentence = bySentence
        self.coreByID = Dictionary(entities.map { ($0.entity.id, $0.type.core) }, uniquingKeysWith: { a, _ in a })
        self.companyMentions = bySentence.joined().filter { $0.core == .organization && entities[$0.entity].type.subclass == "Company" }.sorted { $0.start < $1.start }
    }

    func id(_ m: PlacedMention) -> String { entities[m.entity].entity.id }

    mutating func add(_ subject: String, _ predicate: String, _ object: String, sentence: Int, rule: String, confidence: Double, role: String? = nil) {
        guard subject != object, let p = ontology.predicate(predicate) else { return }
        let subjectCore = coreByID[subject]
        if object == ExtractedRelation.documentObject {
            guard p.rangeIncludesDocument, let subjectCore, p.domain.isEmpty || p.domain.contains(subjectCore) else { return }
        } else {
            guard let subjectCore, let objectCore = coreByID[object], p.allows(subject: subjectCore, object: objectCore) else { return }
        }
        var key = subject + "|" + predicate + "|" + object
        if p.symmetric && object < subject { key = object + "|" + predicate + "|" + subject }
        guard seen.insert(key).inserted else { return }
        if predicate == "holdsPositionIn" { positions[subject, default: []].append(object) }
        let range = doc.sentences[sentence]
        found.append(ExtractedRelation(subject: subject, predicate: predicate, object: object, evidence: doc.text(range.lowerBound, range.upperBound), evidenceStart: range.lowerBound, evidenceEnd: range.upperBound, rule: rule, confidence: confidence, role: role))
    }

    func gapText(_ a: Int, _ b: Int) -> String { a < b ? doc.text(a, b) : "" }

    mutating func relations() -> [ExtractedRelation] {
        for s in 0..<bySentence.count where !bySentence[s].isEmpty {
            titles(in: s)
            englishTitles(in: s)
            bylines(in: s)
            reporterCredits(in: s)
            verbs(in: s)
            structure(in: s)
            appointments(in: s)
        }
        catalogFacts()
        return found
    }
}
