import Foundation
import Testing
import NewsGraphOntology
@testable import NewsGraph

/// The steps of the DocC article "Using NewsGraph from Swift", run on the example corpus with
/// the real ontology, so the article's code keeps working.
@Suite struct UsingNewsGraphArticleTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let available = FileManager.default.fileExists(atPath: package.appendingPathComponent("ontology/newsgraph.owl").path)

    static let query: GraphQuery? = {
        guard available else { return nil }
        guard let pipeline = try? Pipeline(ontologyDirectory: package.appendingPathComponent("ontology")),
              let paths = try? InputFiles.expand([package.appendingPathComponent("Tests/Fixtures/corpus").path]),
              let graph = try? pipeline.graph(of: paths.map(InputFiles.read)) else { return nil }
        return GraphQuery(graph: graph, catalog: pipeline.catalog)
    }()

    @Test(.enabled(if: available, "ontology/ is absent"))
    func theArticleRunsOnTheExampleCorpus() throws {
        let query = try #require(Self.query)
        // Any name, any script.
        let lee = try query.resolve("Li Ka-chiu")
        #expect(lee.id == "ent:john-lee-ka-chiu")
        #expect(try query.resolve("李家超").id == lee.id)
        #expect(try query.resolve("李家超").id == lee.id)
        #expect(try query.resolve("JOHN LEE").id == lee.id)
        // Ambiguity lists every candidate.
        #expect(throws: GraphQueryError.self) { try query.resolve("Sun") }
        do {
            _ = try query.resolve("Sun")
        } catch GraphQueryError.ambiguous(_, let candidates) {
            #expect(Set(candidates.map(\.id)) == ["ent:sun-dong", "ent:chris-sun-yuk-han"])
        }
        // Unknown to the documents, known to the catalog.
        #expect(throws: GraphQueryError.notFound(name: "DeepSeek", catalogIDs: ["deepseek"])) { try query.resolve("DeepSeek") }

        // What positions does 李家超 hold, and where is that stated?
        let positions = query.relations(of: lee.id, predicate: "holdsPositionIn")
        #expect(positions.contains { $0.otherID == "ent:hksar-government" && $0.edge.role == "行政長官" })
        for relation in positions {
            let document = try #require(relation.document)
            #expect(document.name.hasPrefix(Self.package.appendingPathComponent("Tests/Fixtures/corpus").path))
            #expect(relation.end > relation.start)
            #expect(relation.evidence.unicodeScalars.count == relation.end - relation.start)
        }

        // Neighbourhood.
        let around = query.neighbourhood(of: "ent:cyberport", depth: 2)
        #expect(around.neighbours.map(\.id).prefix(2) == ["ent:cyberport", "ent:hong-kong"])
        #expect(around.neighbours.dropFirst().allSatisfy { $0.via != nil })

        // How are Qianhai and Cyberport connected?
        let path = try #require(query.shortestPath(from: try query.resolve("前海").id, to: "ent:cyberport", maxHops: 6))
        #expect(path.ids == ["ent:qianhai", "ent:greater-bay-area", "ent:hong-kong", "ent:cyberport"])

        // Which places are located in the Greater Bay Area?
        let result = try query.query(sparql: """
            PREFIX kg: <https://newsgraph.example/ontology#>
            PREFIX ent: <https://newsgraph.example/id/entity/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?place ?name WHERE {
              ?place kg:locatedIn/kg:partOf* ent:greater-bay-area ; rdfs:label ?name .
            } ORDER BY ?name
            """)
        let names = result.rows.compactMap { $0[1] }.map { "\($0)" }
        #expect(names.contains { $0.contains("Cyberport") })
        #expect(names.contains { $0.contains("Hong Kong Exchanges and Clearing Limited") })
    }
}
