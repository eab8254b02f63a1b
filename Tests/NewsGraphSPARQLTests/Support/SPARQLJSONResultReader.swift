import Foundation
import NewsGraphRDF

/// Reads SPARQL JSON results (`.srj`).
enum SPARQLJSONResultReader {
    static func read(_ url: URL) throws -> ComparableResult? {
        try read(data: Data(contentsOf: url))
    }

    static func read(data: Data) throws -> ComparableResult? {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        if let b = root["boolean"] as? Bool { return ComparableResult(variables: [], rows: [], boolean: b) }
        let variables = (root["head"] as? [String: Any])?["vars"] as? [String] ?? []
        let bindings = ((root["results"] as? [String: Any])?["bindings"] as? [[String: [String: String]]]) ?? []
        let rows = bindings.map { binding -> [String: Term] in
            var row: [String: Term] = [:]
            for (name, value) in binding {
                let text = value["value"] ?? ""
                switch value["type"] {
                case "uri": row[name] = .iri(text)
                case "bnode": row[name] = .blank(text)
                default:
                    if let language = value["xml:lang"] { row[name] = .text(text, language: language) }
                    else if let datatype = value["datatype"] { row[name] = .typed(text, datatype) }
                    else { row[name] = .string(text) }
                }
            }
            return row
        }
        return ComparableResult(variables: variables, rows: rows)
    }
}
