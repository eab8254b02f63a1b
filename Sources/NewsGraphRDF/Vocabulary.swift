/// Namespace IRIs used across NewsGraph.
public enum Vocabulary {
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    public static let owl = "http://www.w3.org/2002/07/owl#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let skos = "http://www.w3.org/2004/02/skos/core#"
    public static let prov = "http://www.w3.org/ns/prov#"
    public static let schema = "https://schema.org/"
    public static let org = "http://www.w3.org/ns/org#"
    public static let dcterms = "http://purl.org/dc/terms/"
    /// The NewsGraph ontology namespace (classes and relation predicates).
    public static let kg = "https://newsgraph.example/ontology#"
    /// The default base for instance IRIs (entities, documents, provenance nodes).
    public static let defaultBase = "https://newsgraph.example/id/"

    public static let rdfType = rdf + "type"
    /// Made once: every literal compares its datatype with it.
    public static let xsdString = xsd + "string"
}
