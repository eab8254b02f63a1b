import Foundation
import NewsGraph
import NewsGraphRDF
import Testing
@testable import NewsGraphExport

@Suite struct NTriplesExporterTests {
    @Test(arguments: ["clean", "hostile"])
    func linesAreTheSharedFormatterOfTheSortedTriples(_ name: String) {
        let graph = name == "clean" ? Fixtures.clean : Fixtures.hostile
        let rdf = GraphRDF()
        let expected = SortedTriples(graph: graph, rdf: rdf).array().map { NTriples.format($0) + "\n" }.joined()
        #expect(NTriplesExporter(rdf: rdf).string(graph) == expected)
    }

    @Test func cleanGraphMatchesGraphRDFTriplesExactly() {
        let graph = Fixtures.clean
        let expected = GraphRDF().triples(of: graph).map { NTriples.format($0) + "\n" }.joined()
        #expect(NTriplesExporter().string(graph) == expected)
    }

    @Test func encoderEscapesLikeTheSharedFormatter() {
        let text = "a\"b\\c\nd\re\tf\u{0}\u{1}\u{1F}\u{7F}g 李 🇭🇰 \u{FFFE}"
        let triples = [
            Triple(.iri("http://x/a b<c>{d}|e^f`g\\h\"i"), .iri("http://x/p"), .string(text)),
            Triple(.blank("b0"), .iri("http://x/p"), .text(text, language: "zh-Hant")),
            Triple(.iri("http://x/李"), .iri("http://x/p"), .typed("1", "http://www.w3.org/2001/XMLSchema#integer")),
        ]
        for triple in triples {
            var bytes: [UInt8] = []
            NTriplesEncoder.append(triple, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == NTriples.format(triple) + "\n")
        }
    }

    @Test func writesAtomicallyAndLeavesNoTemporaryFile() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/graph.nt"
        let count = try NTriplesExporter().export(Fixtures.hostile, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["graph.nt"])
    }

    @Test func identicalAcrossInputOrder() {
        let forward = GraphBuilder.build(Fixtures.hostileExtractions)
        let backward = GraphBuilder.build(Fixtures.hostileExtractions.reversed())
        #expect(NTriplesExporter().string(forward) == NTriplesExporter().string(backward))
    }
}

@Suite struct TriplePipelineTests {
    @Test func deliversEveryTripleInOrder() throws {
        let graph = GraphBuilder.build(Fixtures.hostileExtractions)
        let stream = SortedTriples(graph: graph, rdf: GraphRDF())
        var received: [Triple] = []
        let count = try TriplePipeline.run(stream) { received.append($0) }
        let expected = stream.array()
        #expect(count == expected.count)
        #expect(received.count == expected.count && zip(received, expected).allSatisfy { TermOrder.identical($0, $1) })
    }

    @Test func aConsumerErrorStopsTheProducerAndIsRethrown() {
        struct Full: Error {}
        let stream = SortedTriples(graph: Fixtures.hostile, rdf: GraphRDF())
        var seen = 0
        #expect(throws: Full.self) {
            try TriplePipeline.run(stream) { _ in
                seen += 1
                if seen == 3 { throw Full() }
            }
        }
        #expect(seen == 3)
    }

    /// A failed export leaves neither the target nor a temporary file behind.
    @Test func aFailedExportLeavesNoFile() throws {
        let dir = try TemporaryDirectory()
        #expect(throws: ExportError.self) {
            try NTriplesExporter().export(Fixtures.hostile, to: dir.path + "/missing/graph.nt")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}

extension TriplePipelineTests {
    /// An export that fails half-way (a predicate RDF/XML cannot write) leaves the previous file
    /// under the target name untouched and no temporary file.
    @Test func aFailureHalfWayKeepsThePreviousFile() throws {
        var graph = Fixtures.clean
        let edge = graph.edges[0]
        graph.edges.append(GraphEdge(id: "rel:ffff", subject: edge.subject, predicate: "123", object: edge.object, document: edge.document,
                                     evidence: "x", start: 0, end: 1, rule: "r", confidence: 1))
        graph = KnowledgeGraph(nodes: graph.nodes, edges: graph.edges, documents: graph.documents)
        let dir = try TemporaryDirectory()
        let path = dir.path + "/graph.rdf"
        try Data("previous".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try RDFXMLExporter().export(graph, to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["graph.rdf"])
    }
}
