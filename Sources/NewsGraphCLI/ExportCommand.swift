import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphExport
import NewsGraphRDF

/// `newsgraph export CORPUS... --format graphml|rdfxml|ntriples|ontology|all [--out PATH|DIR]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the knowledge graph as GraphML, RDF/XML or N-Triples, and the ontology as RDF/XML.",
        discussion: """
        The graph is built from the documents given (directories are walked for *.txt files). \
        RDF/XML and N-Triples hold exactly the same triples. Every file is written under a \
        temporary name and renamed into place, so an interrupted export leaves no partial file.
        With one format and no --out, the export goes to standard output. With --format all, \
        --out names a directory that receives graph.graphml, graph.rdf, graph.nt and ontology.rdf.
        """)

    @Argument(help: "Documents: files, directories or '-'.")
    var inputs: [String] = []

    @Option(name: .long, help: "graphml, rdfxml, ntriples, ontology or all.")
    var format: FormatChoice = .all

    @Option(name: .long, help: "The output file (one format) or directory (--format all). Default: standard output.")
    var out: String?

    @Option(name: .long, help: "The base IRI of entity, document and relation IRIs.")
    var base: String = Vocabulary.defaultBase

    @Option(name: .long, help: "Read the graph from this store instead of documents.")
    var db: String?

    @OptionGroup var ontologyOptions: OntologyOptions

    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case graphml, rdfxml, ntriples, ontology, all
    }

    func validate() throws {
        if db != nil {
            throw ValidationError("--db is not available yet: the store cannot be read by export. Give the documents instead.")
        }
        if inputs.isEmpty && format != .ontology {
            throw ValidationError("give the documents to export (files, directories or '-').")
        }
        if format == .all && out == nil {
            throw ValidationError("--format all writes several files: give a directory with --out DIR.")
        }
        do { _ = try GraphExport.validatedBase(base) } catch { throw ValidationError("\(error)") }
    }

    func run() throws {
        let ontologyFile = try ontologyOptions.directory().appendingPathComponent("newsgraph.owl").path
        var graph = KnowledgeGraph()
        if format != .ontology {
            let pipeline = try ontologyOptions.pipeline()
            do {
                let paths = try InputFiles.expand(inputs)
                graph = try CorpusGraph.build(paths: paths, pipeline: pipeline, warning: printError)
            } catch {
                printError("\(error)")
                throw ExitCode(CLIExit.input)
            }
        }
        let export = try GraphExport(graph: graph, base: base, ontologyFile: ontologyFile)
        do {
            switch format {
            case .all:
                try FileManager.default.createDirectory(atPath: out!, withIntermediateDirectories: true)
                try export.writeAll(to: out!)
            case .graphml, .rdfxml, .ntriples, .ontology:
                let single = ExportFormat(rawValue: format.rawValue)!
                if let out {
                    var isDirectory: ObjCBool = false
                    let target = FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) && isDirectory.boolValue
                        ? (out.hasSuffix("/") ? out : out + "/") + single.fileName : out
                    try export.write(single, to: target)
                } else {
                    try writeToStandardOutput(export, single)
                }
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            printError("\(error)")
            throw ExitCode(CLIExit.failure)
        }
    }

    /// Writes into a private temporary directory, then copies the file to standard output in
    /// blocks (the exporters only write files, atomically).
    private func writeToStandardOutput(_ export: GraphExport, _ format: ExportFormat) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-export-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(format.fileName).path
        try export.write(format, to: path)
        guard let input = FileHandle(forReadingAtPath: path) else { throw ExitCode(CLIExit.failure) }
        defer { try? input.close() }
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            try FileHandle.standardOutput.write(contentsOf: chunk)
        }
    }
}
