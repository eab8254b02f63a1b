import Foundation
import NewsGraphStore
import NewsGraphText
import Testing

@Suite struct CorpusTests {
    let directory = TemporaryDirectory()

    @Test func directoriesAreWalkedForTextFilesInSortedOrder() throws {
        for name in ["b/z.txt", "a.txt", "b/y.txt", "notes.md", ".hidden.txt", "c/d/e.txt", "B.txt"] {
            _ = directory.write("corpus/" + name, "text")
        }
        let root = directory.path("corpus")
        let files = try Corpus.files([root])
        #expect(files.map(\.name) == ["B.txt", "a.txt", "b/y.txt", "b/z.txt", "c/d/e.txt"].map { root + "/" + $0 })
        #expect(files.map(\.documentID) == ["doc:B.txt", "doc:a.txt", "doc:y.txt", "doc:z.txt", "doc:e.txt"])
        #expect(files.allSatisfy { $0.byteCount == 4 })
        // A trailing slash gives the same names; a file named explicitly is taken whatever its extension.
        #expect(try Corpus.files([root + "/"]).map(\.name) == files.map(\.name))
        let notes = directory.path("corpus/notes.md")
        #expect(try Corpus.files([notes, root + "/a.txt", root + "/a.txt"]).map(\.name) == [notes, root + "/a.txt"])
    }

    @Test func badPaths() throws {
        let missing = directory.path("missing")
        #expect(throws: InputError.unreadable(file: missing, reason: "no such file or directory")) { try Corpus.files([missing]) }
        _ = directory.write("empty/readme.md", "no text files here")
        let empty = directory.path("empty")
        #expect(throws: InputError.noTextFiles(directory: empty)) { try Corpus.files([empty]) }
    }

    @Test func sameBaseNameTwiceIsRefused() throws {
        let first = directory.write("one/a.txt", "x")
        let second = directory.write("two/a.txt", "y")
        #expect(throws: CorpusError.duplicateDocument(id: "doc:a.txt", first: first, second: second)) {
            try Corpus.files([directory.path("one"), directory.path("two")])
        }
        #expect(CorpusError.duplicateDocument(id: "doc:a.txt", first: first, second: second).description
            == "\(second): error: has the same document id doc:a.txt as \(first) (documents are named by their base name). Rename one of the files.")
    }
}

@Suite struct ShardTests {
    @Test(arguments: ["1/1", "1/4", "4/4", "12/20"])
    func parses(_ text: String) {
        #expect(Shard(text)?.description == text)
    }

    @Test(arguments: ["0/4", "5/4", "1/0", "1", "a/b", "1/2/3", "-1/2", ""])
    func refuses(_ text: String) {
        #expect(Shard(text) == nil)
    }

    @Test func shardsPartitionTheDocuments() {
        let ids = (0..<200).map { "doc:article-\($0).txt" }
        let shards = (1...3).map { Shard(index: $0, count: 3)! }
        for id in ids {
            #expect(shards.filter { $0.contains(documentID: id) }.count == 1)
        }
        // Stable across processes and machines: FNV-1a of the id, not Swift's seeded hash.
        #expect(Shard("1/2")!.contains(documentID: "doc:a.txt") == (StableHash.fnv1a64("doc:a.txt") % 2 == 0))
    }
}

@Suite struct OntologyFingerprintTests {
    let directory = TemporaryDirectory()

    @Test func changesWithContentNotWithProse() throws {
        _ = directory.write("ontology/catalog/core.tsv", "#newsgraph-catalog v1\n")
        _ = directory.write("ontology/README.md", "prose")
        let url = directory.url.appendingPathComponent("ontology")
        let first = try OntologyFingerprint.of(directory: url)
        #expect(first.count == 16)
        _ = directory.write("ontology/README.md", "other prose")
        #expect(try OntologyFingerprint.of(directory: url) == first)
        _ = directory.write("ontology/catalog/core.tsv", "#newsgraph-catalog v1\nx\n")
        #expect(try OntologyFingerprint.of(directory: url) != first)
    }
}
