import NewsGraph
import NewsGraphRDF

/// Writes a graph as N-Triples for bulk loaders: one line per triple, the triples of
/// `SortedTriples` in their order, so the file holds exactly the triples of the RDF/XML export.
public struct NTriplesExporter: Sendable {
    public var rdf: GraphRDF

    public init(rdf: GraphRDF = GraphRDF()) {
        self.rdf = rdf
    }

    /// Writes the file atomically (temporary file, then rename). Returns the triple count.
    @discardableResult
    public func export(_ graph: KnowledgeGraph, to path: String) throws -> Int {
        let file = try OutputFile(path: path)
        do {
            let count = try TriplePipeline.run(SortedTriples(graph: graph, rdf: rdf)) { triple in
                try file.withBuffer { NTriplesEncoder.append(triple, to: &$0) }
            }
            try file.commit()
            return count
        } catch {
            file.cancel()
            throw error
        }
    }

    /// The whole document as a string (tests and small graphs).
    public func string(_ graph: KnowledgeGraph) -> String {
        var bytes: [UInt8] = []
        SortedTriples(graph: graph, rdf: rdf).forEach { NTriplesEncoder.append($0, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
