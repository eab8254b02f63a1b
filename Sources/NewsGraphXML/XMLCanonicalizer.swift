/// Exclusive XML Canonicalization (with comments, empty InclusiveNamespaces prefix list) of a node
/// sequence: what RDF/XML 1.1 section 7.2.17 prescribes for `rdf:parseType="Literal"` values.
/// Namespaces are declared where first visibly used, since nothing outside `nodes` is output.
public enum XMLCanonicalizer {
    public static func exclusiveCanonical(_ nodes: [XMLNode]) -> String {
        var out = ""
        for node in nodes { write(node, rendered: [:], into: &out) }
        return out
    }

    /// `rendered` maps prefix ("" for the default namespace) to the URI an output ancestor declared.
    private static func write(_ node: XMLNode, rendered: [String: String], into out: inout String) {
        switch node {
        case .text(let text):
            escapeText(text, into: &out)
        case .comment(let text):
            out += "<!--" + text + "-->"
        case .processingInstruction(let target, let data):
            out += "<?" + target + (data.isEmpty ? "" : " " + data) + "?>"
        case .element(let element):
            var scope = rendered
            var declarations: [(prefix: String, uri: String)] = []
            // Visibly utilised namespaces: the element's own, then those of its attributes.
            func use(_ prefix: String?, _ uri: String?) {
                let key = prefix ?? ""
                if key == "xml" { return }
                let value = uri ?? ""
                if let current = scope[key] {
                    if current == value { return }
                } else if value.isEmpty {
                    return // no default namespace in force and none wanted: nothing to undeclare
                }
                scope[key] = value
                declarations.append((key, value))
            }
            use(element.prefix, element.namespaceURI)
            for attribute in element.attributes where attribute.prefix != nil {
                use(attribute.prefix, attribute.namespaceURI)
            }
            declarations.sort { $0.prefix.unicodeScalars.lexicographicallyPrecedes($1.prefix.unicodeScalars) }
            out += "<" + element.qualifiedName
            for declaration in declarations {
                out += declaration.prefix.isEmpty ? " xmlns=\"" : " xmlns:" + declaration.prefix + "=\""
                escapeAttribute(declaration.uri, into: &out)
                out += "\""
            }
            let attributes = element.attributes.sorted { a, b in
                let (na, nb) = (a.namespaceURI ?? "", b.namespaceURI ?? "")
                if na != nb { return na.unicodeScalars.lexicographicallyPrecedes(nb.unicodeScalars) }
                return a.localName.unicodeScalars.lexicographicallyPrecedes(b.localName.unicodeScalars)
            }
            for attribute in attributes {
                out += " " + attribute.qualifiedName + "=\""
                escapeAttribute(attribute.value, into: &out)
                out += "\""
            }
            out += ">"
            for child in element.children { write(child, rendered: scope, into: &out) }
            out += "</" + element.qualifiedName + ">"
        }
    }

    private static func escapeText(_ s: String, into out: inout String) {
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#xD;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    private static func escapeAttribute(_ s: String, into out: inout String) {
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#x9;"
            case "\n": out += "&#xA;"
            case "\r": out += "&#xD;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
