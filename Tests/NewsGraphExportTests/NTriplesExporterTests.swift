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
