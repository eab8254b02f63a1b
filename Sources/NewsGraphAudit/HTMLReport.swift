import NewsGraphXML

/// The report as one self-contained HTML page (`--format html`): no scripts, no external style
/// sheets, fonts or images; tables and two inline SVG bar charts (mentions by type, linked or
/// recognised; the top unknown names by documents). Written as XHTML through `XMLWriter`, so it
/// is well-formed XML (`xmllint --noout`) and opens in any browser.
public enum HTMLReport {
    public static func render(_ report: AuditReport, limit: Int = 20) throws -> String {
        let body = try XMLWriter.toString(indent: false) { xml in
            let html = HTMLWriter(xml: xml)
            try html.open("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "en")])
            try html.open("head")
            try html.empty("meta", [("charset", "utf-8")])
            try html.element("title", [], "NewsGraph audit")
            try html.element("style", [], style)
            try html.close()
            try html.open("body")
            try summary(report, html)
            try catalog(report, limit: limit, html)
            try unknownNames(report.unknownNames, limit: limit, html)
            try documents(report.documents, html)
            if let gold = report.gold { try goldScores(gold, html) }
            try html.close()
            try html.close()
        }
        // The doctype keeps browsers in standards mode; XMLWriter has no call for it, and it is a constant.
        return "<!DOCTYPE html>\n" + body
    }

    static let style = """
        body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans CJK TC','Noto Sans CJK SC',sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
        h1{font-size:1.6em}h2{margin-top:2em;border-bottom:2px solid #ddd}
        table{border-collapse:collapse;margin:.8em 0;font-size:14px}
        caption{text-align:left;font-weight:bold;padding:4px 0}
        th,td{border:1px solid #ccc;padding:2px 8px;text-align:left;vertical-align:top}
        th{background:#f2f2f2}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        svg{display:block;margin:1em 0;font-size:13px}
        svg text{fill:#222}
        .chart-title{font-weight:bold}
        .linked{fill:#2b7bb9}.recognised{fill:#e8923a}.docs{fill:#6a51a3}
        .note{fill:#555}
        pre{white-space:pre;overflow-x:auto;background:#f6f6f6;padding:8px;font-size:13px}
        mark{background:#ffe08a}
        .snippet{display:block;font-size:13px;color:#444}
        .summary td{border:none;padding:1px 12px 1px 0}
        details{margin:.6em 0}details summary{cursor:pointer;font-weight:bold}
        """

    static func summary(_ report: AuditReport, _ html: HTMLWriter) throws {
        let s = report.summary
        try html.element("h1", [], "NewsGraph audit")
        try html.open("table", [("class", "summary")])
        let rows: [(String, String)] = [
            ("documents", "\(s.documents)"),
            ("mentions", "\(s.mentions): \(s.linkedMentions) linked to the catalog (\(Rounding.percent(s.linkedShare))), \(s.recognisedMentions) recognised only"),
            ("entities", "\(s.entities): \(s.linkedEntities) in the catalog, \(s.unknownNames) unknown names"),
            ("relations", "\(s.relations)"),
            ("catalog", "\(s.catalogEntries) entries, \(s.catalogEntriesMentioned) mentioned"),
        ]
        for (key, value) in rows {
            try html.open("tr")
            try html.element("th", [], key)
            try html.element("td", [], value)
            try html.close()
        }
        try html.close()
        let chart = SVGBarChart(
            title: "Mentions by type: linked to the catalog or recognised only",
            bars: report.mentionsByType.map { t in
                SVGBarChart.Bar(label: t.type, segments: [
                    .init(value: t.linked, style: "linked", tooltip: "\(t.type): \(t.linked) linked"),
                    .init(value: t.recognised, style: "recognised", tooltip: "\(t.type): \(t.recognised) recognised only"),
                ], note: "\(t.linked) / \(t.linked + t.recognised)  \(Rounding.percent(t.linkedShare))")
            },
            legend: [("linked", "linked"), ("recognised", "recognised only")])
        try chart.write(to: html)
    }

    static func catalog(_ report: AuditReport, limit: Int, _ html: HTMLWriter) throws {
        let c = report.catalog
        try html.element("h2", [], "1. Catalog coverage")
        let headers = ["type", "entries", "mentioned", "mentions", "zh-Hant labels", "zh-Hans labels", "en labels"]
        func row(_ t: TypeCoverage) -> [String] {
            [t.type, "\(t.entries)", "\(t.mentionedEntries)", "\(t.mentions)", "\(t.labels.zhHant)", "\(t.labels.zhHans)", "\(t.labels.en)"]
        }
        try html.table(headers, c.byCoreType.map(row), numeric: Set(1...6), caption: "By core type")
        // The long lists fold away, so the page opens on the summary of every section.
        try html.open("details")
        try html.element("summary", [], "By type and subclass: \(c.byType.count) types")
        try html.table(headers, c.byType.map(row), numeric: Set(1...6))
        try html.close()
        try html.open("details")
        try html.element("summary", [], "Mentioned: \(c.mentioned.count) entries, most mentions first")
        try html.table(["id", "type", "label", "mentions", "documents", "first document", "last document"],
                       c.mentioned.map { [$0.id, $0.type, $0.label, "\($0.mentions)", "\($0.documents)", TextReport.baseName($0.firstDocument), TextReport.baseName($0.lastDocument)] },
                       numeric: [3, 4])
        try html.close()
        try html.open("details")
        try html.element("summary", [], "Never mentioned: \(c.neverMentioned.count) entries")
        try html.table(["id", "type", "label", "defined at"], c.neverMentioned.map { [$0.id, $0.type, $0.label, "\($0.file):\($0.line)"] })
        try html.close()
    }

    static func unknownNames(_ names: [UnknownName], limit: Int, _ html: HTMLWriter) throws {
        try html.element("h2", [], "2. Unknown names")
        try html.element("p", [], "\(names.count) names found by recognisers and missing from the catalog, ranked by the number of documents naming them.")
        if !names.isEmpty {
            let chart = SVGBarChart(
                title: "Top \(min(limit, names.count)) unknown names by documents",
                bars: names.prefix(limit).map { n in
                    SVGBarChart.Bar(label: n.name, segments: [.init(value: n.documents, style: "docs", tooltip: "\(n.name) (\(n.type)): \(n.documents) documents")],
                                    note: "\(n.documents) docs, \(n.mentions) mentions")
                })
            try chart.write(to: html)
        }
        try html.open("table")
        try html.open("thead")
        try html.open("tr")
        for (k, header) in ["#", "name", "type", "docs", "mentions", "in context", "suggested id"].enumerated() {
            try html.element("th", [3, 4].contains(k) ? [("class", "n")] : [], header)
        }
        try html.close()
        try html.close()
        try html.open("tbody")
        for (rank, name) in names.enumerated() {
            try html.open("tr")
            try html.element("td", [("class", "n")], "\(rank + 1)")
            try html.element("td", [], name.name)
            try html.element("td", [], name.type)
            try html.element("td", [("class", "n")], "\(name.documents)")
            try html.element("td", [("class", "n")], "\(name.mentions)")
            try html.open("td")
            for snippet in name.snippets {
                try html.element("strong", [], "\(TextReport.baseName(snippet.document)):\(snippet.start) ")
                try html.marked(snippet.sentence, start: snippet.sentenceStart, end: snippet.sentenceEnd)
            }
            try html.close()
            try html.element("td", [], name.suggestion?.id ?? "(names already taken)")
            try html.close()
        }
        try html.close()
        try html.close()
        let rows = names.compactMap(\.suggestion)
        if !rows.isEmpty {
            try html.element("h3", [], "Suggested catalog rows")
            try html.element("p", [], "Tab-separated, in the catalog's own format: review, then paste below the header of a file in ontology/catalog/ and run again.")
            try html.element("pre", [], CatalogRow.fileHeader + "\n" + rows.map(\.line).joined(separator: "\n"))
        }
    }

    static func documents(_ documents: [DocumentCoverage], _ html: HTMLWriter) throws {
        try html.element("h2", [], "3. Document coverage")
        try html.table(["document", "linked share", "mentions", "linked", "recognised", "relations", "sentences", "named", "named 2+, no relation"],
                       documents.map { d in
                           [d.document, Rounding.percent(d.linkedShare), "\(d.mentions)", "\(d.linked)", "\(d.recognised)", "\(d.relations)", "\(d.sentences)", "\(d.namedSentences)", "\(d.unrelatedSentences)"]
                       }, numeric: Set(1...8), caption: "Lowest linked share first")
        let examples = documents.flatMap { d in d.unrelatedExamples.map { (d.document, $0) } }
        if !examples.isEmpty {
            try html.table(["document", "offset", "sentence", "names"],
                           examples.map { [TextReport.baseName($0.0), "\($0.1.start)", $0.1.text, $0.1.entities.joined(separator: " · ")] },
                           numeric: [1], caption: "Sentences naming several things but stating no relation (first per document)")
        }
    }

    static func goldScores(_ gold: GoldScore, _ html: HTMLWriter) throws {
        try html.element("h2", [], "4. Against gold")
        try html.element("p", [], "\(gold.directory): \(gold.predictedDocuments) of \(gold.documents) gold documents in the corpus. \(gold.headline)")
        var rows = GoldScore.types.map { TextReport.prfRow($0, gold.entitiesByType[$0]!) }
        rows.append(TextReport.prfRow("CORE", gold.coreEntities))
        rows.append(TextReport.prfRow("RELATIONS", gold.relations))
        try html.table(["type", "P", "R", "F1", "tp", "fp", "fn"], rows, numeric: Set(1...6))
        try html.element("p", [], "split keys: " + (gold.splitKeys.isEmpty ? "none" : gold.splitKeys.joined(separator: ", ")))
        try html.element("p", [], "merge errors: " + (gold.mergeErrors.isEmpty ? "none" : gold.mergeErrors.joined(separator: ", ")))
    }
}
