import NewsGraphOntology

extension Auditor {
    /// The report over every document added so far.
    public func report() -> AuditReport {
        let mentions = documents.reduce(0) { $0 + $1.mentions }
        let linked = documents.reduce(0) { $0 + $1.linked }
        let names = unknownNames()
        let coverage = catalogCoverage()
        let summary = AuditSummary(
            documents: documents.count, mentions: mentions, linkedMentions: linked, recognisedMentions: mentions - linked,
            linkedShare: Rounding.share(linked, mentions), entities: entityIDs.count, linkedEntities: linkedIDs.count,
            unknownNames: names.count, relations: relationCount, catalogEntries: catalog.count,
            catalogEntriesMentioned: coverage.mentioned.count)
        let byType = CoreType.allCases.map { core in
            let l = linkedByType[core] ?? 0, r = recognisedByType[core] ?? 0
            return TypeMentions(type: core.rawValue, linked: l, recognised: r, linkedShare: Rounding.share(l, l + r))
        }
        let ordered = documents.sorted {
            ($0.linkedShare, -$0.mentions, $0.document) < ($1.linkedShare, -$1.mentions, $1.document)
        }
        return AuditReport(summary: summary, mentionsByType: byType, catalog: coverage, unknownNames: names, documents: ordered, gold: gold?.score())
    }

    func catalogCoverage() -> CatalogCoverage {
        var mentioned: [EntryCoverage] = []
        var never: [CatalogEntryRef] = []
        var byType: [String: TypeCoverage] = [:]
        var byCore: [CoreType: TypeCoverage] = [:]
        for entry in catalog.entries {
            let tally = entries[entry.id]
            func count(_ row: inout TypeCoverage) {
                row.entries += 1
                row.labels.count(entry.labels)
                if let tally {
                    row.mentionedEntries += 1
                    row.mentions += tally.mentions
                }
            }
            count(&byType[entry.type.description, default: TypeCoverage(type: entry.type.description)])
            count(&byCore[entry.type.core, default: TypeCoverage(type: entry.type.core.rawValue)])
            if let tally {
                mentioned.append(EntryCoverage(id: entry.id, type: entry.type.description, label: entry.displayLabel, mentions: tally.mentions,
                                               documents: tally.documents, firstDocument: documentNames[tally.first], lastDocument: documentNames[tally.last]))
            } else {
                let file = entry.file.split(separator: "/").last.map(String.init) ?? entry.file
                never.append(CatalogEntryRef(id: entry.id, type: entry.type.description, label: entry.displayLabel, file: file, line: entry.line))
            }
        }
        mentioned.sort { ($1.mentions, $0.id) < ($0.mentions, $1.id) }
        never.sort { ($0.type, $0.id) < ($1.type, $1.id) }
        let cores = CoreType.allCases.map { byCore[$0] ?? TypeCoverage(type: $0.rawValue) }
        return CatalogCoverage(mentioned: mentioned, neverMentioned: never, byType: byType.values.sorted { $0.type < $1.type }, byCoreType: cores)
    }

    func unknownNames() -> [UnknownName] {
        var names: [(UnknownName, CatalogRowSuggester.Input)] = []
        for (id, tally) in unknown {
            let forms = tally.forms.map { FormCount(text: $0.key, count: $0.value) }
                .sorted { ($1.count, $0.text.unicodeScalars.count, $0.text) < ($0.count, $1.text.unicodeScalars.count, $1.text) }
            let type = tally.types.max { ($0.value, $1.key.description) < ($1.value, $0.key.description) }!.key
            let snippets = Array((tally.firstInDocument + tally.others).prefix(snippetsPerName))
            let name = UnknownName(id: id, name: forms.first?.text ?? id, type: type.description, documents: tally.documents, mentions: tally.mentions,
                                   forms: forms, rules: tally.rules.sorted(), snippets: snippets, suggestion: nil)
            let labels = tally.labels.mapValues { counts in
                counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            }
            names.append((name, CatalogRowSuggester.Input(entityID: id, type: type, labels: labels, forms: forms.map(\.text))))
        }
        names.sort { a, b in
            (b.0.documents, b.0.mentions, a.0.name, a.0.id) < (a.0.documents, a.0.mentions, b.0.name, b.0.id)
        }
        var suggester = CatalogRowSuggester(catalog: catalog)
        return names.map { name, input in
            var name = name
            name.suggestion = suggester.suggest(input)
            return name
        }
    }
}
