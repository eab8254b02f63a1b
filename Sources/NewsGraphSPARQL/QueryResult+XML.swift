import NewsGraphRDF
import NewsGraphXML

extension QueryResult {
    static let resultsNamespace = "http://www.w3.org/2005/sparql-results#"

    /// SPARQL Query Results XML Format, written with NewsGraphXML's writer (which also drops
    /// characters XML 1.0 cannot carry).
    public func xml() throws -> String {
        try XMLWriter.toString { w in
            try w.startDocument()
            try w.startElement("sparql")
            try w.namespace(prefix: nil, uri: Self.resultsNamespace)
            try w.startElement("head")
            for v in variables {
                try w.startElement("variable")
                try w.attribute("name", v)
                try w.endElement()
            }
            try w.endElement()
            switch self {
            case .boolean(let b):
                try w.startElement("boolean")
                try w.text(b ? "true" : "false")
                try w.endElement()
            case .solutions(let variables, let rows):
                try w.startElement("results")
                for row in rows {
                    try w.startElement("result")
                    for (i, v) in variables.enumerated() {
                        guard let term = row[i] else { continue }
                        try w.startElement("binding")
                        try w.attribute("name", v)
                        try Self.write(term, w)
                        try w.endElement()
                    }
                    try w.endElement()
                }
                try w.endElement()
            }
            try w.endElement()
        }
    }

    private static func write(_ term: Term, _ w: XMLWriter) throws {
        switch term {
        case .iri(let iri):
            try w.startElement("uri")
            try w.text(iri)
        case .blank(let label):
            try w.startElement("bnode")
            try w.text(label)
        case .literal(let l):
            try w.startElement("literal")
            if let language = l.language { try w.attribute("xml:lang", language) }
            else if let datatype = l.datatype { try w.attribute("datatype", datatype) }
            try w.text(l.lexical)
        }
        try w.endElement()
    }
}
