import Foundation
import Testing

/// Bad input to the query commands: each kind gets its exit code and a message that says what
/// to do, and none changes the store.
@Suite struct QueryBadInputTests {
    let fixture = QueryFixture.shared
    let workspace = Workspace()

    @Test func malformedQueryShowsLineColumnAndCaret() throws {
        let result = try fixture.run(["query", "PREFIX kg: <https://newsgraph.example/ontology#>\nSELECT ?x WHERE {\n  ?x kg:locatedIn 香港 }"])
        #expect(result.status == 5)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            query:3:19: error: unexpected word '香港': expected a variable, an RDF term or a keyword such as FILTER, OPTIONAL, UNION, VALUES
                ?x kg:locatedIn 香港 }
                                ^

            """)
    }

    @Test func errorsInAQueryFileNameTheFile() throws {
        let file = workspace.write("bad.rq", "SELECT ?x\nWHERE { ?x ?p }\n")
        let result = try fixture.run(["query", "-f", file])
        #expect(result.status == 5)
        #expect(result.stderr == "\(file):2:15: error: expected a variable or an RDF term, found '}'\n  WHERE { ?x ?p }\n                ^\n")
        let missing = try fixture.run(["query", "-f", workspace.path("none.rq")])
        #expect(missing.status == 3)
        #expect(missing.stderr == "\(workspace.path("none.rq")): error: cannot read the file (no such file or directory). Check the path and its permissions.\n")
    }

    @Test func unknownPrefix() throws {
        let result = try fixture.run(["query", "SELECT * WHERE { ?s 公司:位於 ?o }"])
        #expect(result.status == 5)
        #expect(result.stderr == """
            query:1:21: error: unknown prefix '公司:'. Declare it with PREFIX 公司: <IRI>
              SELECT * WHERE { ?s 公司:位於 ?o }
                                  ^

            """)
    }

    @Test func unsupportedForm() throws {
        let result = try fixture.run(["query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"])
        #expect(result.status == 5)
        #expect(result.stderr == "query:1:1: error: NewsGraph's SPARQL engine does not support CONSTRUCT queries (use SELECT or ASK).\n  CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }\n  ^\n")
    }

    @Test func queryUsage() throws {
        #expect(try fixture.run(["query"]).status == 2)
        let both = try fixture.run(["query", "ASK {}", "-f", "x.rq"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("Give the query as an argument or with -f FILE, not both."))
        #expect(try fixture.run(["query", "ASK {}", "--format", "yaml"]).status == 2)
        #expect(try fixture.run(["path", "a", "b", "--max-hops", "0"]).status == 2)
        #expect(try fixture.run(["neighbours", "a", "--depth", "0"]).status == 2)
    }

    @Test(arguments: [["entity", "Nobody Atall"], ["relations", "Nobody Atall"], ["neighbours", "Nobody Atall"], ["path", "Nobody Atall", "Cyberport"], ["path", "Cyberport", "Nobody Atall"]])
    func unknownName(arguments: [String]) throws {
        let result = try fixture.run(arguments)
        #expect(result.status == 6)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "\(fixture.store): error: no entity is named 'Nobody Atall'. Check the spelling, try another alias or script, or list names with `newsgraph query`.\n")
    }

    @Test func nameTheCatalogKnowsButNoDocumentMentions() throws {
        let result = try fixture.run(["entity", "深度求索"])
        #expect(result.status == 6)
        #expect(result.stderr == "\(fixture.store): error: no document mentions '深度求索': the catalog knows it (ent:deepseek), but it is not in the graph. Build the documents that mention it first.\n")
    }

    @Test(arguments: ["entity", "relations", "neighbours"])
    func ambiguousNameListsCandidates(command: String) throws {
        let result = try fixture.run([command, "Sun"])
        #expect(result.status == 6)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.components(separatedBy: "\n")
        #expect(lines[0] == "\(fixture.store): error: 'Sun' names 2 entities; give an id or a fuller name:")
        #expect(lines[1].hasPrefix("  ent:sun-dong  Person  Sun Dong  ("))
        #expect(lines[2].hasPrefix("  ent:chris-sun-yuk-han  Person  Chris Sun Yuk-han  ("))
        // A fuller name, an id or a type settles it.
        #expect(try fixture.run([command, "Sun Dong"]).status == 0)
        #expect(try fixture.run([command, "ent:chris-sun-yuk-han"]).status == 0)
    }

    @Test func unknownPredicateAndType() throws {
        let result = try fixture.run(["relations", "Cyberport", "--predicate", "kg:bornIn"])
        #expect(result.status == 6)
        #expect(result.stderr.hasPrefix("\(fixture.store): error: no relation in the store uses the predicate 'bornIn'. Predicates in the store: "))
        let type = try fixture.run(["entity", "Cyberport", "--type", "Planet"])
        #expect(type.status == 2)
        #expect(type.stderr.contains("Unknown type 'Planet'. Types in this store: Person, Organization, Policy, Place, Event, Product, "))
        #expect(try fixture.run(["entity", "Cyberport", "--type", "park"]).status == 0)
    }

    static let everyCommand: [[String]] = [
        ["query", "ASK { ?s ?p ?o }"], ["entity", "Cyberport"], ["relations", "Cyberport"],
        ["path", "Cyberport", "Hong Kong"], ["neighbours", "Cyberport"],
    ]

    @Test func corruptStore() throws {
        let broken = workspace.write("broken.sqlite", String(repeating: "this is not SQLite\n", count: 300))
        let before = workspace.contents("broken.sqlite")
        for arguments in Self.everyCommand {
            let result = try fixture.run(arguments, db: broken)
            #expect(result.status == 4, "\(arguments)")
            #expect(result.stderr == "\(broken): error: the store is damaged or not an SQLite database (file is not a database). Rebuild it with `newsgraph build` into a new --db path.\n", "\(arguments)")
        }
        #expect(workspace.contents("broken.sqlite") == before)
    }

    @Test func storeFromANewerVersion() throws {
        var data = try Data(contentsOf: URL(fileURLWithPath: fixture.store))
        // PRAGMA user_version lives at byte 60 of the SQLite header.
        data.replaceSubrange(60..<64, with: [0, 0, 0, 9])
        let newer = workspace.path("newer.sqlite")
        try data.write(to: URL(fileURLWithPath: newer))
        for arguments in Self.everyCommand {
            let result = try fixture.run(arguments, db: newer)
            #expect(result.status == 4, "\(arguments)")
            #expect(result.stderr == "\(newer): error: the store was written by a newer NewsGraph (schema version 9); this NewsGraph reads schema version 1 or older. Upgrade NewsGraph, or rebuild the store into a new --db path.\n", "\(arguments)")
        }
        #expect(workspace.contents("newer.sqlite") == data)
    }

    @Test func missingStoreIsNotCreated() throws {
        let missing = workspace.path("none.sqlite")
        for arguments in Self.everyCommand {
            let result = try fixture.run(arguments, db: missing)
            #expect(result.status == 4, "\(arguments)")
            #expect(result.stderr.hasPrefix("\(missing): error: no store at this path."), "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func queryCommandsNeverChangeTheStore() throws {
        let copy = workspace.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: fixture.store, toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        for arguments in Self.everyCommand + [["query", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"], ["entity", "Sun"], ["query", "ASK {"]] {
            _ = try fixture.run(arguments, db: copy)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }
}
