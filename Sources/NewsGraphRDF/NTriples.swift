/// N-Triples formatting (RDF 1.1 N-Triples, canonical escapes).
public enum NTriples {
    /// One line, without the trailing newline.
    public static func format(_ triple: Triple) -> String {
        format(triple.subject) + " " + format(triple.predicate) + " " + format(triple.object) + " ."
    }

    public static func format(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "<" + escapeIRI(iri) + ">"
        case .blank(let label): return "_:" + label
        case .literal(let literal):
            var out = "\"" + escapeString(literal.lexical) + "\""
            if let language = literal.language {
                out += "@" + language
            } else if let datatype = literal.datatype {
                out += "^^<" + escapeIRI(datatype) + ">"
            }
            return out
        }
    }

    /// Escapes a literal's lexical form: `"`, `\`, and the control characters N-Triples forbids raw.
    public static func escapeString(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out.append(contentsOf: hexEscape(scalar).unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// Escapes characters that may not appear raw inside `<...>`.
    public static func escapeIRI(_ iri: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in iri.unicodeScalars {
            switch scalar {
            case "<", ">", "\"", "{", "}", "|", "^", "`", "\\":
                out.append(contentsOf: hexEscape(scalar).unicodeScalars)
            default:
                if scalar.value <= 0x20 { out.append(contentsOf: hexEscape(scalar).unicodeScalars) } else { out.append(scalar) }
            }
        }
        return String(out)
    }

    private static func hexEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        if scalar.value <= 0xFFFF {
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
