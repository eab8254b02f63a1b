import NewsGraphRDF

/// How an RDF term is kept in one TEXT column of the `quad` table.
///
/// `<` + IRI; `_` + blank label; `"` + marker + U+001F + lexical for literals, where the marker is
/// empty (xsd:string), `@` + language tag, or `^` + datatype IRI. IRIs and language tags cannot
/// contain U+001F, so the first one splits marker from lexical form whatever the lexical holds.
enum TermCoding {
    static func encode(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "<" + iri
        case .blank(let label): return "_" + label
        case .literal(let literal):
            let marker = literal.language.map { "@" + $0 } ?? literal.datatype.map { "^" + $0 } ?? ""
            return "\"" + marker + "\u{1F}" + literal.lexical
        }
    }

    static func decode(_ text: String) -> Term? {
        // Scalars, not Characters: a lexical form may start with a combining mark.
        let scalars = text.unicodeScalars
        guard let kind = scalars.first else { return nil }
        let rest = scalars.dropFirst()
        switch kind {
        case "<": return .iri(String(rest))
        case "_": return .blank(String(rest))
        case "\"":
            guard let split = rest.firstIndex(of: "\u{1F}") else { return nil }
            let marker = String(rest[..<split]), lexical = String(rest[rest.index(after: split)...])
            if marker.hasPrefix("@") { return .literal(Literal(lexical, language: String(marker.dropFirst()))) }
            if marker.hasPrefix("^") { return .literal(Literal(lexical, datatype: String(marker.dropFirst()))) }
            return marker.isEmpty ? .literal(Literal(lexical)) : nil
        default: return nil
        }
    }
}
