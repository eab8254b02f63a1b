import Foundation
import Testing

/// One store built from the example corpus (Tests/Fixtures/corpus) with the real ontology,
/// shared by the query command tests (building it takes a second; the tests only read it).
/// `withOntology` is a copy with `ontology/newsgraph.owl` imported as a named graph, so queries
/// can climb `rdfs:subClassOf` from `kg:Company` to `kg:Organization`.
final class QueryFixture: Sendable {
    static let shared = QueryFixture()

    let directory: URL
    let store: String
    let withOntology: String
    /// Why the store could not be built (nil when it was).
    let failure: String?

    private init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-query-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = directory.appendingPathComponent("corpus.sqlite").path
        withOntology = directory.appendingPathComponent("corpus-ontology.sqlite").path
        let package = CommandRunner.packageDirectory
        let ontology = package.appendingPathComponent("ontology").path
        var failure: String?
        do {
            // Relative, so documents are named Tests/Fixtures/corpus/... as in the README.
            let build = try CommandRunner.run(["build", "Tests/Fixtures/corpus", "--db", store, "--ontology", ontology], in: package)
            if build.status != 0 { failure = "build failed: \(build.stderr)" }
            try FileManager.default.copyItem(atPath: store, toPath: withOntology)
            let imported = try CommandRunner.run(["import", ontology + "/newsgraph.owl", "--graph", "https://newsgraph.example/ontology", "--db", withOntology], in: directory)
            if imported.status != 0 { failure = "import failed: \(imported.stderr)" }
        } catch {
            failure = "\(error)"
        }
        self.failure = failure
    }

    /// Runs `newsgraph ARGS --db STORE` in the fixture's directory.
    func run(_ arguments: [String], db: String? = nil, columns: Int = 80) throws -> CommandResult {
        #expect(failure == nil, "\(failure ?? "")")
        return try CommandRunner.run(arguments + ["--db", db ?? store], in: directory, environment: ["COLUMNS": String(columns)])
    }

    static let prologue = """
        PREFIX kg: <https://newsgraph.example/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        PREFIX ent: <https://newsgraph.example/id/entity/>

        """
}

/// Terminal columns of a line: East Asian wide characters count two. Written apart from the
/// renderer's own table so that the test checks it rather than repeats it.
func terminalWidth(_ line: String) -> Int {
    line.unicodeScalars.reduce(0) { width, scalar in
        let v = scalar.value
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || v >= 0x20000
        return width + (wide ? 2 : 1)
    }
}
