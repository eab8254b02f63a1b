import ArgumentParser
import Foundation
import NewsGraph

extension OntologyOptions {
    /// Loads the ontology and catalog; a broken one is reported (file:line) and exits 7.
    func pipeline() throws -> Pipeline {
        let directory: URL
        do { directory = try self.directory() } catch {
            printError("\(error)")
            throw ExitCode(ExitCodes.input)
        }
        do {
            return try Pipeline(ontologyDirectory: directory)
        } catch {
            printError("\(error)")
            throw ExitCode(CLIExit.ontology)
        }
    }
}

/// Exit codes used by the extraction commands; the full table is `ExitCodes`.
enum CLIExit {
    static let input: Int32 = ExitCodes.input
    /// 7: the ontology or catalog is broken (the message names file and line).
    static let ontology: Int32 = 7
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}
