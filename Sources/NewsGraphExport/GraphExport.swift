import NewsGraph
import NewsGraphRDF
import NewsGraphXML

/// Writes a graph (and the ontology) in any of the formats, all from one mapping.
public struct GraphExport: Sendable {
    public var graph: KnowledgeGraph
    public var rdf: GraphRDF
    /// `newsgraph.owl`, needed for `.ontology`.
    public var ontologyFile: String?

    /// `base` must be an absolute IRI (see `validatedBase`).
    public init(graph: KnowledgeGraph, base: String = Vocabulary.defaultBase, ontologyFile: String? = nil) throws {
        self.graph = graph
        self.rdf = GraphRDF(base: try Self.validatedBase(base))
        self.ontologyFile = ontologyFile
    }

    /// Writes one format to `path` (atomically).
    public func write(_ format: ExportFormat, to path: String) throws {
        switch format {
        case .graphml: try GraphMLExporter(rdf: rdf).export(graph, to: path)
        case .rdfxml: try RDFXMLExporter(rdf: rdf).export(graph, to: path)
        case .ntriples: try NTriplesExporter(rdf: rdf).export(graph, to: path)
        case .ontology:
            guard let ontologyFile else { throw ExportError.io(path: path, message: "no ontology file was given to export") }
            try OntologyExporter().export(owl: ontologyFile, to: path)
        }
    }

    /// Writes every format into `directory` under its `fileName`. Returns the paths written.
    @discardableResult
    public func writeAll(to directory: String) throws -> [String] {
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        var written: [String] = []
        for format in ExportFormat.allCases where format != .ontology || ontologyFile != nil {
            try write(format, to: folder + format.fileName)
            written.append(folder + format.fileName)
        }
        return written
    }

    /// `base` if it can prefix instance IRIs (`GraphRDF` adds a final `/` unless it ends in
    /// `/` or `#`): an absolute IRI (`scheme:...`) without spaces,
    /// controls or the characters IRIs forbid (`<>"{}|^` and backslash and backtick).
    public static func validatedBase(_ base: String) throws -> String {
        let scalars = Array(base.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon > 0,
              scalars[0].isASCII, scalars[0].properties.isAlphabetic,
              scalars[..<colon].allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }),
              colon + 1 < scalars.count,
              !scalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || "<>\"{}|^`\\".unicodeScalars.contains($0) || !XMLCharacters.isLegal($0) })
        else { throw ExportError.invalidBase(base) }
        return base
    }
}
