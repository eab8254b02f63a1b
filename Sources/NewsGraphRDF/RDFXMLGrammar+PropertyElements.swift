import NewsGraphXML

extension RDFXMLGrammar {
    /// Section 7.2.14: one property element, with the production chosen by its attributes and content.
    mutating func propertyElement(_ element: XMLElement, subject: Term, listIndex: inout Int, scope outer: RDFXMLScope) throws {
        let scope = outer.entering(element)
        var predicate = try elementIRI(element)
        if element.namespaceURI == RDFXMLNames.rdf && element.localName == "li" {
            listIndex += 1
            predicate = RDFXMLNames.rdf + "_\(listIndex)"
        } else if element.namespaceURI == RDFXMLNames.rdf, RDFXMLNames.notPropertyElements.contains(element.localName) {
            throw error(at: element, "rdf:\(element.localName) cannot be used as a property element",
                        "Use a property from a vocabulary, e.g. rdfs:seeAlso, or nest it as a node element")
        }
        let attributes = try self.attributes(of: element)
        let nodes = element.elementChildren
        let text = element.children.reduce(into: "") { if case .text(let t) = $1 { $0 += t } }

        if let parseType = attributes.parseType {
            try allow(attributes, ["rdf:ID", "rdf:parseType"], on: element, production: "rdf:parseType=\"\(parseType)\"")
            switch parseType {
            case "Resource":
                let object = newBlank()
                emit(subject, predicate, object)
                try reify(attributes.id, subject, predicate, object, scope: scope, element: element)
                try propertyElements(of: element, subject: object, scope: scope)
            case "Collection":
                try requireWhitespace(text, in: element)
                var items: [Term] = []
                for node in nodes { items.append(try nodeElement(node, scope: scope)) }
                let object = collection(items)
                emit(subject, predicate, object)
                try reify(attributes.id, subject, predicate, object, scope: scope, element: element)
            default: // "Literal" and any other value (section 7.2.20)
                let lexical = XMLCanonicalizer.exclusiveCanonical(element.children)
                let object = Term.literal(Literal(lexical, datatype: RDFXMLNames.rdf + "XMLLiteral"))
                emit(subject, predicate, object)
                try reify(attributes.id, subject, predicate, object, scope: scope, element: element)
            }
        } else if !nodes.isEmpty {
            guard nodes.count == 1 else {
                throw error(at: nodes[1], "the property element \(element.qualifiedName) holds more than one node element",
                            "Repeat the property element once per value, or use rdf:parseType=\"Collection\"")
            }
            try requireWhitespace(text, in: element)
            try allow(attributes, ["rdf:ID"], on: element, production: "element content")
            let object = try nodeElement(nodes[0], scope: scope)
            emit(subject, predicate, object)
            try reify(attributes.id, subject, predicate, object, scope: scope, element: element)
        } else if !text.isEmpty || attributes.datatype != nil {
            try allow(attributes, ["rdf:ID", "rdf:datatype"], on: element, production: "text content")
            let object: Term
            if let datatype = attributes.datatype {
                object = .literal(Literal(text, datatype: scope.resolve(datatype)))
            } else {
                object = literal(text, scope: scope)
            }
            emit(subject, predicate, object)
            try reify(attributes.id, subject, predicate, object, scope: scope, element: element)
        } else {
            try emptyPropertyElement(element, predicate: predicate, attributes: attributes, subject: subject, scope: scope)
        }
    }

    /// Section 7.2.21.
    private mutating func emptyPropertyElement(_ element: XMLElement, predicate: String, attributes: RDFXMLAttributes,
                                               subject: Term, scope: RDFXMLScope) throws {
        try allow(attributes, ["rdf:ID", "rdf:resource", "rdf:nodeID", "rdf:type", "property attributes"], on: element, production: "no content")
        if attributes.resource != nil && attributes.nodeID != nil {
            throw error(at: element, "\(element.qualifiedName) has both rdf:resource and rdf:nodeID",
                        "Keep one: rdf:resource for an IRI, rdf:nodeID for a blank node")
        }
        if attributes.resource == nil && attributes.nodeID == nil && attributes.type == nil && attributes.properties.isEmpty {
            let object = literal("", scope: scope)
            emit(subject, predicate, object)
            try reify(attributes.id, subject, predicate, object, scope: scope, element: element)
            return
        }
        let object: Term
        if let resource = attributes.resource {
            object = .iri(scope.resolve(resource))
        } else if let nodeID = attributes.nodeID {
            object = try blank(nodeID: nodeID, element: element)
        } else {
            object = newBlank()
        }
        emit(subject, predicate, object)
        try reify(attributes.id, subject, predicate, object, scope: scope, element: element)
        if let type = attributes.type {
            emit(object, Vocabulary.rdfType, .iri(scope.resolve(type)))
        }
        for property in attributes.properties {
            emit(object, property.iri, literal(property.value, scope: scope))
        }
    }

    /// Refuses syntax attributes the chosen production does not take.
    private func allow(_ attributes: RDFXMLAttributes, _ allowed: Set<String>, on element: XMLElement, production: String) throws {
        for name in attributes.present where !allowed.contains(name) {
            let offending = element.attributes.first { attribute in
                if name == "property attributes" {
                    return ![nil, RDFXMLNames.rdf, RDFXMLNames.xmlNamespace].contains(attribute.namespaceURI)
                }
                return (attribute.namespaceURI == RDFXMLNames.rdf || attribute.namespaceURI == nil) && "rdf:" + attribute.localName == name
            }
            throw error(at: element, attribute: offending, "\(name) is not allowed on the property element \(element.qualifiedName) with \(production)",
                        "Allowed here: \(allowed.sorted().joined(separator: ", "))")
        }
    }

    /// An RDF collection (rdf:first/rdf:rest) of `items`; rdf:nil when empty.
    private mutating func collection(_ items: [Term]) -> Term {
        guard !items.isEmpty else { return .iri(RDFXMLNames.rdf + "nil") }
        let cells = items.map { _ in newBlank() }
        for (index, item) in items.enumerated() {
            emit(cells[index], RDFXMLNames.rdf + "first", item)
            emit(cells[index], RDFXMLNames.rdf + "rest", index + 1 < cells.count ? cells[index + 1] : .iri(RDFXMLNames.rdf + "nil"))
        }
        return cells[0]
    }

    /// Section 7.3: rdf:ID on a property element reifies the statement it makes.
    private mutating func reify(_ id: String?, _ subject: Term, _ predicate: String, _ object: Term,
                                scope: RDFXMLScope, element: XMLElement) throws {
        guard let id else { return }
        let statement = try idIRI(id, scope: scope, element: element)
        emit(statement, Vocabulary.rdfType, .iri(RDFXMLNames.rdf + "Statement"))
        emit(statement, RDFXMLNames.rdf + "subject", subject)
        emit(statement, RDFXMLNames.rdf + "predicate", .iri(predicate))
        emit(statement, RDFXMLNames.rdf + "object", object)
    }
}
