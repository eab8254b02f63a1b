import ArgumentParser
import Foundation
import NewsGraphRDF
import NewsGraphStore
import NewsGraphText

/// `newsgraph import FILE.nt|FILE.ttl|FILE.rdf [--graph IRI] [--db PATH]`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load RDF from elsewhere into the store as its own named graph.",
        discussion: """
            N-Triples (.nt), Turtle (.ttl) and RDF/XML (.rdf, .owl, .xml) are read; --format overrides \
            the extension. The triples become the named graph IRI (default: the file's file: IRI), \
            replacing what an earlier import into that graph held, and are queried together with \
            the extracted graph. Nothing is stored unless the whole file parses.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ntriples, turtle, rdfxml
    }

    @Argument(help: ArgumentHelp("The RDF file.", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("The named graph to store the triples in.", valueName: "IRI"))
    var graph: String?

    @Option(help: "ntriples, turtle or rdfxml (default: from the file extension).")
    var format: Format?

    @Option(help: ArgumentHelp("Base IRI for relative references (default: the file's file: IRI).", valueName: "IRI"))
    var base: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == nil && Self.format(forExtension: (file as NSString).pathExtension) == nil {
            throw ValidationError("Cannot tell the RDF syntax of '\(file)' from its extension; pass --format ntriples|turtle|rdfxml.")
        }
        if let graph, !graph.contains(":") {
            throw ValidationError("--graph must be an absolute IRI, for example https://example.org/graphs/people.")
        }
    }

    static func format(forExtension pathExtension: String) -> Format? {
        switch pathExtension.lowercased() {
        case "nt": return .ntriples
        case "ttl": return .turtle
        case "rdf", "owl", "xml": return .rdfxml
        default: return nil
        }
    }

    func run() throws {
        try reportingErrors {
            guard let data = FileManager.default.contents(atPath: file) else {
                let exists = FileManager.default.fileExists(atPath: file)
                throw InputError.unreadable(file: file, reason: exists ? "permission denied" : "no such file or directory")
            }
            let bytes = [UInt8](data)
            let fileIRI = URL(fileURLWithPath: file).standardizedFileURL.absoluteString
            let triples = try Self.parse(bytes, format: format ?? Self.format(forExtension: (file as NSString).pathExtension)!, baseIRI: base ?? fileIRI, path: file)
            let graphStore = try store.open(.create)
            defer { try? graphStore.close() }
            let graphIRI = graph ?? fileIRI
            let stored = try graphStore.importTriples(triples, graph: graphIRI, source: file)
            print("\(file): \(stored) triples imported into <\(graphIRI)> in \(store.db)")
        }
    }

    static func parse(_ bytes: [UInt8], format: Format, baseIRI: String, path: String) throws -> [Triple] {
        switch format {
        case .rdfxml:
            return try RDFXMLParser.parse(bytes: bytes, baseIRI: baseIRI, path: path)
        case .ntriples, .turtle:
            if let offset = TextDecoder.firstInvalidUTF8(bytes) { throw InputError.invalidUTF8(file: path, byteOffset: offset) }
            let text = String(decoding: bytes, as: UTF8.self)
            return format == .ntriples
                ? try NTriplesParser.parse(text, path: path)
                : try TurtleParser.parse(text, baseIRI: baseIRI, path: path)
        }
    }
}
