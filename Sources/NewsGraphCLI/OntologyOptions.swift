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
            throw ExitCode(ExitCodes.ontology)
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}
