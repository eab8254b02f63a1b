import Foundation
import Testing

/// The three questions of issue 5, answered through the CLI on a store built from the example
/// corpus (DeepSeek is not in the corpus, so the third question asks about Qianhai instead).
@Suite struct QuestionTests {
    let fixture = QueryFixture.shared

    /// "What positions does 李家超 hold, and where is that stated?"
    @Test func positionsOfJohnLeeWithEvidence() throws {
        let result = try fixture.run(["relations", "李家超", "--predicate", "holdsPositionIn"], columns: 200)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("John Lee Ka-chiu (ent:john-lee-ka-chiu): "))
        #expect(lines[0].hasSuffix(" relations with predicate holdsPositionIn"))
        #expect(result.stdout.contains("John Lee Ka-chiu —holdsPositionIn→ Government of the Hong Kong Special Administrative Region  [行政長官]"))
        #expect(result.stdout.contains("John Lee Ka-chiu —holdsPositionIn→ Hong Kong"))
        // Every relation names its document with offsets and quotes its sentence.
        let places = lines.filter { $0.hasPrefix("   Tests/Fixtures/corpus/") }
        #expect(places.count >= 3)
        #expect(places.allSatisfy { $0.range(of: #"\.txt  \d+–\d+  \("#, options: .regularExpression) != nil })
        #expect(result.stdout.contains("   Tests/Fixtures/corpus/zh-hans-01-npc-session.txt  141–200  (catalog-fact, 0.6)\n   “李家超会后表示，报告为香港指明了方向，特区政府会积极对接国家所需，发挥香港所长，巩固提升国际金融、航运和贸易中心地位。”"))
        // Any name of the same person gives the same answer.
        for name in ["Li Ka-chiu", "John Lee", "ent:john-lee-ka-chiu", "李家超"] {
            #expect(try fixture.run(["relations", name, "--predicate", "kg:holdsPositionIn"], columns: 200).stdout == result.stdout, "\(name)")
        }
    }

    /// "Which organisations are located in the Greater Bay Area?" — `kg:locatedIn/kg:partOf*`,
    /// with the ontology imported so that `kg:Company` is known to be a `kg:Organization`.
    @Test func organisationsInTheGreaterBayArea() throws {
        let query = QueryFixture.prologue + """
            SELECT DISTINCT ?org ?name WHERE {
              ?gba skos:prefLabel "粵港澳大灣區"@zh-Hant .
              ?org kg:locatedIn/kg:partOf* ?gba ;
                   a/rdfs:subClassOf* kg:Organization ;
                   rdfs:label ?name .
            } ORDER BY ?name
            """
        let csv = try fixture.run(["query", query, "--format", "csv"], db: fixture.withOntology)
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "org,name")
        #expect(rows.contains("https://newsgraph.example/id/entity/hkex,Hong Kong Exchanges and Clearing Limited"))
        #expect(rows.contains("https://newsgraph.example/id/entity/hkust,The Hong Kong University of Science and Technology"))
        // Places in the area are not organisations.
        #expect(!csv.stdout.contains("entity/cyberport"))
        let table = try fixture.run(["query", query], db: fixture.withOntology)
        #expect(table.status == 0)
        #expect(table.stdout.contains("│ ent:hkex "))
        #expect(table.stdout.hasSuffix("\(rows.count - 1) rows\n"))
        // Without the ontology only the classes written on the nodes are known.
        let bare = try fixture.run(["query", query, "--format", "tsv"])
        #expect(bare.status == 0)
        #expect(bare.stdout == "?org\t?name\n")
    }

    /// "How are Qianhai and Cyberport connected?"
    @Test func howQianhaiAndCyberportAreConnected() throws {
        let result = try fixture.run(["path", "前海", "Cyberport"], columns: 400)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone → Cyberport: 3 hops")
        #expect(lines[2] == "Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone  (ent:qianhai)")
        #expect(lines[3] == "  —locatedIn→ Guangdong-Hong Kong-Macao Greater Bay Area  (ent:greater-bay-area)")
        #expect(lines[5] == "  ←partOf— Hong Kong  (ent:hong-kong)")
        #expect(lines[7] == "  ←locatedIn— Cyberport  (ent:cyberport)")
        #expect(lines[8].hasPrefix("      Tests/Fixtures/corpus/en-04-hkex-listing.txt  "))
        #expect(lines[8].contains("Cyberport working on machine vision"))
        // The same path every time, and the reverse question walks it backwards.
        #expect(try fixture.run(["path", "前海", "Cyberport"], columns: 400).stdout == result.stdout)
        let back = try fixture.run(["path", "數碼港", "Qianhai", "--max-hops", "3"], columns: 200)
        #expect(back.stdout.hasPrefix("Cyberport → Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone: 3 hops\n"))
        let tooShort = try fixture.run(["path", "前海", "Cyberport", "--max-hops", "2"])
        #expect(tooShort.status == 0)
        #expect(tooShort.stdout == "Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone and Cyberport are not connected within 2 hops.\n")
    }
}

@Suite struct LookupCommandTests {
    let fixture = QueryFixture.shared

    @Test func entityShowsIdsLabelsAliasesAndCounts() throws {
        let result = try fixture.run(["entity", "Li Ka-chiu"], columns: 200)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "ent:john-lee-ka-chiu  John Lee Ka-chiu")
        #expect(lines[1] == "  type       Person")
        #expect(lines.contains { $0.hasPrefix("  labels     en: John Lee Ka-chiu;") && $0.contains("zh-Hant: 李家超") })
        #expect(lines.contains { $0.hasPrefix("  aliases    ") && $0.contains("Li Ka-chiu") && $0.contains("John Lee") })
        #expect(lines.contains("  catalog    yes"))
        #expect(lines.contains { $0.range(of: #"^  mentions   \d+ in \d+ documents$"#, options: .regularExpression) != nil })
        #expect(lines.contains { $0.hasPrefix("  relations  ") && $0.contains("holdsPositionIn") })
        // Simplified and Traditional spellings and case find the same node.
        #expect(try fixture.run(["entity", "数码港"]).stdout == (try fixture.run(["entity", "CYBERPORT"]).stdout))
    }

    @Test func neighboursTableFitsTheTerminal() throws {
        for columns in [60, 80, 120] {
            let result = try fixture.run(["neighbours", "香港", "--depth", "2"], columns: columns)
            #expect(result.status == 0, "\(result.stderr)")
            let table = result.stdout.components(separatedBy: "\n").dropFirst().filter { !$0.isEmpty }
            #expect(table.count > 10)
            #expect(table.allSatisfy { terminalWidth($0) <= columns }, "\(columns): \(table.map(terminalWidth).max() ?? 0)")
            #expect(Set(table.map(terminalWidth)).count == 1, "every row of the grid is as wide")
        }
        let one = try fixture.run(["neighbours", "Cyberport"])
        #expect(one.stdout.hasPrefix("Cyberport (ent:cyberport): 1 within 1 hop, 1 relation among them\n"))
        #expect(one.stdout.contains("│ 1    │ Hong Kong "))
    }

    @Test func queryTablesCountChineseAsTwoColumns() throws {
        let query = QueryFixture.prologue + "SELECT ?name ?evidence WHERE { ?r kg:evidence ?evidence ; rdf:subject/rdfs:label ?name } ORDER BY ?evidence LIMIT 20"
        for columns in [50, 80, 150] {
            let result = try fixture.run(["query", query], columns: columns)
            #expect(result.status == 0, "\(result.stderr)")
            let grid = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("└") }
            #expect(grid.count == 23)
            #expect(grid.allSatisfy { terminalWidth($0) <= columns })
            #expect(Set(grid.map(terminalWidth)).count == 1)
        }
    }

    @Test func everyFormatOfTheSameQuery() throws {
        let query = QueryFixture.prologue + "SELECT ?doc (COUNT(?e) AS ?entities) WHERE { ?e kg:mentionedIn ?doc } GROUP BY ?doc ORDER BY ?doc LIMIT 3"
        let json = try fixture.run(["query", query, "--format", "json"])
        #expect(json.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((parsed?["head"] as? [String: Any])?["vars"] as? [String] == ["doc", "entities"])
        #expect(((parsed?["results"] as? [String: Any])?["bindings"] as? [Any])?.count == 3)
        let xml = try fixture.run(["query", query, "--format", "xml"])
        #expect(xml.stdout.hasPrefix("<?xml"))
        #expect(xml.stdout.contains("<variable name=\"entities\"/>"))
        let tsv = try fixture.run(["query", query, "--format", "tsv"])
        #expect(tsv.stdout.hasPrefix("?doc\t?entities\n<https://newsgraph.example/id/document/"))
        let fromFile = fixture.directory.appendingPathComponent("count.rq")
        try query.write(to: fromFile, atomically: true, encoding: .utf8)
        #expect(try fixture.run(["query", "-f", fromFile.path, "--format", "tsv"]).stdout == tsv.stdout)
        let ask = try fixture.run(["query", QueryFixture.prologue + "ASK { ent:cyberport kg:locatedIn ent:hong-kong }", "--format", "json"])
        #expect(ask.stdout.contains("\"boolean\": true"))
    }
}
