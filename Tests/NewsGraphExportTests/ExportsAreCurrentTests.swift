import Foundation
import NewsGraph
import Testing
@testable import NewsGraphExport

/// `exports/` must be what `exports/regenerate.sh` writes today. When this fails after a change
/// to the extractor, catalog, ontology or an exporter, run `bash exports/regenerate.sh` and
/// commit the result (or run the tests with NEWSGRAPH_RECORD_EXPORTS=1, which rewrites the files
/// and still fails, so a recording run is never mistaken for a passing one).
@Suite struct ExportsAreCurrentTests {
    static let corpus = Tools.repository.appendingPathComponent("Tests/Fixtures/corpus")
    static let exports = Tools.repository.appendingPathComponent("exports")
    static let ontology = Tools.repository.appendingPathComponent("ontology")
    static let hasCorpus = FileManager.default.fileExists(atPath: corpus.path)

    /// The graph exactly as `regenerate.sh` builds it: documents named by their path relative to
    /// the repository root.
    static func freshExport() throws -> TemporaryDirectory {
        let root = Tools.repository.path + "/"
        let paths = try InputFiles.expand([corpus.path])
        let pipeline = try Pipeline(ontologyDirectory: ontology)
        let graph = try CorpusGraph.build(paths: paths, pipeline: pipeline, name: { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }, warning: { _ in })
        let dir = try TemporaryDirectory()
        try GraphExport(graph: graph, ontologyFile: ontology.appendingPathComponent("newsgraph.owl").path).writeAll(to: dir.path)
        return dir
    }

    @Test(.enabled(if: hasCorpus, "the example corpus Tests/Fixtures/corpus is absent"))
    func everyExportIsByteIdenticalToAFreshOne() throws {
        let fresh = try Self.freshExport()
        let record = ProcessInfo.processInfo.environment["NEWSGRAPH_RECORD_EXPORTS"] == "1"
        for format in ExportFormat.allCases {
            let made = try Data(contentsOf: URL(fileURLWithPath: fresh.path + "/" + format.fileName))
            let committed = Self.exports.appendingPathComponent(format.fileName)
            if record {
                try made.write(to: committed)
                Issue.record("recorded exports/\(format.fileName); run again without NEWSGRAPH_RECORD_EXPORTS")
                continue
            }
            let old = try? Data(contentsOf: committed)
            #expect(old == made, "exports/\(format.fileName) is out of date: run `bash exports/regenerate.sh` and commit it")
        }
    }

    @Test(.enabled(if: hasCorpus, "the example corpus Tests/Fixtures/corpus is absent"))
    func identicalAcrossInputOrder() throws {
        let root = Tools.repository.path + "/"
        let paths = try InputFiles.expand([Self.corpus.path])
        let pipeline = try Pipeline(ontologyDirectory: Self.ontology)
        let name: (String) -> String = { String($0.dropFirst(root.count)) }
        let forward = try CorpusGraph.build(paths: paths, pipeline: pipeline, name: name, warning: { _ in })
        let backward = try CorpusGraph.build(paths: paths.reversed(), pipeline: pipeline, name: name, warning: { _ in })
        #expect(forward == backward)
        #expect(NTriplesExporter().string(forward) == NTriplesExporter().string(backward))
        #expect(try GraphMLExporter().string(forward) == GraphMLExporter().string(backward))
        #expect(try RDFXMLExporter().string(forward) == RDFXMLExporter().string(backward))
    }

    @Test(.enabled(if: Tools.checkRDFXML != nil && Tools.checkGraphML != nil && Tools.hasXmllint && Tools.hasRapper && Tools.hasPythonRDF && Tools.hasNetworkX && Tools.hasJena,
                   "needs ../shared/tools/check_*.sh, xmllint, rapper, Jena, python rdflib, pyoxigraph, networkx, igraph (install-validators.sh)"),
          .enabled(if: hasCorpus, "the example corpus Tests/Fixtures/corpus is absent"))
    func everyValidatorAcceptsTheCommittedExports() throws {
        let nt = try String(contentsOf: Self.exports.appendingPathComponent("graph.nt"), encoding: .utf8)
        let count = nt.split(separator: "\n").count
        let rdf = try Tools.run("/bin/bash", [Tools.checkRDFXML!, Self.exports.appendingPathComponent("graph.rdf").path])
        #expect(rdf.status == 0, "\(rdf.all)")
        #expect(rdf.stdout.contains("COUNTS     triples: rapper=\(count) riot=\(count) oxigraph=\(count) rdflib_distinct=\(count)"), "\(rdf.stdout)")
        let ontology = try Tools.run("/bin/bash", [Tools.checkRDFXML!, Self.exports.appendingPathComponent("ontology.rdf").path])
        #expect(ontology.status == 0, "\(ontology.all)")
        let graphml = try Tools.run("/bin/bash", [Tools.checkGraphML!, Self.exports.appendingPathComponent("graph.graphml").path])
        #expect(graphml.status == 0, "\(graphml.all)")
        let rapper = try Tools.run(Tools.executable("rapper")!, ["-i", "ntriples", "-c", Self.exports.appendingPathComponent("graph.nt").path])
        #expect(rapper.status == 0 && rapper.all.contains("returned \(count) triples"), "\(rapper.all)")
    }
}
