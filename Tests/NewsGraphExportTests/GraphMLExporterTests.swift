import Foundation
import NewsGraph
import Testing
@testable import NewsGraphExport

@Suite struct GraphMLExporterTests {
    @Test func keysAreDeclaredBeforeTheGraphWithNamesAndTypes() throws {
        let xml = try GraphMLExporter().string(Fixtures.hostile)
        let graphStart = try #require(xml.range(of: "<graph "))
        let head = xml[..<graphStart.lowerBound]
        for key in GraphMLKey.nodeKeys(tags: GraphMLKey.standardTags) + GraphMLKey.edgeKeys {
            #expect(head.contains("<key id=\"\(key.id)\" for=\"\(key.domain.rawValue)\" attr.name=\"\(key.name)\" attr.type=\"\(key.kind.rawValue)\"/>"))
        }
        #expect(!xml[graphStart.lowerBound...].contains("<key "))
        #expect(xml.contains("edgedefault=\"directed\""))
    }

    @Test func idsAreNMTokensAndOriginalIdsAreKept() throws {
        let graph = Fixtures.hostile
        let xml = try GraphMLExporter().string(graph)
        let unknown = "ent:x-Organization/Company-「港鐵」"
        let made = GraphMLID.make(unknown)
        #expect(made.hasPrefix("ent:x-Organization_Company-_"))
        #expect(made.utf8.allSatisfy { $0 < 0x80 && $0 != 0x2F && $0 != 0x20 })
        #expect(xml.contains("<node id=\"\(made)\">"))
        #expect(xml.contains("<data key=\"n_graph_id\">\(unknown)</data>"))
        #expect(xml.contains("<node id=\"ent:john-lee-ka-chiu\">"))
        #expect(GraphMLID.make("ent:john-lee-ka-chiu") == "ent:john-lee-ka-chiu")
        #expect(GraphMLID.make("a/b") != GraphMLID.make("a b"))
    }

    @Test func parallelEdgesKeepTheirOwnIds() throws {
        let graph = Fixtures.hostile
        let xml = try GraphMLExporter().string(graph)
        let holds = graph.edges.filter { $0.predicate == "holdsPositionIn" }
        #expect(holds.count == 2)
        for edge in holds {
            #expect(xml.contains("<edge id=\"\(edge.id)\" source=\"ent:john-lee-ka-chiu\" target=\"ent:hksar-government\">"))
        }
    }

    @Test func hostileTextIsEscapedAndSanitised() throws {
        let xml = try GraphMLExporter().string(Fixtures.hostile)
        #expect(!xml.unicodeScalars.contains { $0.value == 0xFFFD || $0.value == 0xFFFE || $0.value == 0xFFFF })
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        #expect(xml.contains("John Lee &lt;Ka-chiu&gt; &amp; &quot;李家超&quot;"))
        #expect(xml.contains("🇭🇰👩‍💻"))
    }

    @Test func aliasesAreOneStringWithTheDocumentedSeparator() throws {
        var graph = Fixtures.clean
        graph.nodes[0].aliases = ["A", "B C"]
        let xml = try GraphMLExporter().string(graph)
        #expect(xml.contains("<data key=\"n_aliases\">A | B C</data>"))
    }

    @Test func danglingEdgeEndsGetANode() throws {
        let xml = try GraphMLExporter().string(Fixtures.dangling)
        #expect(xml.contains("<node id=\"ent:not-in-graph\">"))
    }

    @Test func documentsAreNodesSoAuthorOfHasATarget() throws {
        let graph = Fixtures.hostile
        let xml = try GraphMLExporter().string(graph)
        let author = try #require(graph.edges.first { $0.predicate == "authorOf" })
        #expect(graph.document(author.object) != nil)
        #expect(xml.contains("<node id=\"\(GraphMLID.make(author.object))\">"))
        #expect(xml.contains("<data key=\"n_type\">Document</data>"))
    }

    @Test func identicalAcrossInputOrder() throws {
        let forward = GraphBuilder.build(Fixtures.hostileExtractions)
        let backward = GraphBuilder.build(Fixtures.hostileExtractions.reversed())
        #expect(try GraphMLExporter().string(forward) == GraphMLExporter().string(backward))
    }
}
