import Foundation
import NewsGraphStore
import NewsGraphText
import Testing

/// A real crash: `newsgraph build` is killed with SIGKILL at several points of a build. After each
/// kill the store must open, pass its consistency checks, and hold exactly a prefix of the corpus
/// (in build order), each document complete. Re-running finishes the job, and the result equals a
/// clean build.
@Suite struct CrashTests {
    let workspace = Workspace()

    /// Documents in the store now, or 0 while it does not exist yet or is being created.
    func documentCount() -> Int {
        guard let store = try? GraphStore.open(at: workspace.path("crash.sqlite"), mode: .readOnly) else { return 0 }
        defer { try? store.close() }
        return (try? store.counts().documents) ?? 0
    }

    @Test func killNineMidBuildLeavesConsistentResumableStore() throws {
        workspace.makeCorpus(90, repeats: 3)
        let order = try Corpus.files([workspace.path("corpus")]).map(\.documentID)
        let hashes = Dictionary(uniqueKeysWithValues: try Corpus.files([workspace.path("corpus")]).map { file in
            (file.documentID, StableHash.hex(StableHash.fnv1a64(bytes: FileManager.default.contents(atPath: file.name)!)))
        })
        var kills = 0, midBuildKills = 0
        var stored = 0
        // Each round waits until the build has visibly written more documents, then kills it in
        // the middle of its stream of transactions; the next round resumes where it died.
        for round in 0..<3 {
            let build = try CommandRunner.start(["build", "corpus", "--db", "crash.sqlite", "--jobs", round % 2 == 0 ? "1" : "2"], in: workspace.url)
            let target = stored + 8 + 8 * round
            while build.isRunning && documentCount() < target {
                Thread.sleep(forTimeInterval: 0.01)
            }
            guard build.isRunning else {
                build.waitUntilExit()
                break
            }
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            // The build may have committed its last batch and exited between the check and the kill.
            if build.terminationReason == .exit {
                #expect(build.terminationStatus == 0)
                break
            }
            kills += 1
            guard FileManager.default.fileExists(atPath: workspace.path("crash.sqlite")) else { continue }
            let store: GraphStore
            do {
                store = try GraphStore.open(at: workspace.path("crash.sqlite"), mode: .readOnly)
            } catch StoreError.notAStore {
                continue // killed before the schema was committed: an empty database
            }
            #expect(try store.consistencyProblems() == [])
            let documents = try store.documents()
            // Written in build order, whole documents per transaction: the stored set is a prefix.
            #expect(Set(documents.map(\.id)) == Set(order.prefix(documents.count)))
            for document in documents {
                #expect(document.contentHash == hashes[document.id])
            }
            #expect(documents.count >= stored)
            if documents.count > stored && documents.count < order.count { midBuildKills += 1 }
            stored = documents.count
            try store.close()
        }
        #expect(kills >= 1)
        #expect(midBuildKills >= 1, "no kill landed while documents were being written; make the corpus larger")

        // The last run may have finished before its kill point.
        stored = try GraphStore.open(at: workspace.path("crash.sqlite"), mode: .readOnly).documents().count
        print("crash test: \(kills) kills, \(midBuildKills) while writing, \(stored) of \(order.count) documents stored before the final run")
        let resumed = try workspace.run("build", "corpus", "--db", "crash.sqlite")
        #expect(resumed.status == 0)
        #expect(resumed.stdout.hasPrefix("crash.sqlite: \(order.count - stored) added, 0 updated, \(stored) skipped (unchanged)\n"))
        let clean = try workspace.run("build", "corpus", "--db", "clean.sqlite")
        #expect(clean.status == 0)

        let crashed = try GraphStore.open(at: workspace.path("crash.sqlite"), mode: .readOnly)
        let reference = try GraphStore.open(at: workspace.path("clean.sqlite"), mode: .readOnly)
        #expect(try crashed.consistencyProblems() == [])
        #expect(try crashed.documents() == reference.documents())
        #expect(try crashed.extractions() == reference.extractions())
        #expect(try crashed.graph() == reference.graph())
        #expect(try crashed.allTriples() == reference.allTriples())
    }
}
