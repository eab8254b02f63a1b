import Foundation
import NewsGraph
import NewsGraphExport
import NewsGraphRDF
import Testing

/// `NTriplesSplitExporter` and `NTriplesBatches`: pieces whose concatenation is the N-Triples export.
struct SplitExportTests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-split-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [Fixtures.hostile, Fixtures.clean])
    func piecesConcatenateToTheWholeExport(_ graph: KnowledgeGraph) throws {
        let whole = Array(NTriplesExporter().string(graph).utf8)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let limit = 400
        let paths = try NTriplesSplitExporter(maxBytes: limit).export(graph, toDirectory: directory.path)
        #expect(paths.count > 1)
        #expect(paths.map { ($0 as NSString).lastPathComponent } == (1...paths.count).map(NTriplesSplitExporter.fileName))
        var joined: [UInt8] = []
        for path in paths {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(bytes.last == 0x0A, "\(path) ends inside a line")
            let lines = bytes.split(separator: 0x0A)
            #expect(bytes.count <= limit || lines.count == 1, "\(path) has \(bytes.count) bytes")
            joined += bytes
        }
        #expect(joined == whole)
    }

    @Test func aSmallerExportRemovesStalePieces() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = Fixtures.clean
        let many = try NTriplesSplitExporter(maxBytes: 300).export(graph, toDirectory: directory.path)
        try Data("keep".utf8).write(to: directory.appendingPathComponent("notes.nt"))
        let one = try NTriplesSplitExporter(maxBytes: 1 << 20).export(graph, toDirectory: directory.path)
        #expect(many.count > 1 && one.count == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["graph-00001.nt", "notes.nt"])
    }

    @Test func batchesCountTriplesAndBytes() throws {
        let graph = Fixtures.clean
        var batches: [NTriplesBatch] = []
        let total = try NTriplesBatches(maxTriples: 3).forEach(graph) { batches.append($0) }
        #expect(batches.map(\.tripleCount).reduce(0, +) == total)
        #expect(batches.dropLast().allSatisfy { $0.tripleCount == 3 })
        #expect(batches.map(\.number) == Array(1...batches.count))
        #expect(batches.map(\.firstTriple) == batches.indices.map { 3 * $0 + 1 })
        #expect(batches.allSatisfy { $0.bytes.filter { $0 == 0x0A }.count == $0.tripleCount })
        #expect(NTriplesSplitExporter.fileName(7) == "graph-00007.nt")
        #expect(NTriplesSplitExporter.fileName(123456) == "graph-123456.nt")
    }
}
