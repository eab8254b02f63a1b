import NewsGraphRDF

/// Re-writes the ontology (`ontology/newsgraph.owl`, hand-edited RDF/XML with entities and
/// comments) as normalised RDF/XML: parsed with `RDFXMLParser`, sorted, deduplicated and
/// written with the same prefixes as the graph export, so tools get one predictable file.
public struct OntologyExporter: Sendable {
    /// The IRI relative references in the file resolve against when it sets no `xml:base`.
    public var baseIRI: String

    public init(baseIRI: String = "https://newsgraph.example/ontology") {
        self.baseIRI = baseIRI
    }

    /// The ontology's triples in `Triple` order, without duplicates.
    public func triples(of owlPath: String) throws -> [Triple] {
        guard let bytes = FileBytes.read(owlPath) else {
            throw ExportError.io(path: owlPath, message: "cannot read the ontology file")
        }
        let triples = try RDFXMLParser.parse(bytes: bytes, baseIRI: baseIRI, path: owlPath).sorted(by: TermOrder.less)
        var unique: [Triple] = []
        unique.reserveCapacity(triples.count)
        for triple in triples where unique.last.map({ !TermOrder.identical($0, triple) }) ?? true {
            unique.append(triple)
        }
        return unique
    }

    /// Writes the file atomically. Returns the triple count.
    @discardableResult
    public func export(owl owlPath: String, to path: String) throws -> Int {
        let triples = try triples(of: owlPath)
        let writer = try RDFXMLWriter(path: path, prefixes: RDFXMLExporter.prefixes)
        do {
            for triple in triples { try writer.write(triple) }
            try writer.finish()
        } catch {
            writer.cancel()
            throw error
        }
        return triples.count
    }
}
