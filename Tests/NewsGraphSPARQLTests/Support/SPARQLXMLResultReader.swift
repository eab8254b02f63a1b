import Foundation
import NewsGraphRDF
import NewsGraphXML

/// Reads SPARQL XML results (`.srx`) with NewsGraphXML's safe reader.
enum SPARQLXMLResultReader {
    static let ns = "http://www.w3.org/2005/sparql-results#"
    static let xmlNS = "http://www.w3.org/XML/1998/namespace"

    static func read(_ url: URL) throws -> ComparableResult? {
        try read(bytes: [UInt8](try Data(contentsOf: url)), path: url.path)
    }

    static func read(bytes: [UInt8], path: String) throws -> ComparableResult? {
        let root = try parseXML(bytes: bytes, path: path)
        guard root.localName == "sparql" else { return nil }
        let children = root.elementChildren
        let variables = children.first { $0.localName == "head" }?.elementChildren
            .filter { $0.localName == "variable" }.compactMap { $0.attribute(nil, "name") } ?? []
        if let boolean = children.first(where: { $0.localName == "boolean" }) {
            return ComparableResult(variables: [], rows: [], boolean: boolean.textContent.trimmingCharacters(in: .whitespacesAndNewlines) == "true")
        }
        var rows: [[String: Term]] = []
        for result in children.first(where: { $0.localName == "results" })?.elementChildren ?? [] where result.localName == "result" {
            var row: [String: Term] = [:]
            for binding in result.elementChildren where binding.localName == "binding" {
                guard let name = binding.attribute(nil, "name"), let value = binding.elementChildren.first else { continue }
                switch value.localName {
                case "uri": row[name] = .iri(value.textContent)
                case "bnode": row[name] = .blank(value.textContent)
                default:
                    if let language = value.attribute(xmlNS, "lang") { row[name] = .text(value.textContent, language: language) }
                    else if let datatype = value.attribute(nil, "datatype") { row[name] = .typed(value.textContent, datatype) }
                    else { row[name] = .string(value.textContent) }
                }
            }
            rows.append(row)
        }
        return ComparableResult(variables: variables, rows: rows)
    }
}
