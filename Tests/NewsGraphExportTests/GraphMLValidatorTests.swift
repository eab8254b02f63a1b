import Foundation
import NewsGraph
import NewsGraphRDF
import Testing
@testable import NewsGraphExport

/// GraphML exports of the hostile graph, checked by the tools users load them with.
@Suite struct GraphMLValidatorTests {
    static func exported(_ graph: KnowledgeGraph = Fixtures.hostile) throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/graph.graphml"
        try GraphMLExporter().export(graph, to: path)
        return (dir, path)
    }

    @Test(.enabled(if: Tools.hasXmllint && Tools.graphMLSchema != nil, "needs xmllint (libxml2-utils) and ../shared/schemas/graphml/graphml.xsd"))
    func validAgainstTheGraphMLSchema() throws {
        for graph in [Fixtures.hostile, Fixtures.dangling] {
            let (dir, path) = try Self.exported(graph)
            let result = try Tools.run(Tools.executable("xmllint")!, ["--noout", "--nonet", "--schema", Tools.graphMLSchema!, path])
            #expect(result.status == 0, "\(result.all)")
            #expect(result.all.contains("validates"))
            _ = dir
        }
    }

    @Test(.enabled(if: Tools.checkGraphML != nil && Tools.hasXmllint && Tools.hasNetworkX, "needs ../shared/tools/check_graphml.sh, xmllint, python networkx and igraph (install-validators.sh)"))
    func acceptedByEveryValidatorWithTheSameCounts() throws {
        let graph = Fixtures.hostile
        let (dir, path) = try Self.exported(graph)
        let result = try Tools.run("/bin/bash", [Tools.checkGraphML!, path])
        #expect(result.status == 0, "\(result.all)")
        #expect(!result.stdout.contains("SKIP"), "\(result.stdout)")
        #expect(result.stdout.contains("COUNTS     nodes=\(graph.nodes.count + graph.documents.count) edges=\(graph.edges.count)"), "\(result.stdout)")
        _ = dir
    }

    /// networkx and igraph read back every attribute value the graph holds (sanitised for XML).
    @Test(.enabled(if: Tools.hasNetworkX, "needs python networkx and igraph (install-validators.sh)"))
    func networkxAndIgraphReadTheSameValues() throws {
        let graph = Fixtures.hostile
        let (dir, path) = try Self.exported(graph)
        let script = """
        import json, sys, networkx, igraph
        path = sys.argv[1]
        g = networkx.read_graphml(path)
        out = {"nx_type": type(g).__name__, "nx_nodes": {n: {k: v for k, v in d.items()} for n, d in g.nodes(data=True)},
               "nx_edges": {k: dict(d, source=s, target=t) for s, t, k, d in g.edges(keys=True, data=True)}}
        h = igraph.Graph.Read_GraphML(path)
        out["ig_directed"] = h.is_directed()
        out["ig_nodes"] = {v["id"]: {a: v[a] for a in h.vs.attributes() if v[a] is not None and v[a] == v[a] and a != "id"} for v in h.vs}
        out["ig_edges"] = {e["graph_id"]: dict({a: e[a] for a in h.es.attributes() if e[a] is not None and e[a] == e[a] and a != "id"},
                                       source=h.vs[e.source]["id"], target=h.vs[e.target]["id"]) for e in h.es}
        json.dump(out, sys.stdout, ensure_ascii=True)
        """
        let result = try Tools.run(Tools.executable("python3")!, ["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["nx_type"] as? String == "MultiDiGraph")
        #expect(json["ig_directed"] as? Bool == true)
        let nxNodes = try #require(json["nx_nodes"] as? [String: [String: Any]])
        let nxEdges = try #require(json["nx_edges"] as? [String: [String: Any]])
        let igNodes = try #require(json["ig_nodes"] as? [String: [String: Any]])
        let igEdges = try #require(json["ig_edges"] as? [String: [String: Any]])
        #expect(nxNodes.count == graph.nodes.count + graph.documents.count)
        #expect(nxEdges.count == graph.edges.count)
        #expect(igNodes.count == nxNodes.count)
        #expect(igEdges.count == nxEdges.count)
        let clean = ExportText.clean
        for node in graph.nodes {
            let id = GraphMLID.make(node.id)
            var expected: [String: Any] = [
                "graph_id": node.id, "label": clean(node.label), "type": node.type.description,
                "class_iri": GraphRDF.kg(node.type.className).iriValue!, "mention_count": node.mentionCount,
                "document_count": node.documents.count, "in_catalog": node.inCatalog,
            ]
            for (tag, label) in node.labels { expected[GraphMLKey.labelName(tag)] = clean(label) }
            if !node.aliases.isEmpty { expected["aliases"] = clean(node.aliases.joined(separator: " | ")) }
            for (reader, nodes) in [("networkx", nxNodes), ("igraph", igNodes)] {
                let actual = try #require(nodes[id], "\(reader) lacks node \(id)")
                for (key, value) in expected {
                    #expect(same(actual[key], value), "\(reader) node \(id) \(key): \(String(describing: actual[key])) != \(value)")
                }
            }
        }
        for edge in graph.edges {
            var expected: [String: Any] = [
                "predicate": edge.predicate, "predicate_iri": GraphRDF.kg(edge.predicate).iriValue!,
                "evidence": clean(edge.evidence), "document": GraphMLID.make(edge.document), "start": edge.start,
                "end": edge.end, "rule": edge.rule, "confidence": edge.confidence,
            ]
            if let role = edge.role { expected["role"] = role }
            let nx = try #require(nxEdges[edge.id], "networkx lacks edge \(edge.id)")
            #expect(nx["source"] as? String == GraphMLID.make(edge.subject))
            #expect(nx["target"] as? String == GraphMLID.make(edge.object))
            let ig = try #require(igEdges[edge.id], "igraph lacks edge \(edge.id)")
            #expect(ig["source"] as? String == GraphMLID.make(edge.subject))
            #expect(ig["target"] as? String == GraphMLID.make(edge.object))
            for (reader, actual) in [("networkx", nx), ("igraph", ig)] {
                for (key, value) in expected {
                    #expect(same(actual[key], value), "\(reader) edge \(edge.id) \(key): \(String(describing: actual[key])) != \(value)")
                }
            }
        }
        _ = dir
    }
}

/// Compares a JSON value with an expected Swift value (numbers by value, booleans as 0/1 too).
private func same(_ actual: Any?, _ expected: Any) -> Bool {
    switch expected {
    case let s as String: return actual as? String == s
    case let b as Bool:
        if let a = actual as? Bool { return a == b }
        return (actual as? NSNumber)?.intValue == (b ? 1 : 0)
    case let i as Int: return (actual as? NSNumber)?.doubleValue == Double(i)
    case let d as Double: return (actual as? NSNumber)?.doubleValue == d
    default: return false
    }
}
