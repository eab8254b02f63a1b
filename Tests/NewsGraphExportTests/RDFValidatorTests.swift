import Foundation
import NewsGraph
import NewsGraphRDF
import Testing
@testable import NewsGraphExport

/// RDF/XML and N-Triples exports of the hostile graph, read by every RDF tool there is here.
@Suite struct RDFValidatorTests {
    static let bases = [Vocabulary.defaultBase, "http://example.org/kg#", "urn:newsgraph:"]

    static func exported(_ graph: KnowledgeGraph, base: String = Vocabulary.defaultBase) throws -> (dir: TemporaryDirectory, rdf: String, nt: String, count: Int) {
        let dir = try TemporaryDirectory()
        let export = try GraphExport(graph: graph, base: base)
        try export.write(.rdfxml, to: dir.path + "/graph.rdf")
        try export.write(.ntriples, to: dir.path + "/graph.nt")
        let count = try String(contentsOfFile: dir.path + "/graph.nt", encoding: .utf8).split(separator: "\n").count
        return (dir, dir.path + "/graph.rdf", dir.path + "/graph.nt", count)
    }

    @Test(.enabled(if: Tools.checkRDFXML != nil && Tools.hasXmllint && Tools.hasRapper && Tools.hasPythonRDF && Tools.hasJena,
                   "needs ../shared/tools/check_rdfxml.sh, xmllint, rapper, Jena and python rdflib + pyoxigraph (install-validators.sh)"),
          arguments: bases)
    func everyValidatorAcceptsTheRDFXMLWithTheNTriplesCount(base: String) throws {
        let export = try Self.exported(Fixtures.hostile, base: base)
        let result = try Tools.run("/bin/bash", [Tools.checkRDFXML!, export.rdf])
        #expect(result.status == 0, "\(result.all)")
        #expect(!result.stdout.contains("SKIP"), "\(result.stdout)")
        let n = export.count
        #expect(result.stdout.contains("COUNTS     triples: rapper=\(n) riot=\(n) oxigraph=\(n) rdflib_distinct=\(n)"), "\(result.stdout)")
    }

    @Test(.enabled(if: Tools.hasRapper, "needs rapper (raptor2-utils)"))
    func rapperAcceptsTheNTriples() throws {
        let export = try Self.exported(Fixtures.hostile)
        let result = try Tools.run(Tools.executable("rapper")!, ["-i", "ntriples", "-c", export.nt])
        #expect(result.status == 0, "\(result.all)")
        #expect(result.all.contains("returned \(export.count) triples"), "\(result.all)")
    }

    @Test(.enabled(if: Tools.hasJena, "needs Jena (libapache-jena-java) and ../shared/tools/jena.sh"))
    func jenaAcceptsTheNTriples() throws {
        let export = try Self.exported(Fixtures.hostile)
        let result = try Tools.run("/bin/bash", [Tools.sharedFile("tools/jena.sh")!, "riotcmd.riot", "--validate", "--count", export.nt])
        #expect(result.status == 0, "\(result.all)")
        #expect(result.all.contains("Triples = \(export.count)"), "\(result.all)")
    }

    /// rdflib and pyoxigraph read the RDF/XML and the N-Triples as the very same set of triples.
    @Test(.enabled(if: Tools.hasPythonRDF, "needs python rdflib and pyoxigraph (install-validators.sh)"))
    func rdflibAndOxigraphReadTheSameTriplesFromBothFormats() throws {
        let export = try Self.exported(Fixtures.hostile)
        let script = """
        import sys, rdflib, pyoxigraph as ox
        rdf, nt = sys.argv[1], sys.argv[2]
        a = set(rdflib.Graph().parse(rdf, format="xml")); b = set(rdflib.Graph().parse(nt, format="nt"))
        c = set(ox.parse(path=rdf, format=ox.RdfFormat.RDF_XML)); d = set(ox.parse(path=nt, format=ox.RdfFormat.N_TRIPLES))
        print(len(a), len(b), len(c), len(d), a == b, c == d)
        """
        let result = try Tools.run(Tools.executable("python3")!, ["-c", script, export.rdf, export.nt])
        #expect(result.status == 0, "\(result.stderr)")
        let n = export.count
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(n) \(n) \(n) \(n) True True")
    }

    /// Our own RDF/XML reader gives back exactly the triples of our N-Triples.
    @Test(arguments: bases)
    func ourParserReadsTheRDFXMLAsTheNTriples(base: String) throws {
        let export = try Self.exported(Fixtures.hostile, base: base)
        let fromXML = try RDFXMLParser.parse(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: export.rdf))), baseIRI: "http://unused.example/", path: export.rdf)
        let fromNT = try NTriplesParser.parse(try String(contentsOfFile: export.nt, encoding: .utf8), path: export.nt)
        #expect(fromNT.count == export.count)
        let a = fromXML.sorted(by: TermOrder.less), b = fromNT.sorted(by: TermOrder.less)
        #expect(a.count == b.count)
        #expect(zip(a, b).allSatisfy { TermOrder.identical($0, $1) })
        // And they are the sorted stream itself, in order.
        let stream = SortedTriples(graph: Fixtures.hostile, rdf: GraphRDF(base: base)).array()
        #expect(zip(fromNT, stream).allSatisfy { TermOrder.identical($0, $1) } && fromNT.count == stream.count)
    }
}
