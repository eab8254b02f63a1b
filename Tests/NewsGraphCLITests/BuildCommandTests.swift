import Foundation
import NewsGraphStore
import Testing

/// `newsgraph build`, `remove` and `merge` through the built binary: stdout, stderr, exit codes.
@Suite struct BuildCommandTests {
    let workspace = Workspace()

    func store(_ name: String = "newsgraph.sqlite") throws -> GraphStore {
        try GraphStore.open(at: workspace.path(name), mode: .readOnly)
    }

    @Test func buildRebuildRemove() throws {
        workspace.makeCorpus(5)
        let first = try workspace.run("build", "corpus")
        #expect(first.status == 0)
        #expect(first.stderr == "") // not a terminal: no progress bar
        #expect(first.stdout.hasPrefix("newsgraph.sqlite: 5 added, 0 updated, 0 skipped (unchanged)\nstore: 5 documents, "))
        #expect(FileManager.default.fileExists(atPath: workspace.path("newsgraph.sqlite")))

        let again = try workspace.run("build", "corpus")
        #expect(again.stdout.hasPrefix("newsgraph.sqlite: 0 added, 0 updated, 5 skipped (unchanged)\n"))

        workspace.write("corpus/part1/article-1.txt", "立法會今日三讀通過條例草案。\n")
        let changed = try workspace.run("build", "corpus")
        #expect(changed.stdout.hasPrefix("newsgraph.sqlite: 0 added, 1 updated, 4 skipped (unchanged)\n"))

        let removed = try workspace.run("remove", "article-1.txt", "corpus/part2/article-2.txt")
        #expect(removed.status == 0)
        #expect(removed.stdout.hasPrefix("removed doc:article-1.txt\nremoved doc:article-2.txt\nstore: 3 documents, "))
        let held = try store()
        #expect(try held.documents().map(\.id) == ["doc:article-0.txt", "doc:article-3.txt", "doc:article-4.txt"])
        #expect(try held.consistencyProblems() == [])
    }

    @Test func removeUnknownDocumentChangesNothing() throws {
        workspace.makeCorpus(2)
        #expect(try workspace.run("build", "corpus", "--db", "s.sqlite").status == 0)
        let result = try workspace.run("remove", "article-0.txt", "nope.txt", "--db", "s.sqlite")
        #expect(result.status == 6)
        #expect(result.stderr == "s.sqlite: error: no stored document matches 'nope.txt'. List documents with `newsgraph query` or give the name used at build time.\n")
        #expect(try store("s.sqlite").documents().count == 2)
    }

    @Test func parallelAndShardedBuildsEqualOneBuild() throws {
        // The example corpus (real entities and relations) plus generated articles.
        let examples = CommandRunner.packageDirectory.appendingPathComponent("Tests/Fixtures/corpus")
        try FileManager.default.copyItem(at: examples, to: workspace.url.appendingPathComponent("corpus/examples"))
        workspace.makeCorpus(18)
        #expect(try workspace.run("build", "corpus", "--db", "one.sqlite").status == 0)
        #expect(try workspace.run("build", "corpus", "--db", "jobs.sqlite", "--jobs", "2").status == 0)
        let shard1 = try workspace.run("build", "corpus", "--db", "s1.sqlite", "--shard", "1/2")
        let shard2 = try workspace.run("build", "corpus", "--db", "s2.sqlite", "--shard", "2/2")
        #expect(shard1.stdout.contains(" in other shards"))
        let merged = try workspace.run("merge", "s1.sqlite", "s2.sqlite", "--db", "merged.sqlite")
        #expect(merged.status == 0)
        let one = try store("one.sqlite")
        let documents = try one.documents().count
        #expect(documents >= 28)
        #expect(merged.stdout.contains("merged.sqlite: \(documents) documents, "))
        #expect(try one.graph().edges.count > 20)
        for name in ["jobs.sqlite", "merged.sqlite"] {
            let other = try store(name)
            #expect(try other.graph() == one.graph(), "\(name)")
            #expect(try other.extractions() == one.extractions(), "\(name)")
            #expect(try other.allTriples() == one.allTriples(), "\(name)")
            #expect(try other.documents() == one.documents(), "\(name)")
        }
        #expect(shard2.status == 0)
    }

    @Test func ontologyIsFoundBesideTheExecutableOrGiven() throws {
        workspace.makeCorpus(1)
        let ontology = CommandRunner.packageDirectory.appendingPathComponent("ontology").path
        #expect(try workspace.run("build", "corpus", "--ontology", ontology).status == 0)
        let fromEnvironment = try workspace.run("build", "corpus", environment: ["NEWSGRAPH_ONTOLOGY": ontology])
        #expect(fromEnvironment.stdout.hasPrefix("newsgraph.sqlite: 0 added, 0 updated, 1 skipped"))
        let missing = try workspace.run("build", "corpus", "--ontology", "no-such-dir")
        #expect(missing.status == 3)
        #expect(missing.stderr == "no-such-dir: error: cannot read the file (no such ontology directory). Check the path and its permissions.\n")
    }

    @Test func ontologyChangeAsksForRelink() throws {
        workspace.makeCorpus(3)
        let ontology = workspace.url.appendingPathComponent("ontology")
        try FileManager.default.copyItem(at: CommandRunner.packageDirectory.appendingPathComponent("ontology"), to: ontology)
        #expect(try workspace.run("build", "corpus", "--ontology", "ontology").status == 0)
        // Change the catalog (a comment line is a change of the file).
        let catalog = ontology.appendingPathComponent("catalog/core.tsv")
        try (String(contentsOf: catalog, encoding: .utf8) + "# edited\n").write(to: catalog, atomically: true, encoding: .utf8)
        let refused = try workspace.run("build", "corpus", "--ontology", "ontology")
        #expect(refused.status == 4)
        #expect(refused.stderr == "newsgraph.sqlite: error: the ontology changed since 3 stored documents were extracted. Run `newsgraph build --relink --db newsgraph.sqlite` to re-extract them from the stored text.\n")
        try FileManager.default.removeItem(at: workspace.url.appendingPathComponent("corpus"))
        let relinked = try workspace.run("build", "--relink", "--ontology", "ontology")
        #expect(relinked.status == 0)
        #expect(relinked.stdout.hasPrefix("newsgraph.sqlite: 0 added, 0 updated, 0 skipped (unchanged), 3 relinked\n"))
    }
}
