/// The formats `newsgraph export` writes, with the file name each gets in an export folder.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, rdfxml, ntriples, ontology

    /// `graph.graphml`, `graph.rdf`, `graph.nt`, `ontology.rdf`.
    public var fileName: String {
        switch self {
        case .graphml: return "graph.graphml"
        case .rdfxml: return "graph.rdf"
        case .ntriples: return "graph.nt"
        case .ontology: return "ontology.rdf"
        }
    }
}
