/// Triples that RDF/XML cannot express, or a writer set up wrongly.
public enum RDFWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No suffix of the predicate IRI is an XML NCName, so it cannot be an element name.
    case unsplittablePredicate(path: String, iri: String)
    /// The predicate is an RDF syntax name (rdf:li, rdf:Description, rdf:about, ...).
    case reservedPredicate(path: String, iri: String)
    case literalSubject(path: String, triple: String)
    case nonIRIPredicate(path: String, triple: String)
    case invalidPrefix(path: String, prefix: String, reason: String)

    public var description: String {
        switch self {
        case let .unsplittablePredicate(path, iri):
            return "\(path): error: the predicate <\(iri)> does not end in an XML name, so RDF/XML cannot write it. Use a predicate IRI that ends in a letter or '_' followed by letters, digits, '-', '.' or '_', or export as N-Triples."
        case let .reservedPredicate(path, iri):
            return "\(path): error: the predicate <\(iri)> is RDF/XML syntax and cannot be written as a property. Use another predicate, or export as N-Triples."
        case let .literalSubject(path, triple):
            return "\(path): error: the triple \(triple) has a literal subject, which RDF cannot express. Fix the code that produced it."
        case let .nonIRIPredicate(path, triple):
            return "\(path): error: the triple \(triple) has a predicate that is not an IRI. Fix the code that produced it."
        case let .invalidPrefix(path, prefix, reason):
            return "\(path): error: the namespace prefix \"\(prefix)\" \(reason). Choose another prefix."
        }
    }
}
