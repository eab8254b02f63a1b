import Foundation
import Testing
@testable import NewsGraphAudit

@Suite("Gold files: loading and errors")
struct GoldStandardTests {
    func load(_ files: [String: String]) throws -> (GoldStandard, String) {
        let directory = try TemporaryDirectory()
        for (name, text) in files { try text.write(toFile: directory.path + "/" + name, atomically: true, encoding: .utf8) }
        return (try GoldStandard.load(directory: directory.path), directory.path)
    }

    func error(_ files: [String: String]) throws -> String {
        let directory = try TemporaryDirectory()
        for (name, text) in files { try text.write(toFile: directory.path + "/" + name, atomically: true, encoding: .utf8) }
        do {
            _ = try GoldStandard.load(directory: directory.path)
            return "no error"
        } catch let error as GoldError {
            return error.description.replacingOccurrences(of: directory.path, with: "DIR")
        }
    }

    @Test func pairsByBaseNameInFileOrder() throws {
        let (gold, _) = try load([
            "b.gold.json": #"{"doc": "x/b.txt", "entities": [], "relations": []}"#,
            "a.gold.json": #"{"doc": "a.txt", "entities": [{"key": "k", "types": ["Person"], "names": ["n"]}], "relations": [{"s": "k", "p": "authorOf", "o": "doc"}]}"#,
            "notes.json": "not gold",
        ])
        #expect(gold.documents.map(\.name) == ["a.txt", "b.txt"])
    }

    @Test func errorsNameTheFileAndSayWhatToDo() throws {
        #expect(try error(["a.gold.json": #"{"doc": "a.txt", "entities": [{"key": "k", "types": ["Person"], "names": []}], "relations": [{"s": "k", "p": "likes", "o": "k"}]}"#])
            == "DIR/a.gold.json: error: unknown predicate `likes`. Use one of: appliesTo, attended, authorOf, basedOn, cooperatesWith, holdsPositionIn, issuedBy, locatedIn, memberOf, partOf, subsidiaryOf.")
        #expect(try error(["a.gold.json": #"{"doc": "a.txt", "entities": [], "relations": [{"s": "k", "p": "partOf", "o": "doc"}]}"#])
            == "DIR/a.gold.json: error: relation end `k` is not the key of an entity in this file. Add the entity or fix the key.")
        #expect(try error(["a.gold.json": #"{"doc": "a.txt", "relations": []}"#])
            == "DIR/a.gold.json: error: not a gold file: missing field `entities`. See ../shared/eval/SPEC.md for the format.")
        #expect(try error(["readme.txt": "x"]) == "DIR: error: no *.gold.json files. Point --gold at a directory of gold annotations.")
        #expect(GoldError.unreadable(file: "nowhere", reason: "no such directory").description
            == "nowhere: error: cannot read the gold annotations (no such directory). Check the --gold path.")
    }
}
