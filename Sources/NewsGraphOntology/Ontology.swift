/// A relation predicate of the ontology with the classes it joins.
public struct RelationPredicate: Hashable, Sendable {
    public var name: String
    public var iri: String
    /// Core types allowed as subject and as object (empty means any).
    public var domain: Set<CoreType>
    public var range: Set<CoreType>
    public var symmetric: Bool
    /// True when the object may be the document itself (`authorOf`).
    public var rangeIncludesDocument: Bool

    public init(name: String, iri: String, domain: Set<CoreType>, range: Set<CoreType>, symmetric: Bool, rangeIncludesDocument: Bool = false) {
        self.name = name
        self.iri = iri
        self.domain = domain
        self.range = range
        self.symmetric = symmetric
        self.rangeIncludesDocument = rangeIncludesDocument
    }

    public func allows(subject: CoreType, object: CoreType) -> Bool {
        (domain.isEmpty || domain.contains(subject)) && (range.isEmpty || range.contains(object))
    }
}

/// An ontology class: a core type or one of its subclasses.
public struct OntologyClass: Hashable, Sendable {
    public var name: String
    public var iri: String
    public var core: CoreType?
    public var label: String?
}

/// Classes and relation predicates, read from `ontology/newsgraph.owl`.
public struct Ontology: Sendable {
    public var classes: [String: OntologyClass]
    public var predicates: [String: RelationPredicate]

    public init(classes: [String: OntologyClass], predicates: [String: RelationPredicate]) {
        self.classes = classes
        self.predicates = predicates
    }

    /// True when the type names a class of this ontology under the right core type.
    public func knows(_ type: EntityType) -> Bool {
        guard let subclass = type.subclass else { return true }
        return classes[subclass]?.core == type.core
    }

    public func predicate(_ name: String) -> RelationPredicate? { predicates[name] }
}
