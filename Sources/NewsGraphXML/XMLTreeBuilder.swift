internal import CLibXML2

/// Copies libxml2's tree into Swift values, expanding internal entity references under a budget.
struct TreeBuilder {
    let doc: xmlDocPtr
    let path: String
    let budget: Int
    let maxDepth: Int
    /// Bytes produced by entity expansion so far.
    private var expanded = 0
    /// Entities being expanded, innermost last (to refuse recursion).
    private var entityStack: [String] = []

    init(doc: xmlDocPtr, path: String, budget: Int, maxDepth: Int) {
        self.doc = doc
        self.path = path
        self.budget = budget
        self.maxDepth = maxDepth
    }

    /// `fallbackLine` is used for elements that come from entity content, which has no line of its own.
    mutating func element(_ node: xmlNodePtr, depth: Int, fallbackLine: Int = 1) throws -> XMLElement {
        let own = Int(xmlGetLineNo(node))
        let line = entityStack.isEmpty && own > 0 ? own : fallbackLine
        guard depth <= maxDepth else { throw XMLError.tooDeep(path: path, line: line, limit: maxDepth) }
        let name = String(cString: node.pointee.name)
        try charge(name.utf8.count + 2, line: line)
        var result = XMLElement(namespaceURI: nil, localName: name, line: line)
        if let ns = node.pointee.ns {
            result.namespaceURI = try namespaceURI(ns, line: line)
            result.prefix = ns.pointee.prefix.map { String(cString: $0) }
        }
        var declaration = node.pointee.nsDef
        while let ns = declaration {
            result.namespaceDeclarations.append(XMLNamespaceDeclaration(
                prefix: ns.pointee.prefix.map { String(cString: $0) }, uri: try namespaceURI(ns, line: line) ?? ""))
            declaration = ns.pointee.next
        }
        var property = node.pointee.properties
        while let attr = property {
            let value = try attributeValue(attr.pointee.children, line: line)
            var attribute = XMLAttribute(namespaceURI: nil, localName: String(cString: attr.pointee.name), value: value)
            if let ns = attr.pointee.ns {
                attribute.namespaceURI = try namespaceURI(ns, line: line)
                attribute.prefix = ns.pointee.prefix.map { String(cString: $0) }
            }
            try charge(attribute.localName.utf8.count + 4, line: line)
            result.attributes.append(attribute)
            property = attr.pointee.next
        }
        try appendChildren(from: node.pointee.children, to: &result.children, depth: depth, line: line)
        return result
    }

    private mutating func appendChildren(from first: xmlNodePtr?, to children: inout [XMLNode], depth: Int, line: Int) throws {
        var cursor = first
        while let node = cursor {
            defer { cursor = node.pointee.next }
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(try element(node, depth: depth + 1, fallbackLine: line)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = node.pointee.content.map { String(cString: $0) } ?? ""
                try charge(text.utf8.count, line: line)
                if case .text(let previous)? = children.last {
                    children[children.count - 1] = .text(previous + text)
                } else if !text.isEmpty {
                    children.append(.text(text))
                }
            case XML_ENTITY_REF_NODE:
                let own = Int(xmlGetLineNo(node))
                let refLine = entityStack.isEmpty && own > 0 ? own : line
                let entity = try enter(node, line: refLine)
                try appendChildren(from: entity.pointee.children, to: &children, depth: depth, line: refLine)
                entityStack.removeLast()
            case XML_COMMENT_NODE:
                children.append(.comment(node.pointee.content.map { String(cString: $0) } ?? ""))
            case XML_PI_NODE:
                children.append(.processingInstruction(target: String(cString: node.pointee.name),
                                                       data: node.pointee.content.map { String(cString: $0) } ?? ""))
            default:
                break
            }
        }
    }

    /// The attribute value from its child list (text and entity references).
    private mutating func attributeValue(_ first: xmlNodePtr?, line: Int) throws -> String {
        var out = ""
        var cursor = first
        while let node = cursor {
            defer { cursor = node.pointee.next }
            switch node.pointee.type {
            case XML_TEXT_NODE:
                let text = node.pointee.content.map { String(cString: $0) } ?? ""
                try charge(text.utf8.count, line: line)
                // Text that comes from an entity's replacement text is normalised like literal
                // attribute text (XML 1.0 section 3.3.3); the parser already did that for the rest.
                out += entityStack.isEmpty ? text : String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
            case XML_ENTITY_REF_NODE:
                let entity = try enter(node, line: line)
                out += try attributeValue(entity.pointee.children, line: line)
                entityStack.removeLast()
            default:
                break
            }
        }
        return out
    }

    /// The URI of a namespace declaration. Without entity substitution libxml2 keeps references in
    /// `xmlns` values raw (`xmlns:owl="&owl;"` gives "&owl;", and "&amp;" gives "&#38;"), so they
    /// are decoded here, under the same budget as other expansions.
    private mutating func namespaceURI(_ ns: xmlNsPtr, line: Int) throws -> String? {
        guard let href = ns.pointee.href else { return nil }
        let raw = String(cString: href)
        guard raw.utf8.contains(UInt8(ascii: "&")) else { return raw }
        return try decodeReferences(raw, line: line)
    }

    private mutating func decodeReferences(_ raw: String, line: Int) throws -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(raw.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&", let end = scalars[i...].firstIndex(of: ";") else {
                out.append(scalars[i])
                i += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
            i = end + 1
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                if let value, let scalar = Unicode.Scalar(value) { out.append(scalar) }
                continue
            }
            let entity = try enter(named: name, line: line)
            let text = entity.pointee.content.map { String(cString: $0) } ?? ""
            try charge(text.utf8.count, line: line)
            out.append(contentsOf: try decodeReferences(text, line: line).unicodeScalars)
            entityStack.removeLast()
        }
        return String(out)
    }

    /// Looks up the entity a reference names and pushes it on the expansion stack.
    private mutating func enter(_ node: xmlNodePtr, line: Int) throws -> xmlEntityPtr {
        try enter(named: String(cString: node.pointee.name), line: line)
    }

    private mutating func enter(named name: String, line: Int) throws -> xmlEntityPtr {
        guard let entity = name.withCString({ xmlGetDocEntity(doc, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }) else {
            throw XMLError.undeclaredEntity(path: path, line: line, name: name)
        }
        guard entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY || entity.pointee.etype == XML_INTERNAL_PREDEFINED_ENTITY else {
            let system = (entity.pointee.SystemID ?? entity.pointee.ExternalID).map { String(cString: $0) } ?? ""
            throw XMLError.externalEntity(path: path, line: line, column: 1, name: name, systemID: system)
        }
        guard !entityStack.contains(name) else { throw XMLError.entityLoop(path: path, line: line, column: 1) }
        entityStack.append(name)
        return entity
    }

    /// Counts bytes produced inside an entity expansion against the budget.
    private mutating func charge(_ bytes: Int, line: Int) throws {
        guard !entityStack.isEmpty else { return }
        expanded += max(bytes, 1)
        if expanded > budget { throw XMLError.entityExpansionLimit(path: path, line: line, limit: budget) }
    }
}
