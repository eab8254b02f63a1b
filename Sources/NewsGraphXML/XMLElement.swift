/// A parsed XML element as plain Swift values: names resolved against the namespaces in scope,
/// attributes in document order, entity references already expanded.
public struct XMLElement: Sendable, Equatable {
    /// The namespace URI, or nil for an element in no namespace.
    public var namespaceURI: String?
    public var localName: String
    /// The prefix as written (nil for the default namespace or none); kept for XML literals.
    public var prefix: String?
    /// Attributes in document order; namespace declarations (`xmlns`, `xmlns:p`) are not included.
    public var attributes: [XMLAttribute]
    /// Namespace declarations made on this element, in document order (prefix nil = default).
    public var namespaceDeclarations: [XMLNamespaceDeclaration]
    public var children: [XMLNode]
    /// 1-based source line of the start tag.
    public var line: Int

    public init(namespaceURI: String?, localName: String, prefix: String? = nil, attributes: [XMLAttribute] = [],
                namespaceDeclarations: [XMLNamespaceDeclaration] = [], children: [XMLNode] = [], line: Int = 0) {
        self.namespaceURI = namespaceURI
        self.localName = localName
        self.prefix = prefix
        self.attributes = attributes
        self.namespaceDeclarations = namespaceDeclarations
        self.children = children
        self.line = line
    }

    /// The name as written: `prefix:local` or `local`.
    public var qualifiedName: String { prefix.map { $0 + ":" + localName } ?? localName }

    /// The value of the attribute with this namespace and local name.
    public func attribute(_ namespaceURI: String?, _ localName: String) -> String? {
        attributes.first { $0.namespaceURI == namespaceURI && $0.localName == localName }?.value
    }

    /// Child elements, skipping text.
    public var elementChildren: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// All text content, concatenated in document order (descendants included).
    public var textContent: String {
        var out = ""
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e): out += e.textContent
            case .comment, .processingInstruction: break
            }
        }
        return out
    }
}

public struct XMLAttribute: Sendable, Equatable {
    public var namespaceURI: String?
    public var localName: String
    public var prefix: String?
    public var value: String

    public init(namespaceURI: String?, localName: String, prefix: String? = nil, value: String) {
        self.namespaceURI = namespaceURI
        self.localName = localName
        self.prefix = prefix
        self.value = value
    }

    public var qualifiedName: String { prefix.map { $0 + ":" + localName } ?? localName }
}

public struct XMLNamespaceDeclaration: Sendable, Equatable {
    public var prefix: String?
    public var uri: String

    public init(prefix: String?, uri: String) {
        self.prefix = prefix
        self.uri = uri
    }
}

/// A child of an element. Adjacent text (including CDATA and expanded entities) is merged.
public indirect enum XMLNode: Sendable, Equatable {
    case element(XMLElement)
    case text(String)
    case comment(String)
    case processingInstruction(target: String, data: String)
}

/// Bounds for `parseXML`. The defaults accept any ordinary document, Protégé-style ontologies with
/// `<!ENTITY owl "...">` shortcuts included, and refuse entity bombs quickly.
public struct XMLLimits: Sendable, Equatable {
    /// Most bytes that entity references may expand to in total.
    public var maxEntityExpansion: Int
    /// Entity expansion may also not exceed this multiple of the input size (whichever bound is lower,
    /// but never below `minimumEntityBudget`).
    public var maxEntityExpansionRatio: Int
    /// Expansion always allowed regardless of the ratio, so small documents may use entities freely.
    public var minimumEntityBudget: Int
    /// Deepest element nesting accepted (entity content included).
    public var maxDepth: Int

    public init(maxEntityExpansion: Int = 16 << 20, maxEntityExpansionRatio: Int = 10,
                minimumEntityBudget: Int = 1 << 20, maxDepth: Int = 256) {
        self.maxEntityExpansion = maxEntityExpansion
        self.maxEntityExpansionRatio = maxEntityExpansionRatio
        self.minimumEntityBudget = minimumEntityBudget
        self.maxDepth = maxDepth
    }

    public static let `default` = XMLLimits()

    /// The expansion budget for an input of `inputSize` bytes.
    public func entityBudget(inputSize: Int) -> Int {
        let (scaled, overflow) = inputSize.multipliedReportingOverflow(by: maxEntityExpansionRatio)
        let ratioBound = overflow ? Int.max : scaled
        return min(maxEntityExpansion, max(minimumEntityBudget, ratioBound))
    }
}
