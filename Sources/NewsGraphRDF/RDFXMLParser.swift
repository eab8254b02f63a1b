import NewsGraphXML

/// RDF/XML (RDF 1.1 XML Syntax) to triples.
///
/// The XML is read by `SafeXMLReader` (no network, bounded entities); the grammar of section 7 of
/// the specification is then applied to the element tree. Blank nodes are labelled
/// deterministically: `g1`, `g2`, ... for generated ones, `n` + the value for `rdf:nodeID`.
public enum RDFXMLParser {
    /// The triples of `bytes`, in document order. `baseIRI` is the document's IRI (relative
    /// references, `rdf:ID`); `path` names the file in error messages.
    public static func parse(bytes: [UInt8], baseIRI: String, path: String, limits: XMLLimits = .default) throws -> [Triple] {
        let root = try parseXML(bytes: bytes, path: path, limits: limits)
        var grammar = RDFXMLGrammar(path: path, source: bytes)
        try grammar.document(root, scope: RDFXMLScope(base: baseIRI, language: nil))
        return grammar.triples
    }
}

/// `xml:base` and `xml:lang` in force for an element.
struct RDFXMLScope {
    var base: String
    var language: String?

    func entering(_ element: XMLElement) -> RDFXMLScope {
        var scope = self
        if let base = element.attribute(RDFXMLNames.xmlNamespace, "base") {
            scope.base = IRIResolver.resolve(base, against: self.base)
        }
        if let language = element.attribute(RDFXMLNames.xmlNamespace, "lang") {
            scope.language = language.isEmpty ? nil : language
        }
        return scope
    }

    func resolve(_ reference: String) -> String { IRIResolver.resolve(reference, against: base) }
}

/// The names RDF/XML gives meaning to, and where each may not appear (section 5.1).
enum RDFXMLNames {
    static let rdf = Vocabulary.rdf
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let coreSyntaxTerms: Set<String> = ["RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype"]
    static let oldTerms: Set<String> = ["aboutEach", "aboutEachPrefix", "bagID"]
    static let notNodeElements = coreSyntaxTerms.union(oldTerms).union(["li"])
    static let notPropertyElements = coreSyntaxTerms.union(oldTerms).union(["Description"])
    static let notPropertyAttributes = coreSyntaxTerms.union(oldTerms).union(["Description", "li"])
    /// Unqualified attributes still read as rdf: ones (section 6.1.4, for old documents).
    static let unqualifiedRDFAttributes: Set<String> = ["ID", "about", "resource", "parseType", "type"]
}

/// The RDF-relevant attributes of one element, sorted out by `RDFXMLGrammar.attributes(of:)`.
struct RDFXMLAttributes {
    var id: String?
    var nodeID: String?
    var about: String?
    var resource: String?
    var datatype: String?
    var parseType: String?
    var type: String?
    /// Property attributes other than rdf:type, in document order.
    var properties: [(iri: String, value: String)] = []

    /// The syntax attributes present, named as in the document (for error messages).
    var present: [String] {
        var names: [String] = []
        if id != nil { names.append("rdf:ID") }
        if nodeID != nil { names.append("rdf:nodeID") }
        if about != nil { names.append("rdf:about") }
        if resource != nil { names.append("rdf:resource") }
        if datatype != nil { names.append("rdf:datatype") }
        if parseType != nil { names.append("rdf:parseType") }
        if type != nil { names.append("rdf:type") }
        if !properties.isEmpty { names.append("property attributes") }
        return names
    }
}
