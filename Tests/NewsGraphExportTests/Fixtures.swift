import NewsGraph
import NewsGraphExtraction
import NewsGraphOntology

/// Test graphs. `hostile` carries every kind of text that breaks naive XML writers: markup
/// characters, quotes, XML-illegal controls (U+0001, U+000C, NUL, U+FFFE, U+FFFF), CR/LF/tab,
/// CJK, emoji, right-to-left marks, "]]>", and canonically equivalent spellings.
enum Fixtures {
    static let nasty = "A<b>&amp;\"q\" 'a' ]]> \u{1}\u{C}\u{0}\u{FFFE}\u{FFFF} 🇭🇰👩‍💻 \u{200F}مرحبا\u{202E}abc\u{202C} \r\n\tend"

    static func mention(_ text: String, _ start: Int) -> Mention {
        Mention(text: text, start: start, end: start + text.unicodeScalars.count, sourceStart: start, sourceEnd: start + text.unicodeScalars.count, source: .catalog)
    }

    /// Three documents' extractions; the same relation is stated in two of them (parallel edges).
    static var hostileExtractions: [DocumentExtraction] {
        let lee = ExtractedEntity(
            id: "ent:john-lee-ka-chiu", type: EntityType(.person),
            label: "John Lee <Ka-chiu> & \"李家超\"",
            labels: ["zh-Hant": "李家超", "zh-Hans": "李家超", "en": "John Lee <Ka-chiu> & \"Li\""],
            mentions: [mention("李家超", 0), mention("Lee\u{1}Ka-chiu", 10), mention("e\u{301}tat", 30), mention("état", 40)],
            inCatalog: true)
        let government = ExtractedEntity(
            id: "ent:hksar-government", type: EntityType(.organization, "GovernmentBody"),
            label: "HKSAR Government", labels: ["en": "HKSAR Government", "zh-Hant": "香港特別行政區政府"],
            mentions: [mention("特區政府", 5), mention(nasty, 50)], inCatalog: true)
        let unknown = ExtractedEntity(
            id: "ent:x-Organization/Company-「港鐵」", type: EntityType(.organization, "Company"),
            label: "「港鐵」\u{0}公司", labels: ["zh-Hant": "港鐵\u{FFFE}"],
            mentions: [mention("港鐵", 70)], inCatalog: false)
        let holds = ExtractedRelation(
            subject: "ent:john-lee-ka-chiu", predicate: "holdsPositionIn", object: "ent:hksar-government",
            evidence: "行政長官李家超\u{1}表示 <b>\"政府\"</b> & 'more' \u{FFFE}\u{0}", evidenceStart: 0, evidenceEnd: 20,
            rule: "title-apposition", confidence: 0.875, role: "行政長官")
        let author = ExtractedRelation(
            subject: "ent:john-lee-ka-chiu", predicate: "authorOf", object: ExtractedRelation.documentObject,
            evidence: nasty, evidenceStart: 3, evidenceEnd: 9, rule: "byline", confidence: 1)
        let company = ExtractedRelation(
            subject: "ent:x-Organization/Company-「港鐵」", predicate: "locatedIn", object: "ent:hksar-government",
            evidence: "港鐵\u{C}公司", evidenceStart: 70, evidenceEnd: 76, rule: "located-in", confidence: 0.5)
        return [
            DocumentExtraction(name: "corpus/news-1.txt", contentHash: "00000000000000a1", text: "", byteCount: 120,
                               entities: [lee, government], relations: [holds, author]),
            DocumentExtraction(name: "corpus/新聞 <2>&.txt", contentHash: "00000000000000b2", text: "", byteCount: 340,
                               entities: [lee, government, unknown], relations: [holds, company]),
            DocumentExtraction(name: "corpus/news-3\u{1}.txt", contentHash: "00000000000000c3", text: "", byteCount: 7,
                               entities: [government], relations: []),
        ]
    }

    static var hostile: KnowledgeGraph { GraphBuilder.build(hostileExtractions) }

    /// A graph without illegal characters or canonical-equivalence twins, where the sorted
    /// stream must equal `GraphRDF.triples(of:)` exactly.
    static var clean: KnowledgeGraph {
        var extractions = hostileExtractions
        for i in extractions.indices {
            extractions[i].name = "corpus/clean-\(i).txt"
            for j in extractions[i].entities.indices {
                extractions[i].entities[j].mentions = extractions[i].entities[j].mentions.map {
                    mention(String(String.UnicodeScalarView($0.text.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0xFFFE && $0.value != 0x301 })), $0.start)
                }
                extractions[i].entities[j].labels = extractions[i].entities[j].labels.mapValues { String(String.UnicodeScalarView($0.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0xFFFE })) }
                extractions[i].entities[j].label = String(String.UnicodeScalarView(extractions[i].entities[j].label.unicodeScalars.filter { $0.value >= 0x20 }))
            }
            for j in extractions[i].relations.indices {
                extractions[i].relations[j].evidence = "evidence \(i) \(j) <&> \"q\""
            }
        }
        return GraphBuilder.build(extractions)
    }

    /// An edge whose object is no node of the graph (a catalog fact about an entity the
    /// documents never mention).
    static var dangling: KnowledgeGraph {
        var graph = clean
        graph.edges.append(GraphEdge(id: "rel:0000dangling", subject: "ent:john-lee-ka-chiu", predicate: "memberOf",
                                     object: "ent:not-in-graph", document: graph.documents[0].id, evidence: "x",
                                     start: 0, end: 1, rule: "catalog-fact", confidence: 1))
        return KnowledgeGraph(nodes: graph.nodes, edges: graph.edges, documents: graph.documents)
    }
}
