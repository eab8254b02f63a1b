/// An RDF 1.1 term: an IRI, a blank node or a literal.
///
/// Terms order deterministically (IRIs, then blank nodes, then literals; within a kind by
/// their N-Triples text), so any collection of terms can be written in a stable order.
public enum Term: Hashable, Sendable, Comparable, CustomStringConvertible {
    case iri(String)
    case blank(String)
    case literal(Literal)

    /// A plain string literal (`xsd:string`).
    public static func string(_ value: String) -> Term { .literal(Literal(value)) }

    /// A language-tagged string; the tag is kept as given (BCP 47 compares case-insensitively).
    public static func text(_ value: String, language: String) -> Term {
        .literal(Literal(value, language: language))
    }

    /// A typed literal.
    public static func typed(_ value: String, _ datatype: String) -> Term {
        .literal(Literal(value, datatype: datatype))
    }

    public var isIRI: Bool { if case .iri = self { return true } else { return false } }
    public var isBlank: Bool { if case .blank = self { return true } else { return false } }
    public var isLiteral: Bool { if case .literal = self { return true } else { return false } }

    /// The IRI string, if this is an IRI.
    public var iriValue: String? { if case .iri(let value) = self { return value } else { return nil } }

    /// The literal, if this is a literal.
    public var literalValue: Literal? { if case .literal(let value) = self { return value } else { return nil } }

    private var kindRank: Int {
        switch self {
        case .iri: return 0
        case .blank: return 1
        case .literal: return 2
        }
    }

    public static func < (lhs: Term, rhs: Term) -> Bool {
        if lhs.kindRank != rhs.kindRank { return lhs.kindRank < rhs.kindRank }
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)): return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        case (.blank(let a), .blank(let b)): return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        case (.literal(let a), .literal(let b)): return a < b
        default: return false
        }
    }

    public var description: String { NTriples.format(self) }
}

/// An RDF literal. `datatype` is nil for `xsd:string` and for language-tagged strings
/// (whose datatype is `rdf:langString`).
public struct Literal: Hashable, Sendable, Comparable {
    public var lexical: String
    public var language: String?
    public var datatype: String?

    public init(_ lexical: String, language: String? = nil, datatype: String? = nil) {
        self.lexical = lexical
        self.language = language
        // xsd:string is the default datatype; store it as nil so equal literals compare equal.
        self.datatype = (datatype == Vocabulary.xsdString || language != nil) ? nil : datatype
    }

    /// The datatype IRI as RDF 1.1 defines it.
    public var effectiveDatatype: String {
        if language != nil { return Vocabulary.rdf + "langString" }
        return datatype ?? Vocabulary.xsdString
    }

    public static func < (lhs: Literal, rhs: Literal) -> Bool {
        if lhs.lexical != rhs.lexical {
            return lhs.lexical.unicodeScalars.lexicographicallyPrecedes(rhs.lexical.unicodeScalars)
        }
        let lt = lhs.language ?? "", rt = rhs.language ?? ""
        if lt != rt { return lt < rt }
        return (lhs.datatype ?? "") < (rhs.datatype ?? "")
    }
}

/// One RDF statement.
public struct Triple: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var subject: Term
    public var predicate: Term
    public var object: Term

    public init(_ subject: Term, _ predicate: Term, _ object: Term) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public static func < (lhs: Triple, rhs: Triple) -> Bool {
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        if lhs.predicate != rhs.predicate { return lhs.predicate < rhs.predicate }
        return lhs.object < rhs.object
    }

    /// The N-Triples line for this triple, without the trailing newline.
    public var description: String { NTriples.format(self) }
}
