import NewsGraphExtraction
import NewsGraphOntology

/// Audits a corpus one document at a time, so a large corpus or store never has to be held in
/// memory: `add` each extraction (in a fixed order: it decides "first" and "last" document and
/// which snippets are kept), then take the `report()`.
///
/// ```swift
/// var auditor = Auditor(catalog: pipeline.catalog, gold: try GoldStandard.load(directory: gold))
/// for document in documents { auditor.add(try pipeline.extract(document)) }
/// let report = auditor.report()
/// print(TextReport.render(report))
/// ```
public struct Auditor {
    public let catalog: Catalog
    /// Snippets kept per unknown name (2–3 is what a curator reads).
    public var snippetsPerName = 3
    /// Example sentences kept per document for `unrelatedExamples`.
    public var examplesPerDocument = 3

    var documentNames: [String] = []
    var entries: [String: EntryTally] = [:]
    var unknown: [String: UnknownTally] = [:]
    var linkedByType: [CoreType: Int] = [:]
    var recognisedByType: [CoreType: Int] = [:]
    var documents: [DocumentCoverage] = []
    var entityIDs = Set<String>()
    var linkedIDs = Set<String>()
    var relationCount = 0
    var gold: GoldScorer?

    struct EntryTally {
        var mentions = 0
        var documents = 0
        var first = 0
        var last = 0
    }

    struct UnknownTally {
        var mentions = 0
        var documents = 0
        var types: [EntityType: Int] = [:]
        var labels: [String: [String: Int]] = [:]
        var forms: [String: Int] = [:]
        var rules = Set<String>()
        /// The first mention in each document, then other mentions, each capped.
        var firstInDocument: [Snippet] = []
        var others: [Snippet] = []
    }

    public init(catalog: Catalog, gold: GoldStandard? = nil) {
        self.catalog = catalog
        self.gold = gold.map(GoldScorer.init)
    }

    /// Audits one document.
    public mutating func add(_ extraction: DocumentExtraction) {
        let index = documentNames.count
        documentNames.append(extraction.name)
        let sentences = DocumentSentences(extraction)
        var linked = 0, recognised = 0
        for entity in extraction.entities {
            entityIDs.insert(entity.id)
            let count = entity.mentions.count
            if entity.inCatalog {
                linked += count
                linkedIDs.insert(entity.id)
                linkedByType[entity.type.core, default: 0] += count
                let id = entity.id.hasPrefix("ent:") ? String(entity.id.dropFirst(4)) : entity.id
                if catalog.entry(id) != nil {
                    var tally = entries[id] ?? EntryTally(first: index)
                    tally.mentions += count
                    tally.documents += 1
                    tally.last = index
                    entries[id] = tally
                }
            } else {
                recognised += count
                recognisedByType[entity.type.core, default: 0] += count
                addUnknown(entity, sentences: sentences)
            }
        }
        relationCount += extraction.relations.count
        documents.append(coverage(of: extraction, sentences: sentences, linked: linked, recognised: recognised))
        gold?.add(extraction)
    }

    private mutating func addUnknown(_ entity: ExtractedEntity, sentences: DocumentSentences) {
        var tally = unknown[entity.id] ?? UnknownTally()
        tally.mentions += entity.mentions.count
        tally.documents += 1
        tally.types[entity.type, default: 0] += 1
        for (tag, label) in entity.labels { tally.labels[tag, default: [:]][label, default: 0] += 1 }
        for (offset, mention) in entity.mentions.enumerated() {
            tally.forms[mention.text, default: 0] += 1
            if case .recognizer(let rule) = mention.source { tally.rules.insert(rule) }
            if offset == 0 {
                if tally.firstInDocument.count < snippetsPerName { tally.firstInDocument.append(sentences.snippet(mention)) }
            } else if tally.others.count < snippetsPerName {
                tally.others.append(sentences.snippet(mention))
            }
        }
        unknown[entity.id] = tally
    }

    private func coverage(of extraction: DocumentExtraction, sentences: DocumentSentences, linked: Int, recognised: Int) -> DocumentCoverage {
        // Entities named in each sentence, in order of first mention.
        var named: [Int: [Int]] = [:]
        for (k, entity) in extraction.entities.enumerated() {
            for mention in entity.mentions {
                guard let s = sentences.sentence(at: mention.start) else { continue }
                if !(named[s]?.contains(k) ?? false) { named[s, default: []].append(k) }
            }
        }
        for s in named.keys {
            named[s]!.sort { first(of: $0, in: s, extraction, sentences) < first(of: $1, in: s, extraction, sentences) }
        }
        let evidence = extraction.relations.map { $0.evidenceStart..<max($0.evidenceEnd, $0.evidenceStart + 1) }
        var unrelated = 0
        var examples: [SentenceExample] = []
        for s in named.keys.sorted() where named[s]!.count >= 2 {
            let span = sentences.spans[s]
            if evidence.contains(where: { $0.overlaps(span) }) { continue }
            unrelated += 1
            if examples.count < examplesPerDocument {
                let window = DocumentSentences.window(span, around: span.lowerBound..<span.lowerBound)
                examples.append(SentenceExample(start: span.lowerBound, end: span.upperBound, text: sentences.text(window),
                                                entities: named[s]!.map { extraction.entities[$0].label }))
            }
        }
        let mentions = linked + recognised
        return DocumentCoverage(document: extraction.name, mentions: mentions, linked: linked, recognised: recognised,
                                linkedShare: Rounding.share(linked, mentions), entities: extraction.entities.count,
                                relations: extraction.relations.count, sentences: sentences.spans.count,
                                namedSentences: named.count, unrelatedSentences: unrelated, unrelatedExamples: examples)
    }

    private func first(of entity: Int, in sentence: Int, _ extraction: DocumentExtraction, _ sentences: DocumentSentences) -> Int {
        let span = sentences.spans[sentence]
        return extraction.entities[entity].mentions.first { span.contains($0.start) }?.start ?? Int.max
    }

    /// Audits a whole list of extractions at once.
    public static func audit(_ extractions: [DocumentExtraction], catalog: Catalog, gold: GoldStandard? = nil) -> AuditReport {
        var auditor = Auditor(catalog: catalog, gold: gold)
        for extraction in extractions { auditor.add(extraction) }
        return auditor.report()
    }
}
