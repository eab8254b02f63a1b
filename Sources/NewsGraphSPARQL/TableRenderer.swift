import NewsGraphText
import NewsGraphRDF

/// Renders query results as a text table that fits a terminal: column widths count East Asian
/// wide characters as two columns, and cells too wide for their column are cut with "…".
public enum TableRenderer {
    /// - Parameters:
    ///   - maxWidth: terminal width in columns (the table never exceeds it while every column
    ///     can keep at least 3 columns).
    ///   - prefixes: namespace -> prefix, to show IRIs as `prefix:local`.
    public static func render(_ result: QueryResult, maxWidth: Int = 80, prefixes: [String: String] = [:]) -> String {
        switch result {
        case .boolean(let b):
            return b ? "true\n" : "false\n"
        case .solutions(let variables, let rows):
            let cells = rows.map { row in row.map { $0.map { display($0, prefixes: prefixes) } ?? "" } }
            return render(header: variables.map { "?" + $0 }, rows: cells, maxWidth: maxWidth)
                + "\(rows.count) row\(rows.count == 1 ? "" : "s")\n"
        }
    }

    /// A table of plain strings (for other commands that print tables).
    public static func render(header: [String], rows: [[String]], maxWidth: Int = 80) -> String {
        let n = header.count
        guard n > 0 else { return "" }
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (i, cell) in row.enumerated() where i < n { widths[i] = max(widths[i], DisplayWidth.of(flatten(cell))) }
        }
        // Borders: "│ " + cells joined by " │ " + " │" = 3n + 1 columns.
        let budget = maxWidth - (3 * n + 1)
        while widths.reduce(0, +) > budget {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 3 else { break }
            widths[widest] -= 1
        }
        func line(_ left: String, _ mid: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: mid) + right + "\n"
        }
        func row(_ values: [String]) -> String {
            var out = "│"
            for i in 0..<n {
                let text = fit(flatten(i < values.count ? values[i] : ""), widths[i])
                out += " " + text + String(repeating: " ", count: widths[i] - DisplayWidth.of(text)) + " │"
            }
            return out + "\n"
        }
        var out = line("┌", "┬", "┐") + row(header) + line("├", "┼", "┤")
        for r in rows { out += row(r) }
        return out + line("└", "┴", "┘")
    }

    /// A compact form of a term: IRIs in <> or as prefixed names, literals as text with @tag
    /// or ^^type (numbers and booleans bare), blank nodes as _:label.
    public static func display(_ term: Term, prefixes: [String: String] = [:]) -> String {
        switch term {
        case .iri(let iri):
            for namespace in prefixes.keys.sorted(by: { $0.count > $1.count }) where iri.hasPrefix(namespace) {
                return prefixes[namespace]! + ":" + iri.dropFirst(namespace.count)
            }
            return "<" + iri + ">"
        case .blank(let b): return "_:" + b
        case .literal(let l):
            if let language = l.language { return l.lexical + "@" + language }
            guard let datatype = l.datatype else { return l.lexical }
            let local = datatype.hasPrefix(Vocabulary.xsd) ? String(datatype.dropFirst(Vocabulary.xsd.count)) : nil
            if let local, ["integer", "decimal", "double", "boolean"].contains(local) { return l.lexical }
            if let local { return l.lexical + "^^xsd:" + local }
            return l.lexical + "^^<" + datatype + ">"
        }
    }

    /// Line breaks and tabs would break the grid: show them as visible escapes.
    static func flatten(_ s: String) -> String {
        guard s.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" }) else { return s }
        return s.replacingOccurrences(of: "\r\n", with: "↵").replacingOccurrences(of: "\n", with: "↵")
            .replacingOccurrences(of: "\r", with: "↵").replacingOccurrences(of: "\t", with: "→")
    }

    static func fit(_ text: String, _ width: Int) -> String { DisplayWidth.fit(text, width) }
}
