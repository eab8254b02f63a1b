import NewsGraphRDF

/// The W3C SPARQL results formats, plus a terminal table.
public enum ResultFormat: String, CaseIterable, Sendable {
    case json, csv, tsv, xml, table
}

extension QueryResult {
    /// The result in a W3C SPARQL 1.1 results format (`table` renders for an 80-column terminal).
    public func serialized(as format: ResultFormat) throws -> String {
        switch format {
        case .json: return json()
        case .csv: return csv()
        case .tsv: return tsv()
        case .xml: return try xml()
        case .table: return TableRenderer.render(self)
        }
    }

    /// SPARQL 1.1 Query Results JSON Format.
    public func json() -> String {
        switch self {
        case .boolean(let b):
            return "{\n  \"head\": {},\n  \"boolean\": \(b)\n}\n"
        case .solutions(let variables, let rows):
            var out = "{\n  \"head\": { \"vars\": [" + variables.map(Self.jsonString).joined(separator: ", ") + "] },\n"
            out += "  \"results\": { \"bindings\": ["
            for (n, row) in rows.enumerated() {
                out += n == 0 ? "\n    {" : ",\n    {"
                var first = true
                for (i, v) in variables.enumerated() {
                    guard let term = row[i] else { continue }
                    out += (first ? " " : ", ") + Self.jsonString(v) + ": " + Self.jsonTerm(term)
                    first = false
                }
                out += first ? "}" : " }"
            }
            out += rows.isEmpty ? "] }\n}\n" : "\n  ] }\n}\n"
            return out
        }
    }

    static func jsonTerm(_ term: Term) -> String {
        switch term {
        case .iri(let i): return "{ \"type\": \"uri\", \"value\": \(jsonString(i)) }"
        case .blank(let b): return "{ \"type\": \"bnode\", \"value\": \(jsonString(b)) }"
        case .literal(let l):
            var out = "{ \"type\": \"literal\", \"value\": \(jsonString(l.lexical))"
            if let language = l.language { out += ", \"xml:lang\": \(jsonString(language))" }
            else if let datatype = l.datatype { out += ", \"datatype\": \(jsonString(datatype))" }
            return out + " }"
        }
    }

    /// A JSON string literal (RFC 8259 escapes).
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// SPARQL 1.1 Query Results CSV: plain values, RFC 4180 quoting, CRLF line ends.
    public func csv() -> String {
        switch self {
        case .boolean(let b): return "_askResult\r\n\(b)\r\n"
        case .solutions(let variables, let rows):
            var out = variables.map(Self.csvField).joined(separator: ",") + "\r\n"
            for row in rows {
                out += row.map { term -> String in
                    switch term {
                    case nil: return ""
                    case .iri(let i)?: return Self.csvField(i)
                    case .blank(let b)?: return Self.csvField("_:" + b)
                    case .literal(let l)?: return Self.csvField(l.lexical)
                    }
                }.joined(separator: ",") + "\r\n"
            }
            return out
        }
    }

    static func csvField(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// SPARQL 1.1 Query Results TSV: terms in N-Triples syntax, `?var` header, LF line ends.
    public func tsv() -> String {
        switch self {
        case .boolean(let b): return "?_askResult\n\(b)\n"
        case .solutions(let variables, let rows):
            var out = variables.map { "?" + $0 }.joined(separator: "\t") + "\n"
            for row in rows {
                out += row.map { $0.map(NTriples.format) ?? "" }.joined(separator: "\t") + "\n"
            }
            return out
        }
    }
}
