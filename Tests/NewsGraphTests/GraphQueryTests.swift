import Testing
import NewsGraphOntology
import NewsGraphRDF
import NewsGraphSPARQL
@testable import NewsGraph

@Suite struct GraphQueryNameTests {
    let query = GraphQueryFixtures.query

    @Test(arguments: [
        "李家超", "John Lee", "john lee", "ＪＯＨＮ　ＬＥＥ", "John Lee Ka-chiu", "john-lee ka chiu",
        "Li Ka-chiu", "LI KA CHIU", "Lee Ka-chiu",  // catalog aliases the graph's node does not carry
        "ent:john-lee-ka-chiu", "https://newsgraph.example/id/entity/john-lee-ka-chiu", "  李家超 ",
    ])
    func everyNameOfJohnLeeFindsOneNode(name: String) throws {
        #expect(try query.resolve(name).id == "ent:john-lee-ka-chiu")
    }

    @Test(arguments: [("陈茂波", "ent:paul-chan-mo-po"), ("陳茂波", "ent:paul-chan-mo-po"), ("数码港", "ent:cyberport"), ("數碼港", "ent:cyberport"), ("Hong Kong Cyberport", "ent:cyberport"), ("hkust", "ent:hkust")])
    func traditionalSimplifiedAndCatalogAliasesMeet(name: String, id: String) throws {
        #expect(try query.resolve(name).id == id)
        #expect(query.entities(named: name).map(\.id) == [id])
    }

    @Test func ambiguousNameReturnsEveryCandidateMostMentionedFirst() {
        #expect(query.entities(named: "Chan").map(\.id) == ["ent:eric-chan-kwok-ki", "ent:paul-chan-mo-po"])
        #expect(throws: GraphQueryError.ambiguous(name: "Chan", candidates: query.entities(named: "Chan"))) {
            try query.resolve("Chan")
        }
        #expect(throws: GraphQueryError.self) { try query.resolve("chan", type: EntityType(.person)) }
        let message = GraphQueryError.ambiguous(name: "Chan", candidates: query.entities(named: "Chan")).description
        #expect(message == """
            'Chan' names 2 entities; give an id or a fuller name:
              ent:eric-chan-kwok-ki  Person  Eric Chan Kwok-ki  (3 mentions)
              ent:paul-chan-mo-po  Person  Paul Chan Mo-po  (2 mentions)
            """)
    }

    @Test func partOfANameFindsTheOnlyEntityThatHasIt() throws {
        #expect(try query.resolve("Paul").id == "ent:paul-chan-mo-po")
        #expect(try query.resolve("chan kwok").id == "ent:eric-chan-kwok-ki")
        #expect(try query.resolve("海港").id == "ent:x-organization-1")
        #expect(query.entities(matching: "Kong").map(\.id) == ["ent:hong-kong", "ent:cyberport"])
        // Latin words are whole: "Cyber" is not part of "Cyberport".
        #expect(throws: GraphQueryError.notFound(name: "Cyber", catalogIDs: [])) { try query.resolve("Cyber") }
    }

    @Test func unknownNamesSayWhetherTheCatalogKnowsThem() {
        #expect(throws: GraphQueryError.notFound(name: "DeepSeek", catalogIDs: ["deepseek"])) { try query.resolve("DeepSeek") }
        #expect(throws: GraphQueryError.notFound(name: "Nobody", catalogIDs: [])) { try query.resolve("Nobody") }
        #expect(GraphQueryError.notFound(name: "深度求索", catalogIDs: ["deepseek"]).description
            == "no document mentions '深度求索': the catalog knows it (ent:deepseek), but it is not in the graph. Build the documents that mention it first.")
    }

    @Test func typeNarrowsCandidates() throws {
        #expect(query.entities(ofType: EntityType(.organization)).map(\.id) == ["ent:hksar-government", "ent:hkust", "ent:x-organization-1"])
        #expect(query.entities(ofType: EntityType(.organization, "University")).map(\.id) == ["ent:hkust"])
        #expect(throws: GraphQueryError.notFound(name: "Chan", catalogIDs: [])) { try query.resolve("Chan", type: EntityType(.place)) }
    }
}

@Suite struct GraphQueryRelationTests {
    let query = GraphQueryFixtures.query

    @Test func relationsCarryTheirEvidence() {
        let positions = query.relations(of: "ent:john-lee-ka-chiu", predicate: "holdsPositionIn")
        #expect(positions.map(\.otherID) == ["ent:hksar-government", "ent:hong-kong", "ent:hong-kong"])
        #expect(positions.map { $0.document?.name } == ["a.txt", "a.txt", "b.txt"])
        #expect(positions.allSatisfy { $0.direction == .outgoing })
        #expect(positions[0].evidence == "行政長官李家超表示特區政府會支持。")
        #expect((positions[0].start, positions[0].end) == (0, 17))
        #expect(positions[0].edge.role == "行政長官")
        #expect(positions[2].evidence == "John Lee leads Hong Kong.")
        #expect((positions[2].start, positions[2].end) == (40, 65))
        // The predicate may be written as kg:name or as its IRI.
        #expect(query.relations(of: "ent:john-lee-ka-chiu", predicate: "kg:holdsPositionIn") == positions)
        #expect(query.relations(of: "ent:john-lee-ka-chiu", predicate: "<https://newsgraph.example/ontology#holdsPositionIn>") == positions)
    }

    @Test func directionFiltersAndIncomingRelations() {
        let all = query.relations(of: "ent:hong-kong")
        #expect(all.map(\.direction) == [.outgoing, .incoming, .incoming, .incoming, .incoming])
        let incoming = query.relations(of: "ent:hong-kong", direction: .incoming)
        #expect(incoming.map(\.predicate) == ["holdsPositionIn", "holdsPositionIn", "locatedIn", "locatedIn"])
        #expect(incoming.map(\.otherID) == ["ent:john-lee-ka-chiu", "ent:john-lee-ka-chiu", "ent:cyberport", "ent:hkust"])
        #expect(query.relations(of: "ent:hong-kong", direction: .outgoing).map(\.otherID) == ["ent:greater-bay-area"])
        #expect(query.relations(of: "ent:x-organization-1").isEmpty)
        #expect(query.relations(of: "ent:nothing").isEmpty)
    }

    @Test func authorshipPointsAtTheDocument() {
        let authored = query.relations(of: "ent:paul-chan-mo-po", predicate: "authorOf")
        #expect(authored.map(\.otherID) == ["doc:c.txt"])
        #expect(query.label(of: "doc:c.txt") == "c.txt")
    }
}

@Suite struct GraphQueryTraversalTests {
    let query = GraphQueryFixtures.query

    @Test func neighbourhoodGrowsRingByRing() {
        let one = query.neighbourhood(of: "ent:cyberport", depth: 1)
        #expect(one.neighbours.map(\.id) == ["ent:cyberport", "ent:hong-kong"])
        #expect(one.edges.count == 1)
        let two = query.neighbourhood(of: "ent:cyberport", depth: 2)
        #expect(two.neighbours.map(\.id) == ["ent:cyberport", "ent:hong-kong", "ent:greater-bay-area", "ent:hkust", "ent:john-lee-ka-chiu"])
        #expect(two.neighbours.map(\.distance) == [0, 1, 2, 2, 2])
        #expect(two.edges.count == 5)
        checkInvariants(two)
        #expect(two.neighbours[2].via?.edge.predicate == "partOf")
        #expect(two.neighbours[2].via?.direction == .outgoing)
        #expect(query.neighbourhood(of: "ent:x-organization-1", depth: 3).neighbours.map(\.id) == ["ent:x-organization-1"])
    }

    func checkInvariants(_ neighbourhood: Neighbourhood) {
        let members = Set(neighbourhood.neighbours.map(\.id))
        #expect(members.count == neighbourhood.neighbours.count)
        for edge in neighbourhood.edges {
            #expect(members.contains(edge.subject) && members.contains(edge.object))
        }
        for neighbour in neighbourhood.neighbours.dropFirst() {
            let step = neighbour.via!
            #expect(step.to == neighbour.id)
            #expect(members.contains(step.from))
            #expect(neighbourhood.neighbours.first { $0.id == step.from }!.distance == neighbour.distance - 1)
        }
    }

    @Test func shortestPathFollowsEdgesBothWays() throws {
        let path = try #require(query.shortestPath(from: "ent:cyberport", to: "ent:paul-chan-mo-po"))
        #expect(path.ids == ["ent:cyberport", "ent:hong-kong", "ent:john-lee-ka-chiu", "ent:hksar-government", "ent:paul-chan-mo-po"])
        #expect(path.steps.map(\.direction) == [.outgoing, .incoming, .outgoing, .incoming])
        #expect(path.steps.map(\.edge.predicate) == ["locatedIn", "holdsPositionIn", "holdsPositionIn", "holdsPositionIn"])
        for step in path.steps {
            let (s, o) = step.direction == .outgoing ? (step.from, step.to) : (step.to, step.from)
            #expect(step.edge.subject == s && step.edge.object == o)
        }
        #expect(query.shortestPath(from: "ent:cyberport", to: "ent:paul-chan-mo-po", maxHops: 3) == nil)
        #expect(query.shortestPath(from: "ent:cyberport", to: "ent:cyberport")?.hops == 0)
        #expect(query.shortestPath(from: "ent:cyberport", to: "ent:x-organization-1") == nil)
    }

    /// A - B - D and A - C - D: two shortest paths; the one through the smaller id wins,
    /// whatever order the edges were stored in.
    @Test(arguments: [false, true])
    func tiesAreBrokenByID(reversed: Bool) throws {
        func node(_ id: String) -> GraphNode { GraphNode(id: id, type: EntityType(.person), label: id, labels: [:], aliases: [], mentionCount: 1, documents: ["doc:x"], inCatalog: false) }
        func edge(_ id: String, _ s: String, _ o: String) -> GraphEdge { GraphEdge(id: id, subject: s, predicate: "knows", object: o, document: "doc:x", evidence: "", start: 0, end: 0, rule: "t", confidence: 1) }
        var edges = [edge("rel:1", "ent:a", "ent:c"), edge("rel:2", "ent:c", "ent:d"), edge("rel:3", "ent:d", "ent:b"), edge("rel:4", "ent:a", "ent:b")]
        if reversed { edges.reverse() }
        let graph = KnowledgeGraph(nodes: ["ent:a", "ent:b", "ent:c", "ent:d"].map(node), edges: edges, documents: [GraphDocument(id: "doc:x", name: "x", contentHash: "", byteCount: 0)])
        let path = try #require(GraphQuery(graph: graph).shortestPath(from: "ent:a", to: "ent:d"))
        #expect(path.ids == ["ent:a", "ent:b", "ent:d"])
        #expect(path.steps.map(\.direction) == [.outgoing, .incoming])
    }

    @Test func answersDoNotDependOnDocumentOrder() {
        let other = GraphQuery(graph: GraphBuilder.build(GraphQueryFixtures.extractions.reversed()), catalog: GraphQueryFixtures.catalog)
        #expect(other.shortestPath(from: "ent:cyberport", to: "ent:paul-chan-mo-po") == query.shortestPath(from: "ent:cyberport", to: "ent:paul-chan-mo-po"))
        #expect(other.neighbourhood(of: "ent:hong-kong", depth: 2) == query.neighbourhood(of: "ent:hong-kong", depth: 2))
    }
}

@Suite struct GraphQuerySPARQLTests {
    static let prologue = """
        PREFIX kg: <https://newsgraph.example/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

        """

    @Test func propertyPathsOverTheGraph() throws {
        let result = try GraphQueryFixtures.query.query(sparql: Self.prologue + """
            SELECT ?place WHERE {
              ?gba rdfs:label "Greater Bay Area" .
              ?x kg:locatedIn/kg:partOf* ?gba ; rdfs:label ?place .
            } ORDER BY ?place
            """)
        #expect(result.variables == ["place"])
        #expect(result.rows == [[.string("Cyberport")], [.string("HKUST")]])
    }

    @Test func importedGraphsJoinTheDefaultGraphAndAreNamedGraphs() throws {
        let rdf = GraphRDF()
        let imported = ImportedGraph(iri: "urn:x-people", triples: [Triple(rdf.iri("ent:cyberport"), .iri("urn:x-opened"), .string("2004"))])
        let query = GraphQuery(graph: GraphQueryFixtures.graph, importedGraphs: [imported])
        let plain = try query.query(sparql: Self.prologue + "SELECT ?label ?year WHERE { ?x <urn:x-opened> ?year ; rdfs:label ?label }")
        #expect(plain.rows == [[.string("Cyberport"), .string("2004")]])
        let named = try query.query(sparql: "SELECT ?x WHERE { GRAPH <urn:x-people> { ?x ?p ?o } }")
        #expect(named.rows == [[rdf.iri("ent:cyberport")]])
        #expect(try query.query(sparql: "ASK { GRAPH <urn:x-people> { ?x <urn:x-none> ?o } }").boolean == false)
        // The index holds every triple GraphRDF gives, plus the imported one.
        #expect(query.tripleIndex().count == rdf.triples(of: GraphQueryFixtures.graph).count + 1)
    }

    @Test func syntaxErrorsCarryLineAndColumn() {
        #expect(throws: SPARQLError.self) { try GraphQueryFixtures.query.query(sparql: "SELECT ?x WHERE { ?x kg:partOf ?y }") }
        do {
            _ = try GraphQueryFixtures.query.query(sparql: "SELECT ?x\nWHERE { ?x ?p }")
            Issue.record("expected a syntax error")
        } catch let SPARQLError.syntax(line, column, _, source) {
            #expect(line == 2)
            #expect(column == 15)
            #expect(source == "WHERE { ?x ?p }")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
