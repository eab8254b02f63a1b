/// The terminal report (`--format text`). Every line fits `width` columns (CJK characters
/// count two), except the suggested catalog rows: they are tab-separated data to be copied
/// whole, so they are printed as they are.
public enum TextReport {
    public static func render(_ report: AuditReport, limit: Int = 20, width: Int = 80) -> String {
        var out = TextLines(width: width)
        summary(report, &out)
        catalog(report.catalog, limit: limit, &out)
        unknownNames(report.unknownNames, limit: limit, &out)
        documents(report.documents, limit: limit, &out)
        if let gold = report.gold { goldScores(gold, &out) }
        return out.text
    }

    static func summary(_ report: AuditReport, _ out: inout TextLines) {
        let s = report.summary
        out.line("NewsGraph audit: \(s.documents) documents, \(s.mentions) mentions, \(Rounding.percent(s.linkedShare)) linked to the catalog")
        out.line("  \(s.entities) entities (\(s.linkedEntities) in the catalog, \(s.unknownNames) unknown names), \(s.relations) relations")
        out.line("  catalog: \(s.catalogEntries) entries, \(s.catalogEntriesMentioned) mentioned (\(Rounding.percent(Rounding.share(s.catalogEntriesMentioned, s.catalogEntries))))")
        out.blank()
        out.table([("mentions by type", 20, false), ("linked", 8, true), ("recognised", 11, true), ("linked share", 13, true)],
                  report.mentionsByType.map { [$0.type, "\($0.linked)", "\($0.recognised)", Rounding.percent($0.linkedShare)] })
    }

    static func catalog(_ c: CatalogCoverage, limit: Int, _ out: inout TextLines) {
        out.heading("1. Catalog coverage")
        let columns: [(String, Int, Bool)] = [("type", 30, false), ("entries", 7, true), ("seen", 6, true), ("mentions", 8, true), ("zh-Hant", 8, true), ("zh-Hans", 8, true), ("en", 6, true)]
        func row(_ t: TypeCoverage) -> [String] {
            [t.type, "\(t.entries)", "\(t.mentionedEntries)", "\(t.mentions)", "\(t.labels.zhHant)", "\(t.labels.zhHans)", "\(t.labels.en)"]
        }
        out.table(columns, c.byCoreType.map(row))
        out.blank()
        out.line("By subclass (\"seen\": entries mentioned at least once; label columns: entries")
        out.line("with a preferred label in that language):")
        out.table(columns, c.byType.map(row))
        out.blank()
        out.line("Most mentioned catalog entries (\(min(limit, c.mentioned.count)) of \(c.mentioned.count)):")
        out.table([("mentions", 8, true), ("docs", 5, true), ("id", 32, false), ("first … last document", 30, false)],
                  c.mentioned.prefix(limit).map { ["\($0.mentions)", "\($0.documents)", $0.id, firstLast($0)] })
        out.blank()
        out.line("Never mentioned: \(c.neverMentioned.count) entries\(c.neverMentioned.count > limit ? " (first \(limit); --format json lists all)" : ""):")
        out.table([("type", 24, false), ("id", 36, false), ("defined at", 16, false)],
                  c.neverMentioned.prefix(limit).map { [$0.type, $0.id, "\($0.file):\($0.line)"] })
    }

    static func firstLast(_ e: EntryCoverage) -> String {
        let first = baseName(e.firstDocument), last = baseName(e.lastDocument)
        return first == last ? first : TerminalText.fit(first, 14) + " … " + last
    }

    static func unknownNames(_ names: [UnknownName], limit: Int, _ out: inout TextLines) {
        out.heading("2. Unknown names (found by recognisers, not in the catalog)")
        out.line("\(names.count) names, ranked by the number of documents naming them.")
        out.blank()
        for (rank, name) in names.prefix(limit).enumerated() {
            out.table([("#", 3, true), ("docs", 4, true), ("ment", 4, true), ("type", 24, false), ("name", 39, false)],
                      [["\(rank + 1)", "\(name.documents)", "\(name.mentions)", name.type, name.name]], header: rank == 0)
            for snippet in name.snippets {
                let place = TerminalText.fit(baseName(snippet.document), 28) + ":\(snippet.start)"
                let room = out.width - 6 - TerminalText.width(place) - 2
                out.line("      " + place + "  " + TerminalText.window(snippet.sentence, start: snippet.sentenceStart, end: snippet.sentenceEnd, columns: room))
            }
        }
        let rows = names.prefix(limit).compactMap(\.suggestion)
        guard !rows.isEmpty else { return }
        out.blank()
        out.line("Suggested catalog rows for these names (tab-separated; review, then paste")
        out.line("below the header of a file in ontology/catalog/, or write them all to a new")
        out.line("catalog file with --suggestions FILE):")
        for row in rows { out.raw(row.line) }
    }

    static func documents(_ documents: [DocumentCoverage], limit: Int, _ out: inout TextLines) {
        out.heading("3. Document coverage (lowest linked share first)")
        out.line("linked: share of mentions linked to the catalog; recog: mentions only a")
        out.line("recogniser found; unrel: sentences naming 2+ things with no relation.")
        out.table([("linked", 7, true), ("ment", 5, true), ("recog", 5, true), ("rel", 4, true), ("unrel", 5, true), ("document", 46, false)],
                  documents.prefix(limit).map { [Rounding.percent($0.linkedShare), "\($0.mentions)", "\($0.recognised)", "\($0.relations)", "\($0.unrelatedSentences)", baseName($0.document)] })
        if documents.count > limit { out.line("… and \(documents.count - limit) more documents (--limit N, or --format json).") }
    }

    static func goldScores(_ gold: GoldScore, _ out: inout TextLines) {
        out.heading("4. Against gold (\(gold.directory))")
        out.line("documents: \(gold.predictedDocuments) of \(gold.documents) predicted")
        var rows = GoldScore.types.map { type -> [String] in prfRow(type, gold.entitiesByType[type]!) }
        rows.append(prfRow("CORE", gold.coreEntities))
        rows.append(prfRow("RELATIONS", gold.relations))
        out.table([("type", 13, false), ("P", 7, true), ("R", 7, true), ("F1", 7, true), ("tp", 5, true), ("fp", 5, true), ("fn", 5, true)], rows)
        out.line("split keys: " + (gold.splitKeys.isEmpty ? "none" : gold.splitKeys.joined(separator: ", ")))
        out.line("merge errors: " + (gold.mergeErrors.isEmpty ? "none" : gold.mergeErrors.joined(separator: ", ")))
        out.line(gold.headline)
    }

    static func prfRow(_ name: String, _ s: PRF) -> [String] {
        [name, Rounding.text(s.precision, 3), Rounding.text(s.recall, 3), Rounding.text(s.f1, 3), "\(s.tp)", "\(s.fp)", "\(s.fn)"]
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// Lines of a text report, each fitted to the width.
struct TextLines {
    let width: Int
    private(set) var lines: [String] = []

    init(width: Int) { self.width = width }

    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func line(_ text: String) { lines.append(TerminalText.fit(text, width)) }

    /// A line printed as it is (data meant to be copied whole).
    mutating func raw(_ text: String) { lines.append(text) }

    mutating func blank() { lines.append("") }

    mutating func heading(_ title: String) {
        blank()
        line(title)
        line(String(repeating: "=", count: min(width, TerminalText.width(title))))
    }

    /// Columns separated by one space; headers above the first row unless `header` is false.
    mutating func table(_ columns: [(title: String, width: Int, right: Bool)], _ rows: [[String]], header: Bool = true) {
        func render(_ cells: [String]) -> String {
            var parts: [String] = []
            for (k, column) in columns.enumerated() {
                parts.append(TerminalText.pad(k < cells.count ? cells[k] : "", column.width, right: column.right))
            }
            var text = parts.joined(separator: " ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        if header { line(render(columns.map(\.title))) }
        for row in rows { line(render(row)) }
    }
}
