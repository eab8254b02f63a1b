import NewsGraphXML

/// The RDF/XML grammar (RDF 1.1 XML Syntax, section 7) applied to an element tree.
struct RDFXMLGrammar {
    let path: String
    let source: [UInt8]
    private(set) var triples: [Triple] = []
    private var generatedBlanks = 0
    private var nodeIDLabels: [String: String] = [:]
    /// IRIs made from rdf:ID so far: each may be made only once per document.
    private var usedIDs: Set<String> = []

    init(path: String, source: [UInt8]) {
        self.path = path
        self.source = source
    }

    // MARK: document and node elements

    mutating func document(_ root: XMLElement, scope: RDFXMLScope) throws {
        let inner = scope.entering(root)
        guard root.namespaceURI == RDFXMLNames.rdf && root.localName == "RDF" else {
            _ = try nodeElement(root, scope: inner)
            return
        }
        for attribute in root.attributes where !isIgnored(attribute) {
            throw error(at: root, attribute: attribute, "rdf:RDF has the attribute \(attribute.qualifiedName)",
                        "rdf:RDF takes only namespace declarations and xml: attributes; move it to a node element")
        }
        for child in root.children {
            switch child {
            case .element(let element): _ = try nodeElement(element, scope: inner)
            case .text(let text): try requireWhitespace(text, in: root)
            case .comment, .processingInstruction: break
            }
        }
    }

    /// Section 7.2.11: returns the subject the element describes.
    mutating func nodeElement(_ element: XMLElement, scope outer: RDFXMLScope) throws -> Term {
        let scope = outer.entering(element)
        let uri = try elementIRI(element)
        if element.namespaceURI == RDFXMLNames.rdf, RDFXMLNames.notNodeElements.contains(element.localName) {
            throw error(at: element, "rdf:\(element.localName) cannot be used as a node element",
                        "Use rdf:Description or a class name for a node element")
        }
        let attributes = try self.attributes(of: element)
        for (name, value) in [("rdf:resource", attributes.resource), ("rdf:datatype", attributes.datatype), ("rdf:parseType", attributes.parseType)] where value != nil {
            throw error(at: element, "\(name) is not allowed on the node element \(element.qualifiedName)",
                        "Put \(name) on a property element, or use rdf:about to name the node")
        }
        let identifiers = [attributes.id, attributes.nodeID, attributes.about].compactMap { $0 }
        guard identifiers.count <= 1 else {
            throw error(at: element, "\(element.qualifiedName) has more than one of rdf:ID, rdf:nodeID and rdf:about",
                        "Keep exactly one way to name the node")
        }
        let subject: Term
        if let id = attributes.id {
            subject = try idIRI(id, scope: scope, element: element)
        } else if let nodeID = attributes.nodeID {
            subject = try blank(nodeID: nodeID, element: element)
        } else if let about = attributes.about {
            subject = .iri(scope.resolve(about))
        } else {
            subject = newBlank()
        }
        if !(element.namespaceURI == RDFXMLNames.rdf && element.localName == "Description") {
            emit(subject, Vocabulary.rdfType, .iri(uri))
        }
        if let type = attributes.type {
            emit(subject, Vocabulary.rdfType, .iri(scope.resolve(type)))
        }
        for property in attributes.properties {
            emit(subject, property.iri, literal(property.value, scope: scope))
        }
        try propertyElements(of: element, subject: subject, scope: scope)
        return subject
    }

    /// Section 7.2.13: the children of a node element (or of a parseType="Resource" element).
    mutating func propertyElements(of element: XMLElement, subject: Term, scope: RDFXMLScope) throws {
        var listIndex = 0
        for child in element.children {
            switch child {
            case .element(let property): try propertyElement(property, subject: subject, listIndex: &listIndex, scope: scope)
            case .text(let text): try requireWhitespace(text, in: element)
            case .comment, .processingInstruction: break
            }
        }
    }

    // MARK: attributes and terms

    /// Sorts an element's attributes into syntax attributes and property attributes (section 6.1.4).
    func attributes(of element: XMLElement) throws -> RDFXMLAttributes {
        var result = RDFXMLAttributes()
        for attribute in element.attributes where !isIgnored(attribute) {
            var namespace = attribute.namespaceURI
            if namespace == nil {
                guard RDFXMLNames.unqualifiedRDFAttributes.contains(attribute.localName) else {
                    throw error(at: element, attribute: attribute, "the attribute \(attribute.localName) on \(element.qualifiedName) has no namespace",
                                "Write it with a namespace prefix, e.g. rdf:\(attribute.localName) or ex:\(attribute.localName)")
                }
                namespace = RDFXMLNames.rdf
            }
            let iri = namespace! + attribute.localName
            guard namespace == RDFXMLNames.rdf else {
                result.properties.append((iri, attribute.value))
                continue
            }
            func set(_ slot: inout String?) throws {
                guard slot == nil else {
                    throw error(at: element, attribute: attribute, "rdf:\(attribute.localName) is given twice on \(element.qualifiedName)",
                                "Keep one of the qualified and unqualified forms")
                }
                slot = attribute.value
            }
            switch attribute.localName {
            case "ID": try set(&result.id)
            case "nodeID": try set(&result.nodeID)
            case "about": try set(&result.about)
            case "resource": try set(&result.resource)
            case "datatype": try set(&result.datatype)
            case "parseType": try set(&result.parseType)
            case "type": try set(&result.type)
            case let name where RDFXMLNames.notPropertyAttributes.contains(name):
                let hint = RDFXMLNames.oldTerms.contains(name)
                    ? "rdf:\(name) was removed from RDF; remove the attribute"
                    : "rdf:\(name) cannot be a property attribute; use a property element instead"
                throw error(at: element, attribute: attribute, "rdf:\(name) is not allowed as an attribute", hint)
            default:
                result.properties.append((iri, attribute.value))
            }
        }
        return result
    }

    /// xml:* attributes, and any whose name or prefix starts with "xml", carry no RDF meaning.
    private func isIgnored(_ attribute: XMLAttribute) -> Bool {
        if attribute.namespaceURI == RDFXMLNames.xmlNamespace { return true }
        let name = (attribute.prefix ?? attribute.localName).lowercased()
        return name.hasPrefix("xml")
    }

    func elementIRI(_ element: XMLElement) throws -> String {
        guard let namespace = element.namespaceURI else {
            throw error(at: element, "the element \(element.localName) has no namespace",
                        "Declare a namespace for it (xmlns:ex=\"...\") and write ex:\(element.localName)")
        }
        return namespace + element.localName
    }

    mutating func idIRI(_ id: String, scope: RDFXMLScope, element: XMLElement) throws -> Term {
        guard XMLNames.isNCName(id) else {
            throw error(at: element, "rdf:ID \"\(id)\" is not an XML NCName",
                        "Use a name that starts with a letter or '_' and has no ':', '/' or spaces")
        }
        let iri = scope.resolve("#" + id)
        guard usedIDs.insert(iri).inserted else {
            throw error(at: element, "rdf:ID \"\(id)\" makes <\(iri)>, which an earlier rdf:ID already made",
                        "Use rdf:about=\"#\(id)\" to say more about the same resource")
        }
        return .iri(iri)
    }

    mutating func blank(nodeID: String, element: XMLElement) throws -> Term {
        guard XMLNames.isNCName(nodeID) else {
            throw error(at: element, "rdf:nodeID \"\(nodeID)\" is not an XML NCName",
                        "Use a name that starts with a letter or '_' and has no ':'")
        }
        if let label = nodeIDLabels[nodeID] { return .blank(label) }
        // NCName characters are N-Triples label characters, except that a label may not end in '.'.
        let label = nodeID.hasSuffix(".") ? "u\(nodeIDLabels.count + 1)" : "n" + nodeID
        nodeIDLabels[nodeID] = label
        return .blank(label)
    }

    mutating func newBlank() -> Term {
        generatedBlanks += 1
        return .blank("g\(generatedBlanks)")
    }

    func literal(_ value: String, scope: RDFXMLScope) -> Term {
        .literal(Literal(value, language: scope.language))
    }

    mutating func emit(_ subject: Term, _ predicate: String, _ object: Term) {
        triples.append(Triple(subject, .iri(predicate), object))
    }

    // MARK: errors

    func requireWhitespace(_ text: String, in element: XMLElement) throws {
        guard text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else {
            let excerpt = String(text.trimmingWhitespace().prefix(30))
            throw error(at: element, "text \"\(excerpt)\" inside \(element.qualifiedName), where only elements may appear",
                        "Put the text in a property element, e.g. <ex:label>\(excerpt)</ex:label>")
        }
    }

    func error(at element: XMLElement, attribute: XMLAttribute? = nil, _ message: String, _ hint: String) -> RDFSyntaxError {
        let needle = attribute.map { $0.qualifiedName + "=" } ?? "<" + element.qualifiedName
        let column = XMLSourcePosition.column(of: needle, line: element.line, in: source)
        return RDFSyntaxError(path: path, line: element.line, column: column, message: message, hint: hint + ".")
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[start...end]
    }
}
