import ArgumentParser
import Foundation
import NewsGraph

/// `--ontology DIR`: where `newsgraph.owl` and `catalog/` are. Default: `$NEWSGRAPH_ONTOLOGY`,
/// else `./ontology`, else the `ontology/` folder of the checkout the executable was built in.
struct OntologyOptions: ParsableArguments {
    @Option(name: .long, help: "The ontology folder (newsgraph.owl and catalog/).")
    var ontology: String?

    func directory() throws -> URL {
        if let ontology { return URL(fileURLWithPath: ontology) }
        if let env = ProcessInfo.processInfo.environment["NEWSGRAPH_ONTOLOGY"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let local = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("ontology")
        if FileManager.default.fileExists(atPath: local.appendingPathComponent("newsgraph.owl").path) { return local }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("ontology")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("newsgraph.owl").path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        throw ValidationError("cannot find the ontology folder. Run from the NewsGraph checkout, set NEWSGRAPH_ONTOLOGY, or pass --ontology DIR.")
    }

    func pipeline() throws -> Pipeline {
        do {
            return try Pipeline(ontologyDirectory: try directory())
        } catch let error as ValidationError {
            throw error
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(CLIExit.ontology)
        }
    }
}

/// Exit codes, in one place: 0 success, 1 failure, 2 usage (argument parser),
/// 3 input files, 4 store, 5 query, 6 not found or ambiguous, 7 ontology or catalog.
enum CLIExit {
    static let failure: Int32 = 1
    static let input: Int32 = 3
    static let store: Int32 = 4
    static let query: Int32 = 5
    static let notFound: Int32 = 6
    static let ontology: Int32 = 7
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}
