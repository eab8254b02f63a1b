import Foundation
import NewsGraph
import NewsGraphRDF
import Testing
@testable import NewsGraphExport

/// Hostile text fed through the whole pipeline (decode, repair, extract, merge) and exported:
/// every validator must accept every file.
@Suite struct HostileCorpusTests {
    static let ontology = Tools.repository.appendingPathComponent("ontology")

    static let documents: [String: String] = [
        "hostile-zh.txt": "行政長官李家超今日表示，香港特區政府\u{1}會推出<新措施>&「優秀人才入境計劃」\u{C}。\u{FFFE}\n財政司司長陳茂波\u{FFFF}出席立法會會議 \"質詢\" 'x' ]]> \u{200F}مرحبا\u{202E} 🇭🇰👩‍💻\n",
        "hostile-en.txt": "John Lee Ka-chiu, the Chief Executive of Hong Kong, said <b>\"we & they\"</b>\u{1} \u{FFFD}.\r\nPaul Chan Mo-po, Financial Secretary, attended\u{B} the Legislative Council.\n",
        "hostile-hans.txt": "国务院总理李强在北京会见香港特别行政区行政长官李家超。\u{7F}\u{85}\u{E000}\n",
    ]

    @Test(.enabled(if: FileManager.default.fileExists(atPath: ontology.path), "ontology/ is absent"))
    func exportsOfExtractedHostileTextPassEveryValidator() throws {
        let input = try TemporaryDirectory()
        for (name, text) in Self.documents {
            try Data(text.utf8).write(to: URL(fileURLWithPath: input.path + "/" + name))
        }
        let paths = try InputFiles.expand([input.path])
        let graph = try CorpusGraph.build(paths: paths, pipeline: try Pipeline(ontologyDirectory: Self.ontology), warning: { _ in })
        #expect(graph.documents.count == 3)
        #expect(!graph.nodes.isEmpty && !graph.edges.isEmpty, "the extractor found nothing to export in the hostile text")
        let out = try TemporaryDirectory()
        try GraphExport(graph: graph, ontologyFile: Self.ontology.appendingPathComponent("newsgraph.owl").path).writeAll(to: out.path)
        let count = try String(contentsOfFile: out.path + "/graph.nt", encoding: .utf8).split(separator: "\n").count
        #expect(count > 0)

        // Our own reader first (always available).
        let fromXML = try RDFXMLParser.parse(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: out.path + "/graph.rdf"))), baseIRI: "http://unused.example/", path: "graph.rdf")
        let fromNT = try NTriplesParser.parse(try String(contentsOfFile: out.path + "/graph.nt", encoding: .utf8), path: "graph.nt")
        #expect(fromXML.count == count && fromNT.count == count)
        #expect(zip(fromXML.sorted(by: TermOrder.less), fromNT.sorted(by: TermOrder.less)).allSatisfy { TermOrder.identical($0, $1) })

        if let check = Tools.checkRDFXML, Tools.hasRapper, Tools.hasPythonRDF, Tools.hasJena {
            let result = try Tools.run("/bin/bash", [check, out.path + "/graph.rdf"])
            #expect(result.status == 0, "\(result.all)")
            #expect(result.stdout.contains("COUNTS     triples: rapper=\(count) riot=\(count) oxigraph=\(count) rdflib_distinct=\(count)"), "\(result.stdout)")
        }
        if let check = Tools.checkGraphML, Tools.hasNetworkX {
            let result = try Tools.run("/bin/bash", [check, out.path + "/graph.graphml"])
            #expect(result.status == 0, "\(result.all)")
            #expect(result.stdout.contains("COUNTS     nodes=\(graph.nodes.count + graph.documents.count) edges=\(graph.edges.count)"), "\(result.stdout)")
        }
        if Tools.hasJena {
            let result = try Tools.run("/bin/bash", [Tools.sharedFile("tools/jena.sh")!, "riotcmd.riot", "--validate", "--count", out.path + "/graph.nt"])
            #expect(result.status == 0 && result.all.contains("Triples = \(count)"), "\(result.all)")
        }
    }

    /// Bytes that are no text at all are refused by name, and nothing is exported.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ontology.path), "ontology/ is absent"))
    func undecodableDocumentsAreRefusedByName() throws {
        let input = try TemporaryDirectory()
        try Data([0x61, 0xFF, 0xFE, 0x62]).write(to: URL(fileURLWithPath: input.path + "/broken.txt"))
        try Data([0x61, 0x00, 0x62]).write(to: URL(fileURLWithPath: input.path + "/nul.txt"))
        try Data("李家超".utf8).write(to: URL(fileURLWithPath: input.path + "/good.txt"))
        try Data().write(to: URL(fileURLWithPath: input.path + "/empty.txt"))
        var warnings: [String] = []
        let error = #expect(throws: DocumentErrors.self) {
            try CorpusGraph.build(paths: try InputFiles.expand([input.path]), pipeline: try Pipeline(ontologyDirectory: Self.ontology), warning: { warnings.append($0) })
        }
        #expect(error?.messages.count == 2)
        #expect(error?.messages.contains { $0.contains("broken.txt") } == true)
        #expect(error?.messages.contains { $0.contains("nul.txt") } == true)
        #expect(warnings == [input.path + "/empty.txt: warning: the file is empty; skipped."])
    }
}
