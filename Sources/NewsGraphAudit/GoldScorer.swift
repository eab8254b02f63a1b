import Foundation
import NewsGraphExtraction

/// Scores extractions against a `GoldStandard` one document at a time, reproducing
/// `../shared/eval/score.py` exactly:
///
/// - documents pair by the base name of their name; a gold document without a prediction
///   counts as all misses; predictions without gold are ignored; a later prediction for the
///   same base name replaces the earlier one;
/// - a predicted entity may match a gold entity when its core type is among the gold types and
///   one of its mention texts or its label equals a gold name after `ScoreText.norm`; pairs are
///   a maximum one-to-one matching (`MaximumMatching`);
/// - a miss is charged to the gold entity's first type; counts are summed over documents;
/// - predicted relations with a predicate score.py does not know are skipped; repeats of the
///   same (subject, predicate, object) count once; a relation is right when both ends matched
///   and gold states it (`cooperatesWith` either way round, `doc` as the object of `authorOf`),
///   and each gold relation is found at most once;
/// - split keys: gold keys matched by more than one predicted id over the corpus; merge
///   errors: predicted ids matched to more than one gold key.
struct GoldScorer {
    let gold: GoldStandard
    private let goldByName: [String: GoldStandard.Document]
    private var scored: [String: DocumentTally] = [:]

    struct Counts {
        var tp = 0, fp = 0, fn = 0
    }

    struct DocumentTally {
        var byType: [String: Counts] = [:]
        var relations = Counts()
        /// (gold key, predicted id) for every matched pair.
        var pairs: [(key: String, id: String)] = []
    }

    init(_ gold: GoldStandard) {
        self.gold = gold
        self.goldByName = Dictionary(gold.documents.map { ($0.name, $0.gold) }, uniquingKeysWith: { _, last in last })
    }

    mutating func add(_ extraction: DocumentExtraction) {
        let name = (extraction.name as NSString).lastPathComponent
        guard let document = goldByName[name] else { return }
        scored[name] = Self.score(extraction, against: document)
    }

    static func score(_ extraction: DocumentExtraction, against gold: GoldStandard.Document) -> DocumentTally {
        var tally = DocumentTally()
        let entities = extraction.entities.filter { GoldScore.types.contains($0.type.core.rawValue) }
        let goldNames = gold.entities.map { Set($0.names.map(ScoreText.norm)) }
        let edges = entities.map { entity -> [Int] in
            let type = entity.type.core.rawValue
            let surface = Self.surface(entity)
            return gold.entities.indices.filter { gold.entities[$0].types.contains(type) && !surface.isDisjoint(with: goldNames[$0]) }
        }
        let matching = MaximumMatching(edges: edges)
        var matchedGold: [Int: Int] = [:]  // predicted -> gold
        for pair in matching.pairs { matchedGold[pair.left] = pair.right }
        for (i, entity) in entities.enumerated() {
            let type = entity.type.core.rawValue
            if let j = matchedGold[i] {
                tally.byType[type, default: Counts()].tp += 1
                tally.pairs.append((gold.entities[j].key, entity.id))
            } else {
                tally.byType[type, default: Counts()].fp += 1
            }
        }
        let matched = Set(matchedGold.values)
        for (j, entity) in gold.entities.enumerated() where !matched.contains(j) {
            tally.byType[entity.types.first ?? "", default: Counts()].fn += 1
        }
        // id -> key; when two predicted entities share an id, the one matched last wins (a Python dict).
        var keyOf: [String: String] = [:]
        for pair in matching.pairs { keyOf[entities[pair.left].id] = gold.entities[pair.right].key }
        tally.relations = scoreRelations(extraction.relations, gold: gold, keyOf: keyOf)
        return tally
    }

    private static func scoreRelations(_ relations: [ExtractedRelation], gold: GoldStandard.Document, keyOf: [String: String]) -> Counts {
        var counts = Counts()
        var goldRelations = Set<[String]>()
        for r in gold.relations {
            goldRelations.insert([r.s, r.p, r.o])
            if GoldStandard.symmetric.contains(r.p) { goldRelations.insert([r.o, r.p, r.s]) }
        }
        var seen = Set<[String]>()
        var found = Set<[String]>()
        for r in relations where GoldStandard.predicates.contains(r.predicate) {
            guard seen.insert([r.subject, r.predicate, r.object]).inserted else { continue }
            let s = keyOf[r.subject]
            let o = r.object == ExtractedRelation.documentObject ? "doc" : keyOf[r.object]
            if let s, let o, !s.isEmpty, !o.isEmpty, goldRelations.contains([s, r.predicate, o]), !found.contains([s, r.predicate, o]) {
                counts.tp += 1
                found.insert([s, r.predicate, o])
                if GoldStandard.symmetric.contains(r.predicate) { found.insert([o, r.predicate, s]) }
            } else {
                counts.fp += 1
            }
        }
        for r in gold.relations where !found.contains([r.s, r.p, r.o]) {
            counts.fn += 1
        }
        return counts
    }

    /// Normalised mention texts and label (score.py's `surface`).
    static func surface(_ entity: ExtractedEntity) -> Set<String> {
        var names = Set(entity.mentions.map { ScoreText.norm($0.text) })
        if !entity.label.isEmpty { names.insert(ScoreText.norm(entity.label)) }
        names.remove("")
        return names
    }

    func score() -> GoldScore {
        var byType: [String: Counts] = [:]
        var relations = Counts()
        var idsOfKey: [String: Set<String>] = [:]
        var keysOfID: [String: Set<String>] = [:]
        for (name, document) in gold.documents {
            guard let tally = scored[name] else {
                for entity in document.entities { byType[entity.types.first ?? "", default: Counts()].fn += 1 }
                relations.fn += document.relations.count
                continue
            }
            for (type, counts) in tally.byType {
                byType[type, default: Counts()].tp += counts.tp
                byType[type, default: Counts()].fp += counts.fp
                byType[type, default: Counts()].fn += counts.fn
            }
            relations.tp += tally.relations.tp
            relations.fp += tally.relations.fp
            relations.fn += tally.relations.fn
            for (key, id) in tally.pairs {
                idsOfKey[key, default: []].insert(id)
                keysOfID[id, default: []].insert(key)
            }
        }
        var core = Counts()
        for type in GoldScore.coreTypes {
            let c = byType[type] ?? Counts()
            core.tp += c.tp
            core.fp += c.fp
            core.fn += c.fn
        }
        let prf = { (c: Counts) in PRF(tp: c.tp, fp: c.fp, fn: c.fn) }
        let codePointOrder = { (a: String, b: String) in a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) }
        return GoldScore(
            directory: gold.directory,
            documents: gold.documents.count,
            predictedDocuments: scored.count,
            coreEntities: prf(core),
            entitiesByType: Dictionary(uniqueKeysWithValues: GoldScore.types.map { ($0, prf(byType[$0] ?? Counts())) }),
            relations: prf(relations),
            splitKeys: idsOfKey.filter { $0.value.count > 1 }.map(\.key).sorted(by: codePointOrder),
            mergeErrors: keysOfID.filter { $0.value.count > 1 }.map(\.key).sorted(by: codePointOrder))
    }
}
