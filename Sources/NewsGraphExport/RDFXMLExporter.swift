import NewsGraph
import NewsGraphRDF

/// Writes a graph as RDF/XML: the triples of `SortedTriples` (exactly those of the N-Triples
/// export), one `rdf:Description` per subject, streamed through `RDFXMLWriter`. Instance IRIs
/// are written relative to an `xml:base` of the graph's base IRI, so the file is smaller and
/// still reads the same wherever it is stored.
public struct RDFXMLExporter: Sendable {
    public var rdf: GraphRDF

    public init(rdf: GraphRDF = GraphRDF()) {
        self.rdf = rdf
    }

    /// The namespace prefixes declared on `rdf:RDF` (rdf itself is always declared).
    public static let prefixes: [(prefix: String, namespace: String)] = [
        ("rdfs", Vocabulary.rdfs), ("owl", Vocabulary.owl), ("xsd", Vocabulary.xsd), ("skos", Vocabulary.skos),
        ("prov", Vocabulary.prov), ("kg", Vocabulary.kg), ("schema", Vocabulary.schema),
    ]

    /// Writes the file atomically (temporary file, then rename). Returns the triple count.
    @discardableResult
    public func export(_ graph: KnowledgeGraph, to path: String) throws -> Int {
        let writer = try RDFXMLWriter(path: path, prefixes: Self.prefixes, base: rdf.base)
        do {
            let count = try TriplePipeline.run(SortedTriples(graph: graph, rdf: rdf)) { try writer.write($0) }
            try writer.finish()
            return count
        } catch {
            writer.cancel()
            throw error
        }
    }

    /// The whole document as a string (tests and small graphs).
    public func string(_ graph: KnowledgeGraph) throws -> String {
        try RDFXMLWriter.string(SortedTriples(graph: graph, rdf: rdf).array(), prefixes: Self.prefixes, base: rdf.base)
    }
}
