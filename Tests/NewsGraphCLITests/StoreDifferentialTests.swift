import Foundation
import NewsGraphRDF
import NewsGraphStore
import Testing

/// The store's own graph (the example corpus plus the imported ontology), exported as N-Triples
/// and loaded into pyoxigraph; the same queries through `newsgraph query --format json` and
/// through pyoxigraph must give equal result multisets.
@Suite struct StoreDifferentialTests {
    static let pythonHasOxigraph: Bool = {
        (try? CommandRunner.runProgram("/usr/bin/env", ["python3", "-c", "import pyoxigraph"], in: FileManager.default.temporaryDirectory).status) == 0
    }()

    /// Prints every result as JSON: terms as [kind, value, language, datatype].
    static let script = #"""
    import json, sys
    import pyoxigraph as ox
    store = ox.Store()
    try:
        store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES)
    except AttributeError:
        store.bulk_load(sys.argv[1], "application/n-triples")
    def term(t):
        if t is None:
            return None
        if isinstance(t, ox.NamedNode):
            return ["uri", t.value, "", ""]
        if isinstance(t, ox.BlankNode):
            return ["bnode", t.value, "", ""]
        return ["literal", t.value, t.language or "", "" if t.language else t.datatype.value]
    out = []
    for q in json.load(open(sys.argv[2], encoding="utf-8")):
        res = store.query(q)
        if isinstance(res, bool) or type(res).__name__ == "QueryBoolean":
            out.append({"boolean": bool(res)})
        else:
            vs = [v.value for v in res.variables]
            out.append({"vars": vs, "rows": [[term(s[v]) for v in vs] for s in res]})
    json.dump(out, sys.stdout, ensure_ascii=False)
    """#

    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    /// One term as text both sides agree on: language tags in lower case (Oxigraph normalises
    /// them), xsd:string written out, decimals and doubles by value.
    static func canonical(kind: String, value: String, language: String, datatype: String) -> String {
        switch kind {
        case "uri": return "<\(value)>"
        case "bnode": return "_:"
        default:
            if !language.isEmpty { return "\"\(value)\"@\(language.lowercased())" }
            let type = datatype.isEmpty ? xsd + "string" : datatype
            if [xsd + "decimal", xsd + "double", xsd + "float"].contains(type), let number = Double(value) {
                return "\"\(number)\"^^<\(type)>"
            }
            return "\"\(value)\"^^<\(type)>"
        }
    }

    /// Rows of a W3C SPARQL JSON result (from `newsgraph query --format json`), sorted, or
    /// ["ASK true"] for a boolean.
    static func rows(fromW3CJSON data: Data) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        if let boolean = object["boolean"] as? Bool { return ["ASK \(boolean)"] }
        let variables = try #require((object["head"] as? [String: Any])?["vars"] as? [String])
        let bindings = try #require((object["results"] as? [String: Any])?["bindings"] as? [[String: [String: String]]])
        return bindings.map { binding in
            variables.map { variable in
                guard let term = binding[variable] else { return "UNBOUND" }
                let kind = term["type"] == "bnode" ? "bnode" : term["type"] == "uri" ? "uri" : "literal"
                return canonical(kind: kind, value: term["value"] ?? "", language: term["xml:lang"] ?? "", datatype: term["datatype"] ?? "")
            }.joined(separator: " | ")
        }.sorted()
    }

    static func rows(fromPython result: [String: Any]) throws -> [String] {
        if let boolean = result["boolean"] as? Bool { return ["ASK \(boolean)"] }
        let rows = try #require(result["rows"] as? [[Any]])
        return rows.map { row in
            row.map { cell in
                guard let term = cell as? [String] else { return "UNBOUND" }
                return canonical(kind: term[0], value: term[1], language: term[2], datatype: term[3])
            }.joined(separator: " | ")
        }.sorted()
    }

    @Test(.enabled(if: pythonHasOxigraph, "python3 module pyoxigraph is missing (pip install pyoxigraph)"))
    func storeQueriesAgreeWithPyoxigraph() throws {
        let fixture = QueryFixture.shared
        let directory = fixture.directory.appendingPathComponent("differential-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let store = try GraphStore.open(at: fixture.withOntology, mode: .readOnly)
        let triples = try store.allTriples()
        try store.close()
        #expect(triples.count > 1000)
        let ntriples = directory.appendingPathComponent("store.nt")
        try (triples.map { NTriples.format($0) }.joined(separator: "\n") + "\n").write(to: ntriples, atomically: true, encoding: .utf8)

        let queries = StoreDifferentialQueries.all.map { QueryFixture.prologue + $0.text }
        let queriesFile = directory.appendingPathComponent("queries.json")
        try JSONSerialization.data(withJSONObject: queries).write(to: queriesFile)
        let scriptFile = directory.appendingPathComponent("oxigraph.py")
        try Self.script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let python = try CommandRunner.runProgram("/usr/bin/env", ["python3", scriptFile.path, ntriples.path, queriesFile.path], in: directory)
        #expect(python.status == 0, "\(python.stderr)")
        let theirs = try #require(try JSONSerialization.jsonObject(with: Data(python.stdout.utf8)) as? [[String: Any]])
        #expect(theirs.count == queries.count)

        // Each query through the CLI, two at a time (each run loads the store).
        let ours = Locked([CommandResult?](repeating: nil, count: queries.count))
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in stride(from: worker, to: queries.count, by: 2) {
                let result = try? fixture.run(["query", queries[index], "--format", "json"], db: fixture.withOntology)
                ours.withLock { $0[index] = result }
            }
        }

        var agreeing = 0
        for (index, query) in StoreDifferentialQueries.all.enumerated() {
            let result = try #require(ours.withLock { $0[index] }, "\(query.name): did not run")
            #expect(result.status == 0, "\(query.name): \(result.stderr)")
            let mine = try Self.rows(fromW3CJSON: Data(result.stdout.utf8))
            let other = try Self.rows(fromPython: theirs[index])
            if mine == other {
                agreeing += 1
            } else {
                Issue.record("\(query.name): NewsGraph \(mine.count) rows, pyoxigraph \(other.count)\nonly NewsGraph: \(Set(mine).subtracting(other).sorted().prefix(5))\nonly pyoxigraph: \(Set(other).subtracting(mine).sorted().prefix(5))")
            }
        }
        let nonEmpty = try StoreDifferentialQueries.all.indices.filter { try !Self.rows(fromPython: theirs[$0]).isEmpty }.count
        print("store differential: \(agreeing) of \(queries.count) queries agree with pyoxigraph (\(nonEmpty) with non-empty answers) on \(triples.count) triples")
        #expect(agreeing == queries.count)
        #expect(nonEmpty >= queries.count - 2, "queries that answer nothing compare nothing")
    }
}
