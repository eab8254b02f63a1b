import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphExport
import NewsGraphRDF
import NewsGraphStore

/// `newsgraph export CORPUS... --format graphml|rdfxml|ntriples|ontology|all [--out PATH|DIR]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the knowledge graph as GraphML, RDF/XML or N-Triples, and the ontology as RDF/XML.",
        discussion: """
        The graph is built from the documents given (directories are walked recursively for \
        *.txt files), or read from a store with --db. \
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

    @Option(name: .long, help: ArgumentHelp("Export the graph of this store (see `newsgraph build`) instead of documents.", valueName: "PATH"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("With --format ntriples: write numbered files graph-00001.nt ... of at most N MiB each (cut between lines) into the --out directory, for bulk loaders.", valueName: "N"))
    var splitMb: Double?

    @OptionGroup var ontologyOptions: OntologyOptions

    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case graphml, rdfxml, ntriples, ontology, all
    }

    func validate() throws {
        if db != nil && !inputs.isEmpty {
            throw ValidationError("give either documents or --db PATH, not both.")
        }
        if db == nil && inputs.isEmpty && format != .ontology {
            throw ValidationError("give the documents to export (files or directories of *.txt), or --db PATH.")
        }
        if format == .all && out == nil {
            throw ValidationError("--format all writes several files: give a directory with --out DIR.")
        }
        try validateSplit()
        do { _ = try GraphExport.validatedBase(base) } catch { throw ValidationError("\(error)") }
    }

    func run() throws {
        try reportingErrors {
            let directory = try ontologyOptions.directory()
            let export = try GraphExport(graph: try graph(ontology: directory), base: base,
                                         ontologyFile: directory.appendingPathComponent("newsgraph.owl").path)
            if let splitMb {
                try writeSplit(export, megabytes: splitMb)
                return
            }
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
        }
    }

    /// The graph of the store, of the documents, or (ontology only) none.
    private func graph(ontology directory: URL) throws -> KnowledgeGraph {
        if let db {
            let store = try GraphStore.open(at: db, mode: .readOnly)
            defer { try? store.close() }
            return try store.graph()
        }
        if format == .ontology && inputs.isEmpty { return KnowledgeGraph() }
        let files = try Corpus.files(inputs)
        let pipeline = try Pipeline(ontologyDirectory: directory)
        do {
            return try CorpusGraph.build(paths: files.map(\.name), pipeline: pipeline, warning: Diagnostics.warning)
        } catch let error as DocumentErrors {
            Diagnostics.error(error.description)
            throw ExitCode(ExitCodes.input)
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
        guard let input = FileHandle(forReadingAtPath: path) else {
            throw ExportError.io(path: path, message: "cannot read the finished export back")
        }
        defer { try? input.close() }
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            try FileHandle.standardOutput.write(contentsOf: chunk)
        }
    }
}
