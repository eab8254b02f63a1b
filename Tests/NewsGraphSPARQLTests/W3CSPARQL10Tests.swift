import Foundation
import Testing
import NewsGraphRDF
@testable import NewsGraphSPARQL

/// The SPARQL 1.0 query evaluation tests of the W3C suite (`../shared/w3c-rdf-tests/sparql/sparql10`),
/// every one whose features NewsGraph supports; the others are skipped with a reason.
@Suite struct W3CSPARQL10Tests {
    static let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
    static let qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"

    struct Case {
        var name: String
        var query: URL
        var data: [URL]
        var graphData: [URL]
        var result: URL?
    }

    enum Outcome { case passed, failed(String), skipped(String) }

    static func loadTurtle(_ url: URL) throws -> [Triple] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try TurtleParser.parse(text, baseIRI: url.absoluteString, path: url.path)
    }

    /// The query evaluation tests of the manifests a top manifest includes, in order.
    static func cases(_ top: URL) throws -> [Case] {
        let g = RDFGraphView(try loadTurtle(top))
        var out: [Case] = []
        guard let manifest = g.subjects(Vocabulary.rdfType, .iri(mf + "Manifest")).first,
              let includes = g.object(manifest, mf + "include") else { return out }
        for include in g.list(includes) {
            guard let url = include.iriValue.flatMap(URL.init(string:)) else { continue }
            let m = RDFGraphView(try loadTurtle(url))
            guard let node = m.subjects(Vocabulary.rdfType, .iri(mf + "Manifest")).first, let entries = m.object(node, mf + "entries") else { continue }
            for entry in m.list(entries) where m.objects(entry, Vocabulary.rdfType).contains(.iri(mf + "QueryEvaluationTest")) {
                guard let action = m.object(entry, mf + "action"), let query = m.object(action, qt + "query")?.iriValue else { continue }
                let name = url.deletingLastPathComponent().lastPathComponent + "/" + (m.object(entry, mf + "name")?.literalValue?.lexical ?? entry.description)
                out.append(Case(
                    name: name,
                    query: URL(string: query)!,
                    data: m.objects(action, qt + "data").compactMap { $0.iriValue.flatMap(URL.init(string:)) },
                    graphData: m.objects(action, qt + "graphData").compactMap { $0.iriValue.flatMap(URL.init(string:)) },
                    result: m.object(entry, mf + "result")?.iriValue.flatMap(URL.init(string:))))
            }
        }
        return out
    }

    static func expected(_ url: URL) throws -> ComparableResult? {
        switch url.pathExtension {
        case "ttl": return ResultSetReader.fromRDF(try loadTurtle(url))
        case "srx": return try SPARQLXMLResultReader.read(url)
        case "srj": return try SPARQLJSONResultReader.read(url)
        case "rdf":
            let triples = try RDFXMLParser.parse(bytes: [UInt8](try Data(contentsOf: url)), baseIRI: url.absoluteString, path: url.path)
            return ResultSetReader.fromRDF(triples)
        default: return nil
        }
    }

    static func run(_ c: Case) -> Outcome {
        do {
            guard let resultURL = c.result else { return .skipped("no expected result") }
            let text = try String(contentsOf: c.query, encoding: .utf8)
            let query: SPARQLQuery
            do {
                query = try SPARQLQuery.parse(text, baseIRI: c.query.absoluteString)
            } catch SPARQLError.unsupported(let feature, _, _, _) {
                return .skipped("uses \(feature)")
            }
            var index = TripleIndex()
            // Blank node labels are local to their file: give each file's its own prefix.
            func load(_ url: URL, _ n: Int) throws -> [Triple] {
                func rename(_ t: Term) -> Term { if case .blank(let l) = t { return .blank("f\(n)_" + l) } else { return t } }
                let triples = url.pathExtension == "rdf"
                    ? try RDFXMLParser.parse(bytes: [UInt8](try Data(contentsOf: url)), baseIRI: url.absoluteString, path: url.path)
                    : try loadTurtle(url)
                return triples.map { Triple(rename($0.subject), $0.predicate, rename($0.object)) }
            }
            for (n, d) in c.data.enumerated() { index.insert(contentsOf: try load(d, n)) }
            // Named graphs are named by their file's IRI.
            for (n, g) in c.graphData.enumerated() { index.insert(contentsOf: try load(g, 100 + n), graph: .iri(g.absoluteString)) }
            // FROM / FROM NAMED name files: load them as named graphs the dataset then selects.
            if let dataset = query.dataset {
                for (n, iri) in Set(dataset.defaultGraphs + dataset.namedGraphs).sorted().enumerated() where index.count(inGraph: .iri(iri)) == 0 {
                    guard let url = URL(string: iri), url.isFileURL else { continue }
                    index.insert(contentsOf: try load(url, 200 + n), graph: .iri(iri))
                }
            }
            guard var expected = try expected(resultURL) else { return .skipped("cannot read \(resultURL.lastPathComponent)") }
            var actual = ComparableResult(try index.evaluate(query))
            if query.hasOrderBy && expected.rows.count > 1 { actual.ordered = Self.fullyOrdered(query); expected.ordered = actual.ordered }
            if actual.matches(expected) { return .passed }
            return .failed("expected:\n\(expected)\nactual:\n\(actual)")
        } catch {
            return .failed("\(error)")
        }
    }

    /// Compare sequences only when the ORDER BY keys decide every position: else compare
    /// multisets (ties may come in any order).
    static func fullyOrdered(_ query: SPARQLQuery) -> Bool { query.hasOrderBy }

    @Test(.enabled(if: SharedPaths.hasSPARQL10, "../shared/w3c-rdf-tests/sparql/sparql10 is absent"))
    func sparql10Evaluation() throws {
        try Self.runSuite("SPARQL 1.0", SharedPaths.sparql10.appendingPathComponent("manifest-evaluation.ttl"))
    }

    static func runSuite(_ label: String, _ top: URL, knownFailures: [String: String] = [:]) throws {
        var passed = 0, failed: [(String, String)] = [], skipped: [(String, String)] = []
        for c in try Self.cases(top) {
            if let why = knownFailures[c.name] { skipped.append((c.name, why)); continue }
            switch Self.run(c) {
            case .passed: passed += 1
            case .failed(let why): failed.append((c.name, why))
            case .skipped(let why): skipped.append((c.name, why))
            }
        }
        for (name, why) in skipped { print("skip \(name): \(why)") }
        for (name, why) in failed { print("FAIL \(name): \(why)\n") }
        print("\(label) W3C subset: \(passed) passed, \(failed.count) failed, \(skipped.count) skipped")
        #expect(failed.isEmpty, "\(failed.count) W3C \(label) tests failed: \(failed.map(\.0))")
    }
}
