import Foundation
import NewsGraphRDF

/// Reads the OWL ontology (RDF/XML, through the safe libxml2 reader) into classes and predicates.
///
/// A class is a core type when its local name is one of the six; a subclass when it is
/// `rdfs:subClassOf` a core class (directly or through another subclass). An
/// `owl:ObjectProperty` with `rdfs:domain`/`rdfs:range` is a relation predicate.
public enum OntologyLoader {
    public static let namespace = Vocabulary.kg

    public static func load(file: URL) throws -> Ontology {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw OntologyErrors(errors: [OntologyError(file: file.path, line: 0, "cannot read the ontology file. NewsGraph needs ontology/newsgraph.owl; pass --ontology DIR to point at another ontology folder.")])
        }
        let triples: [Triple]
        do {
            triples = try RDFXMLParser.parse(bytes: [UInt8](data), baseIRI: "https://newsgraph.example/ontology", path: file.path)
        } catch {
            throw OntologyErrors(errors: [OntologyError(file: file.path, line: 0, "\(error)")])
        }
        return try build(from: triples, file: file.path)
    }

    public static func build(from triples: [Triple], file: String) throws -> Ontology {
        let rdfType = Vocabulary.rdfType
        let subClassOf = Vocabulary.rdfs + "subClassOf"
        var isClass = Set<String>(), isObjectProperty = Set<String>(), isSymmetric = Set<String>()
        var parents: [String: [String]] = [:], domains: [String: [String]] = [:], ranges: [String: [String]] = [:]
        var labels: [String: String] = [:]
        for triple in triples {
            guard case .iri(let s) = triple.subject, case .iri(let p) = triple.predicate else { continue }
            switch (p, triple.object) {
            case (rdfType, .iri(Vocabulary.owl + "Class")): isClass.insert(s)
            case (rdfType, .iri(Vocabulary.owl + "ObjectProperty")): isObjectProperty.insert(s)
            case (rdfType, .iri(Vocabulary.owl + "SymmetricProperty")): isSymmetric.insert(s)
            case (subClassOf, .iri(let o)): parents[s, default: []].append(o)
            case (Vocabulary.rdfs + "domain", .iri(let o)): domains[s, default: []].append(o)
            case (Vocabulary.rdfs + "range", .iri(let o)): ranges[s, default: []].append(o)
            case (Vocabulary.rdfs + "label", .literal(let l)) where l.language == "en": labels[s] = l.lexical
            default: break
            }
        }
        func local(_ iri: String) -> String? { iri.hasPrefix(namespace) ? String(iri.dropFirst(namespace.count)) : nil }
        func core(of iri: String, depth: Int = 0) -> CoreType? {
            if let name = local(iri), let core = CoreType(rawValue: name) { return core }
            guard depth < 16 else { return nil }
            for parent in parents[iri] ?? [] { if let core = core(of: parent, depth: depth + 1) { return core } }
            return nil
        }
        var classes: [String: OntologyClass] = [:]
        for iri in isClass.sorted() {
            guard let name = local(iri) else { continue }
            classes[name] = OntologyClass(name: name, iri: iri, core: core(of: iri), label: labels[iri])
        }
        var predicates: [String: RelationPredicate] = [:]
        for iri in isObjectProperty.sorted() {
            guard let name = local(iri), !(domains[iri] ?? []).isEmpty else { continue }
            let domain = Set((domains[iri] ?? []).compactMap { core(of: $0) })
            let rangeIRIs = ranges[iri] ?? []
            let range = Set(rangeIRIs.compactMap { core(of: $0) })
            predicates[name] = RelationPredicate(name: name, iri: iri, domain: domain, range: range, symmetric: isSymmetric.contains(iri), rangeIncludesDocument: rangeIRIs.contains(namespace + "Document"))
        }
        var errors: [OntologyError] = []
        for core in CoreType.allCases where classes[core.rawValue] == nil {
            errors.append(OntologyError(file: file, line: 0, "the ontology does not declare the core class kg:\(core.rawValue). Declare it as an owl:Class."))
        }
        if predicates.isEmpty {
            errors.append(OntologyError(file: file, line: 0, "the ontology declares no relation predicates (owl:ObjectProperty with rdfs:domain). Declare them."))
        }
        if !errors.isEmpty { throw OntologyErrors(errors: errors) }
        return Ontology(classes: classes, predicates: predicates)
    }
}
