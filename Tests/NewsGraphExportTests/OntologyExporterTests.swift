import Foundation
import NewsGraphRDF
import Testing
@testable import NewsGraphExport

@Suite struct OntologyExporterTests {
    static let owl = Tools.repository.appendingPathComponent("ontology/newsgraph.owl").path
    static let hasOWL = FileManager.default.fileExists(atPath: owl)

    /// The normalised file holds the triples of the hand-written one (blank nodes may be renamed).
    @Test(.enabled(if: hasOWL, "ontology/newsgraph.owl is absent"))
    func holdsTheSameTriplesAsTheSource() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/ontology.rdf"
        let count = try OntologyExporter().export(owl: Self.owl, to: path)
        let source = try OntologyExporter().triples(of: Self.owl)
        let written = try RDFXMLParser.parse(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), baseIRI: "http://unused.example/", path: path)
        #expect(written.count == count)
        #expect(GraphIsomorphism.isIsomorphic(source, written))
    }

    @Test(.enabled(if: hasOWL && Tools.checkRDFXML != nil && Tools.hasRapper && Tools.hasPythonRDF && Tools.hasJena,
                   "needs ontology/newsgraph.owl, ../shared/tools/check_rdfxml.sh, rapper, Jena, rdflib, pyoxigraph"))
    func everyValidatorAcceptsIt() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/ontology.rdf"
        let count = try OntologyExporter().export(owl: Self.owl, to: path)
        let result = try Tools.run("/bin/bash", [Tools.checkRDFXML!, path])
        #expect(result.status == 0, "\(result.all)")
        #expect(result.stdout.contains("rdflib_distinct=\(count)"), "\(result.stdout)")
    }
}
