import ArgumentParser
import Foundation
import Testing
@testable import NewsGraphCLI

@Suite struct ExportCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let ontology = repository.appendingPathComponent("ontology").path

    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-cli-export-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func message(_ arguments: [String]) -> String? {
        do {
            _ = try NewsGraphCommand.parseAsRoot(["export"] + arguments)
            return nil
        } catch {
            return NewsGraphCommand.message(for: error)
        }
    }

    @Test func allFormatsNeedADirectory() {
        #expect(Self.message(["corpus", "--format", "all"]) == "--format all writes several files: give a directory with --out DIR.")
    }

    @Test func documentsOrAStoreNotBoth() {
        #expect(Self.message(["corpus", "--db", "x.sqlite", "--format", "ntriples"]) == "give either documents or --db PATH, not both.")
        #expect(Self.message(["--format", "ntriples"]) == "give the documents to export (files or directories of *.txt), or --db PATH.")
    }

    @Test func theBaseMustBeAnAbsoluteIRI() {
        let message = Self.message(["corpus", "--format", "ntriples", "--base", "not an iri"])
        #expect(message?.hasPrefix("error: the base IRI \"not an iri\" is not an absolute IRI") == true)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: ontology), "ontology/ is absent"))
    func writesEveryFormatIntoTheDirectory() throws {
        let input = try Self.temporaryDirectory(), out = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: input); try? FileManager.default.removeItem(atPath: out) }
        try Data("行政長官李家超今日出席立法會會議。\n".utf8).write(to: URL(fileURLWithPath: input + "/a.txt"))
        var all = try NewsGraphCommand.parseAsRoot(["export", input, "--format", "all", "--out", out + "/all", "--ontology", Self.ontology])
        try all.run()
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/all").sorted() == ["graph.graphml", "graph.nt", "graph.rdf", "ontology.rdf"])
        // One format into an existing directory takes the format's file name; into a path, that path.
        var single = try NewsGraphCommand.parseAsRoot(["export", input, "--format", "graphml", "--out", out, "--ontology", Self.ontology])
        try single.run()
        var named = try NewsGraphCommand.parseAsRoot(["export", input, "--format", "ntriples", "--out", out + "/named.nt", "--ontology", Self.ontology, "--base", "http://example.org/kg/"])
        try named.run()
        #expect(FileManager.default.fileExists(atPath: out + "/graph.graphml"))
        let nt = try String(contentsOfFile: out + "/named.nt", encoding: .utf8)
        #expect(nt.contains("<http://example.org/kg/document/a.txt>"))
    }
}
