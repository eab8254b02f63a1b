import NewsGraphText

extension CatalogLoader {
    /// Checks across entries: unique ids, known types, facts that fit the ontology, aliases
    /// that name one entity only (unless `ambiguous.tsv` says which one a bare mention means).
    static func validate(_ entries: [CatalogEntry], ontology: Ontology, ambiguities: [Ambiguity], errors: inout [OntologyError]) {
        var byID: [String: CatalogEntry] = [:]
        for entry in entries {
            if let first = byID[entry.id] {
                errors.append(OntologyError(file: entry.file, line: entry.line, "duplicate id `\(entry.id)` (first defined at \(first.file):\(first.line)). Give each entity one id; merge the two rows."))
                continue
            }
            byID[entry.id] = entry
            if !ontology.knows(entry.type) {
                errors.append(OntologyError(file: entry.file, line: entry.line, "`\(entry.id)`: the ontology has no subclass `\(entry.type.subclass ?? "")` under \(entry.type.core.rawValue). Use a subclass defined in newsgraph.owl or add it there."))
            }
        }
        for entry in entries {
            for fact in entry.facts {
                guard let predicate = ontology.predicate(fact.predicate) else {
                    errors.append(OntologyError(file: entry.file, line: entry.line, "`\(entry.id)`: unknown predicate `\(fact.predicate)`. Use one of: \(ontology.predicates.keys.sorted().joined(separator: ", "))."))
                    continue
                }
                guard let object = byID[fact.object] else {
                    errors.append(OntologyError(file: entry.file, line: entry.line, "`\(entry.id)`: fact `\(fact.predicate):\(fact.object)` points at an id no catalog file defines. Fix the id or add the entity."))
                    continue
                }
                if !predicate.allows(subject: entry.type.core, object: object.type.core) {
                    errors.append(OntologyError(file: entry.file, line: entry.line, "`\(entry.id)` (\(entry.type.core.rawValue)) `\(fact.predicate)` `\(object.id)` (\(object.type.core.rawValue)) does not fit the predicate's domain and range. Change the fact or the types."))
                }
            }
        }
        let preferred = Dictionary(ambiguities.map { (ScriptFolding.folded($0.alias), $0.prefer) }, uniquingKeysWith: { a, _ in a })
        for ambiguity in ambiguities where byID[ambiguity.prefer] == nil {
            errors.append(OntologyError(file: ambiguity.file, line: ambiguity.line, "alias `\(ambiguity.alias)` prefers `\(ambiguity.prefer)`, which no catalog file defines. Fix the id or add the entity."))
        }
        var owner: [String: CatalogEntry] = [:]
        for entry in entries.sorted(by: { ($0.file, $0.line) < ($1.file, $1.line) }) {
            for name in Set(entry.allNames.map(ScriptFolding.folded)).sorted() {
                if name.unicodeScalars.count == 1, let v = name.unicodeScalars.first?.value, CharacterClass.isHan(v) {
                    errors.append(OntologyError(file: entry.file, line: entry.line, "`\(entry.id)` has the one-character name `\(name)`, which would match inside countless words. Remove it."))
                    continue
                }
                if let other = owner[name], other.id != entry.id {
                    if preferred[name] == nil {
                        errors.append(OntologyError(file: entry.file, line: entry.line, "`\(entry.id)` and `\(other.id)` (\(other.file):\(other.line)) share the name `\(name)`. Remove it from one, or add a row to ambiguous.tsv saying which one a bare mention means."))
                    }
                } else {
                    owner[name] = entry
                }
            }
        }
    }
}
