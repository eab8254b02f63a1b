import Foundation
import Testing
import NewsGraphRDF
import NewsGraphSPARQL

/// The same graph (NewsGraph's RDF shape, as N-Triples) and the same queries through
/// NewsGraph and through pyoxigraph: the result multisets must be equal.
@Suite struct DifferentialTests {
    static let script = #"""
    import json, sys
    import pyoxigraph as ox
    store = ox.Store()
    store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES)
    out = []
    for q in json.load(open(sys.argv[2], encoding="utf-8")):
        res = store.query(q)
        if isinstance(res, ox.QueryBoolean):
            out.append({"boolean": bool(res)})
        else:
            vs = [v.value for v in res.variables]
            out.append({"vars": vs, "rows": [[None if s[v] is None else str(s[v]) for v in vs] for s in res]})
    json.dump(out, sys.stdout, ensure_ascii=False)
    """#

    /// Terms as N-Triples text, with language tags lower-cased (Oxigraph normalises them) and
    /// integral decimals without ".0".
    static func normalize(_ text: String) -> String {
        var t = text
        if let at = t.range(of: "\"@", options: .backwards) {
            t = String(t[..<at.upperBound]) + t[at.upperBound...].lowercased()
        }
        t = t.replacingOccurrences(of: ".0\"^^<http://www.w3.org/2001/XMLSchema#decimal>", with: "\"^^<http://www.w3.org/2001/XMLSchema#decimal>")
        return t
    }

    /// Rows only one side has (as multisets), or both sequences when only the order differs.
    static func difference(_ ours: [String], _ theirs: [String]) -> String {
        var counts: [String: Int] = [:]
        for r in ours { counts[r, default: 0] += 1 }
        for r in theirs { counts[r, default: 0] -= 1 }
        let onlyOurs = counts.filter { $0.value > 0 }.keys.sorted(), onlyTheirs = counts.filter { $0.value < 0 }.keys.sorted()
        if onlyOurs.isEmpty && onlyTheirs.isEmpty {
            return "same rows, different order:\nNewsGraph:\n" + ours.prefix(15).joined(separator: "\n") + "\npyoxigraph:\n" + theirs.prefix(15).joined(separator: "\n")
        }
        return "only NewsGraph:\n" + onlyOurs.prefix(15).joined(separator: "\n") + "\nonly pyoxigraph:\n" + onlyTheirs.prefix(15).joined(separator: "\n")
    }

    @Test(.enabled(if: Python.canImport("pyoxigraph"), "python3 module pyoxigraph is missing (pip install pyoxigraph)"))
    func sameAnswersAsPyoxigraph() throws {
        let triples = NewsGraphLikeGenerator.triples()
        let nt = triples.map { NTriples.format($0) }.joined(separator: "\n") + "\n"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-diff-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if ProcessInfo.processInfo.environment["KEEP_DIFF"] == nil { try? FileManager.default.removeItem(at: dir) } }
        let ntURL = dir.appendingPathComponent("graph.nt"), queriesURL = dir.appendingPathComponent("queries.json")
        let scriptURL = dir.appendingPathComponent("run.py")
        try nt.write(to: ntURL, atomically: true, encoding: .utf8)
        let texts = DifferentialQueries.all.map { DifferentialQueries.prologue + $0.text }
        try JSONSerialization.data(withJSONObject: texts).write(to: queriesURL)
        try Self.script.write(to: scriptURL, atomically: true, encoding: .utf8)

        // NewsGraph reads the same N-Triples text back.
        let index = TripleIndex(triples: try TurtleParser.parse(nt, baseIRI: "", path: ntURL.path))
        let (status, stdout, stderr) = try Python.run([scriptURL.path, ntURL.path, queriesURL.path])
        try #require(status == 0, "pyoxigraph failed: \(stderr)")
        let peer = try #require(try JSONSerialization.jsonObject(with: stdout) as? [[String: Any]])

        var agreed = 0
        for (i, q) in DifferentialQueries.all.enumerated() {
            let mine = try index.evaluate(SPARQLQuery.parse(texts[i]))
            if let b = peer[i]["boolean"] as? Bool {
                #expect(mine.boolean == b, "\(q.name): NewsGraph \(String(describing: mine.boolean)), pyoxigraph \(b)")
                if mine.boolean == b { agreed += 1 }
                continue
            }
            let vars = peer[i]["vars"] as? [String] ?? []
            let theirs = (peer[i]["rows"] as? [[Any]] ?? []).map { row in
                row.map { ($0 as? String).map(Self.normalize) ?? "UNBOUND" }.joined(separator: " | ")
            }
            let columns = vars.map { v in mine.variables.firstIndex(of: v) }
            let ours = mine.rows.map { row in
                columns.map { c in c.flatMap { row[$0] }.map { Self.normalize(NTriples.format($0)) } ?? "UNBOUND" }.joined(separator: " | ")
            }
            let same = q.ordered ? ours == theirs : ours.sorted() == theirs.sorted()
            #expect(same, "\(q.name): NewsGraph \(ours.count) rows, pyoxigraph \(theirs.count)\n\(Self.difference(ours, theirs))")
            #expect(!theirs.isEmpty || q.name == "values-labels", "\(q.name): no rows; the query does not test much")
            if same { agreed += 1 }
        }
        print("Differential (NewsGraph vs pyoxigraph): \(agreed) of \(DifferentialQueries.all.count) queries agree on \(triples.count) triples")
    }
}
