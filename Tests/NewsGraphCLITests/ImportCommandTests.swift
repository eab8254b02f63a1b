import Foundation
import NewsGraphRDF
import NewsGraphStore
import Testing

@Suite struct ImportCommandTests {
    let workspace = Workspace()

    static let ntriples = """
        <https://example.org/lee> <http://www.w3.org/2000/01/rdf-schema#label> "李家超"@zh-Hant .
        <https://example.org/lee> <https://example.org/knows> _:friend .
        _:friend <https://example.org/name> "Friend" .
        # a comment

        """

    static let turtle = """
        @prefix ex: <https://example.org/> .
        ex:cyberport ex:locatedIn ex:hong-kong ; ex:founded 2004 .
        """

    static let rdfxml = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://example.org/">
          <rdf:Description rdf:about="https://example.org/hong-kong">
            <ex:partOf rdf:resource="https://example.org/greater-bay-area"/>
          </rdf:Description>
        </rdf:RDF>
        """

    func store() throws -> GraphStore {
        try GraphStore.open(at: workspace.path("newsgraph.sqlite"), mode: .readOnly)
    }

    @Test func importsEachSyntaxIntoItsNamedGraph() throws {
        workspace.write("people.nt", Self.ntriples)
        workspace.write("places.ttl", Self.turtle)
        workspace.write("regions.rdf", Self.rdfxml)
        let people = try workspace.run("import", "people.nt", "--graph", "https://example.org/graphs/people")
        #expect(people.status == 0)
        #expect(people.stdout == "people.nt: 3 triples imported into <https://example.org/graphs/people> in newsgraph.sqlite\n")
        #expect(try workspace.run("import", "places.ttl").status == 0)
        #expect(try workspace.run("import", "regions.rdf", "--graph", "https://example.org/graphs/regions").status == 0)

        let store = try store()
        let placesIRI = URL(fileURLWithPath: workspace.path("places.ttl")).standardizedFileURL.absoluteString
        #expect(try store.namedGraphs().map(\.iri).sorted() == ["https://example.org/graphs/people", "https://example.org/graphs/regions", placesIRI].sorted())
        #expect(try store.triples(inGraph: placesIRI).count == 2)
        #expect(try store.triples(inGraph: "https://example.org/graphs/regions") == [
            Triple(.iri("https://example.org/hong-kong"), .iri("https://example.org/partOf"), .iri("https://example.org/greater-bay-area")),
        ])
        let all = try store.allTriples()
        #expect(all.contains(Triple(.iri("https://example.org/lee"), .iri(Vocabulary.rdfs + "label"), .text("李家超", language: "zh-Hant"))))
        #expect(all.count == 6)

        // Importing into the same graph again replaces it.
        workspace.write("people.nt", String(Self.ntriples.split(separator: "\n")[0]) + "\n")
        #expect(try workspace.run("import", "people.nt", "--graph", "https://example.org/graphs/people").stdout.hasPrefix("people.nt: 1 triples imported"))
        #expect(try self.store().triples(inGraph: "https://example.org/graphs/people").count == 1)
    }

    @Test func malformedRDFIsRefusedWithItsPlaceAndNothingStored() throws {
        workspace.write("bad.nt", "<https://example.org/a> <https://example.org/b> \"unterminated .\n")
        let result = try workspace.run("import", "bad.nt")
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("bad.nt:1:"))
        #expect(result.stderr.contains(": error: "))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("newsgraph.sqlite")))

        workspace.write("bad.ttl", "ex:a ex:b ex:c .\n")
        let prefix = try workspace.run("import", "bad.ttl")
        #expect(prefix.status == 3)
        #expect(prefix.stderr == "bad.ttl:1:1: error: unknown prefix 'ex:'. Declare it with @prefix ex: <...> .\n")

        workspace.write("bad.rdf", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><unclosed></rdf:RDF>")
        let xml = try workspace.run("import", "bad.rdf")
        #expect(xml.status == 3)
        #expect(xml.stderr.hasPrefix("bad.rdf:1:"))
    }

    @Test func badArguments() throws {
        workspace.write("data.json", "{}")
        let unknown = try workspace.run("import", "data.json")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("pass --format ntriples|turtle|rdfxml"))
        let missing = try workspace.run("import", "absent.nt")
        #expect(missing.status == 3)
        #expect(missing.stderr == "absent.nt: error: cannot read the file (no such file or directory). Check the path and its permissions.\n")
        workspace.write("x.nt", "")
        #expect(try workspace.run("import", "x.nt", "--graph", "not-an-iri").status == 2)
    }
}
