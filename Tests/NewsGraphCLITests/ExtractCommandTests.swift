import Foundation
import Testing

/// `newsgraph extract` and `newsgraph repair`, run as a user runs them: the built binary,
/// checking stdout, stderr and the exit status.
@Suite(.enabled(if: executableExists, "the newsgraph executable is not built (run `swift build` first)"))
struct ExtractCommandTests {
    @Test func oneJSONLinePerDocument() throws {
        let ontology = try temporaryOntology()
        let input = try inputDirectory([
            "b.txt": utf8("發展局局長陳大文表示，數碼港將擴建。"),
            "a.txt": utf8("Cyberport is in Hong Kong."),
            "sub/c.txt": utf8("香港天晴。"),
            "notes.md": utf8("not a document"),
        ])
        let result = try run(["extract", input.path, "--ontology", ontology.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdoutLines
        #expect(lines.count == 3)
        let records = try lines.map(record)
        for r in records { #expect(Set(r.keys).isSuperset(of: ["doc", "entities", "relations"])) }
        // Files in sorted order, named by their path.
        #expect(records.map { $0["doc"] as? String } == ["a.txt", "b.txt", "sub/c.txt"].map { input.path + "/" + $0 })
        let entities = try #require(records[1]["entities"] as? [[String: Any]])
        #expect(entities.compactMap { $0["id"] as? String }.contains("ent:cyberport"))
        let relations = try #require(records[1]["relations"] as? [[String: Any]])
        #expect(relations.contains { $0["predicate"] as? String == "holdsPositionIn" && $0["object"] as? String == "ent:development-bureau" })
    }

    @Test func twoRunsAreByteIdentical() throws {
        let ontology = try temporaryOntology()
        let input = try inputDirectory([
            "a.txt": utf8("發展局局長陳大文表示，數碼港將擴建。\nThe Financial Services Development Council (FSDC) said Hong Kong would benefit."),
            "b.txt": utf8("本報記者 陳小華\n香港經濟持續復甦。"),
        ])
        let first = try run(["extract", input.path, "--ontology", ontology.path])
        let second = try run(["extract", input.path, "--ontology", ontology.path])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    /// Output must not depend on the process (Swift seeds hashing per process). Known bug: the
    /// English attend verbs are tried in Set order (VerbRules.swift), so "attended" is found in
    /// some runs only; see RelationRuleTests.englishAttended.
    @Test func separateProcessesGiveTheSameOutput() throws {
        let ontology = try temporaryOntology(catalog: [
            "john-lee-ka-chiu\tPerson\t李家超\t\tJohn Lee Ka-chiu\tJohn Lee\t",
            "cyberport\tOrganization/Company\t數碼港\t\tCyberport\t\t",
        ].joined(separator: "\n"))
        let input = try inputDirectory(["a.txt": utf8("John Lee attended the Smart City Summit. Cyberport attended the Harbour Tech Forum.")])
        let outputs = try (0..<6).map { _ in try run(["extract", input.path, "--ontology", ontology.path]).stdout }
        #expect(Set(outputs).count == 1)
    }

    @Test func standardInput() throws {
        let ontology = try temporaryOntology()
        let result = try run(["extract", "-", "--ontology", ontology.path], stdin: Data("數碼港在香港。".utf8))
        #expect(result.status == 0)
        #expect(try result.stdoutLines.map(record).map { $0["doc"] as? String } == ["stdin"])
    }

    @Test func missingFile() throws {
        let ontology = try temporaryOntology()
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-file-\(UUID().uuidString).txt").path
        let result = try run(["extract", missing, "--ontology", ontology.path])
        #expect(result.status == 3)
        #expect(result.stdout == "")
        #expect(result.stderr == "\(missing): error: cannot read the file (no such file or directory). Check the path and its permissions.\n")
    }

    @Test func directoryWithoutTextFiles() throws {
        let ontology = try temporaryOntology()
        let input = try inputDirectory(["notes.md": utf8("# notes"), "data.csv": utf8("a,b")])
        let result = try run(["extract", input.path, "--ontology", ontology.path])
        #expect(result.status == 3)
        #expect(result.stderr == "\(input.path): error: the directory holds no *.txt files. Point at a folder of .txt documents.\n")
    }

    @Test func invalidUTF8IsReportedAndTheRestProcessed() throws {
        let ontology = try temporaryOntology()
        // Big5 bytes for 香港 after seven ASCII bytes: the first bad byte is at offset 7.
        let input = try inputDirectory(["bad.txt": utf8("Page 1 ") + [0xAD, 0xBB, 0xB4, 0xE4], "good.txt": utf8("香港天晴。")])
        let result = try run(["extract", input.path, "--ontology", ontology.path])
        #expect(result.status == 3)
        #expect(result.stderr == "\(input.path)/bad.txt: error: invalid UTF-8 at byte offset 7. Convert the file to UTF-8 (for example with iconv) and run again.\n")
        #expect(try result.stdoutLines.map(record).map { $0["doc"] as? String } == [input.path + "/good.txt"])
    }

    @Test func binaryFile() throws {
        let ontology = try temporaryOntology()
        let input = try inputDirectory(["scan.txt": [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x01, 0xFF]])
        let result = try run(["extract", input.path + "/scan.txt", "--ontology", ontology.path])
        #expect(result.status == 3)
        #expect(result.stdout == "")
        #expect(result.stderr == "\(input.path)/scan.txt: error: binary data (NUL byte at byte offset 6); this is not a text file. Pass plain-text news files.\n")
    }

    @Test func emptyFileIsSkippedWithAWarning() throws {
        let ontology = try temporaryOntology()
        let input = try inputDirectory(["empty.txt": [], "news.txt": utf8("香港天晴。")])
        let result = try run(["extract", input.path, "--ontology", ontology.path])
        #expect(result.status == 0)
        #expect(result.stderr == "\(input.path)/empty.txt: warning: the file is empty; skipped.\n")
        #expect(try result.stdoutLines.map(record).map { $0["doc"] as? String } == [input.path + "/news.txt"])
    }

    /// A large document on one line (no line breaks at all) is processed whole.
    ///
    /// Size: the brief asked for 50 MB, or 5 MB when 50 MB takes over 20 s in a debug build.
    /// Measured here (debug, 2 shared cores): plain Chinese runs at about 30 KB/s (1 MB: 32 s),
    /// and text dense with catalog names grows quadratically (50 KB: 6–8 s, 100 KB: 15–23 s,
    /// 200 KB: 49 s; 5 MB did not finish in 10 minutes) — linear scans of all candidates per
    /// scalar (`catalogCandidate(endingAt:)`) and per mention (`markRepeatedNames`, `resolve`). So the test uses 192 KB of plain text
    /// with a catalog name at the very end; NEWSGRAPH_BIG_FILE_KB sets another size.
    @Test func largeSingleLineFile() throws {
        let kilobytes = Int(ProcessInfo.processInfo.environment["NEWSGRAPH_BIG_FILE_KB"] ?? "") ?? 192
        let ontology = try temporaryOntology()
        let unit = utf8("今日天氣良好，市民外出遊玩")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(kilobytes * 1024 + 64)
        while bytes.count < kilobytes * 1024 { bytes += unit }
        bytes += utf8("數碼港")
        let scalarCount = String(decoding: bytes, as: UTF8.self).unicodeScalars.count
        let input = try inputDirectory(["big.txt": bytes])
        let result = try run(["extract", input.path + "/big.txt", "--ontology", ontology.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let records = try result.stdoutLines.map(record)
        #expect(records.count == 1)
        let entities = try #require(records.first?["entities"] as? [[String: Any]])
        let cyberport = try #require(entities.first { $0["id"] as? String == "ent:cyberport" })
        let mentions = try #require(cyberport["mentions"] as? [[String: Any]])
        #expect(mentions.map { $0["start"] as? Int } == [scalarCount - 3])
        #expect(mentions.map { $0["source_end"] as? Int } == [scalarCount])
    }

    @Test func brokenCatalogExitsSeven() throws {
        let ontology = try temporaryOntology(catalog: "hong-kong\tPlace/Region\t香港\t\tHong Kong\t\t\nkowloon\tPlace/Area\t九龍\t\tKowloon\t\tpartOf:atlantis")
        let input = try inputDirectory(["news.txt": utf8("香港天晴。")])
        let result = try run(["extract", input.path, "--ontology", ontology.path])
        #expect(result.status == 7)
        #expect(result.stdout == "")
        let file = ontology.appendingPathComponent("catalog").appendingPathComponent("test.tsv").path
        #expect(result.stderr == """
            \(file):4: error: `kowloon`: fact `partOf:atlantis` points at an id no catalog file defines. Fix the id or add the entity.
            NewsGraph refuses to run on a broken catalog or ontology: fix the lines above and run again.

            """)
    }

    @Test func missingOntologyFolderExitsSeven() throws {
        let missing = try temporaryDirectory()
        let input = try inputDirectory(["news.txt": utf8("香港天晴。")])
        let result = try run(["extract", input.path, "--ontology", missing.path])
        #expect(result.status == 7)
        #expect(result.stderr.hasPrefix("\(missing.path)/newsgraph.owl: error: cannot read the ontology file."))
    }

    @Test func repairPrintsTheRepairedText() throws {
        let input = try inputDirectory(["col.txt": utf8("Deep-\nSeek 收 盤 ， 創 新 高")])
        let result = try run(["repair", input.path + "/col.txt"])
        #expect(result.status == 0)
        #expect(result.stdout == "DeepSeek 收盤，創新高\n")
    }

    @Test func repairOfABinaryFileExitsThree() throws {
        let input = try inputDirectory(["x.txt": [0x41, 0x00]])
        let result = try run(["repair", input.path + "/x.txt"])
        #expect(result.status == 3)
        #expect(result.stderr == "\(input.path)/x.txt: error: binary data (NUL byte at byte offset 1); this is not a text file. Pass plain-text news files.\n")
    }
}
