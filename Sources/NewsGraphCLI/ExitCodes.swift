import ArgumentParser
import Foundation
import NewsGraphOntology
import NewsGraphRDF
import NewsGraphStore
import NewsGraphText
import NewsGraphXML

/// The exit codes of `newsgraph`, in one place. Scripts may rely on them.
///
/// | code | meaning |
/// |---|---|
/// | 0 | success |
/// | 1 | any other failure |
/// | 2 | usage: unknown option, missing argument, bad value |
/// | 3 | input files: missing, unreadable, not UTF-8 text, empty, a directory without `.txt`, malformed RDF |
/// | 4 | the store: locked, corrupt, not a NewsGraph store, written by a newer NewsGraph, ontology changed |
/// | 5 | query: syntax error, unknown prefix, unsupported feature |
/// | 6 | a name that matches nothing, or several things (candidates are listed) |
/// | 7 | the ontology or catalog is broken (the message names file and line) |
public enum ExitCodes {
    public static let generic: Int32 = 1
    public static let usage: Int32 = 2
    public static let input: Int32 = 3
    public static let store: Int32 = 4
    public static let query: Int32 = 5
    public static let notFound: Int32 = 6
    public static let ontology: Int32 = 7

    /// The exit code for an error a command could not handle. Add new error types here.
    public static func code(for error: any Error) -> Int32 {
        switch error {
        case let exit as ExitCode: return exit.rawValue
        case is InputError, is CorpusError, is RDFSyntaxError, is TurtleError, is XMLError: return input
        case is OntologyError, is OntologyErrors: return ontology
        case let store as StoreError:
            switch store.category {
            case .store: return ExitCodes.store
            case .notFound: return notFound
            }
        case is ValidationError: return usage
        case is QueryTextError: return query
        case is LookupError: return notFound
        default: return generic
        }
    }

    /// The message for an error: its own description when it has one (those already read
    /// `FILE: error: ...`), else a generic line.
    public static func message(for error: any Error) -> String {
        switch error {
        case let error as InputError: return error.description
        case let error as CorpusError: return error.description
        case let error as StoreError: return error.description
        case let error as RDFSyntaxError: return error.description
        case let error as TurtleError: return error.description
        case let error as XMLError: return error.description
        case let error as OntologyError: return error.description
        case let error as OntologyErrors: return error.description
        case let error as QueryTextError: return error.description
        case let error as LookupError: return error.description
        default: return "newsgraph: error: \(error)"
        }
    }
}

/// Runs a command body: on failure prints the diagnostic on stderr and exits with the mapped code.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        Diagnostics.error(ExitCodes.message(for: error))
        throw ExitCode(ExitCodes.code(for: error))
    }
}

/// Writes diagnostics to stderr (stdout is for results).
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

extension NewsGraphCommand {
    /// Like `ParsableCommand.main()`, but a usage error exits with `ExitCodes.usage` (2)
    /// instead of argument-parser's 64, so every failure kind has the documented code.
    public static func main() {
        main(nil)
    }

    public static func main(_ arguments: [String]?) {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitCodes.usage)
            }
            exit(withError: error)
        }
    }
}
