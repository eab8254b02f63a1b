import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphExport
import NewsGraphPush
import NewsGraphRDF
import NewsGraphStore

/// `newsgraph push --endpoint URL [--graph IRI] [--user U --password-env VAR] [--replace]`.
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Send the store's graph to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.",
        discussion: """
        The triples are those of `newsgraph export --format ntriples --db PATH`, sent as N-Triples \
        in batches: POST appends each batch to the graph; with --replace the first batch is a PUT \
        that replaces the graph. A batch that fails (connection error, HTTP 5xx, 408, 429) is tried \
        again with exponential backoff, up to --tries times; any other refusal stops the push at \
        once. The store is opened read-only.

        Virtuoso: --endpoint http://HOST:PORT/sparql-graph-crud-auth --graph IRI --user dba \
        --password-env VAR (digest authentication; the graph goes in ?graph-uri=). Oxigraph: \
        --endpoint http://HOST:PORT/store. Other servers: their Graph Store endpoint; basic \
        authentication with --user. The password is read only from the environment variable named \
        by --password-env, so it never appears in the process list, logs or messages.
        """)

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: ArgumentHelp("The Graph Store Protocol endpoint (http:// or https://).", valueName: "URL"))
    var endpoint: String

    @Option(name: .long, help: ArgumentHelp("The named graph to write (default: the endpoint's default graph).", valueName: "IRI"))
    var graph: String?

    @Option(name: .long, help: ArgumentHelp("The query parameter naming the graph (default: graph, or graph-uri for Virtuoso's sparql-graph-crud).", valueName: "NAME"))
    var graphParam: String?

    @Option(name: .long, help: "The user name for HTTP authentication.")
    var user: String?

    @Option(name: .long, help: ArgumentHelp("The environment variable holding the password (never the password itself).", valueName: "VAR"))
    var passwordEnv: String?

    @Flag(name: .long, help: "Replace the graph's content instead of adding to it.")
    var replace = false

    @Option(name: .long, help: ArgumentHelp("Triples per request.", valueName: "N"))
    var batchTriples: Int = 10_000

    @Option(name: .long, help: ArgumentHelp("Tries per batch before the push fails.", valueName: "N"))
    var tries: Int = 5

    @Option(name: .long, help: "The base IRI of entity, document and relation IRIs.")
    var base: String = Vocabulary.defaultBase

    @Flag(name: .long, help: "Print a line per acknowledged batch on standard error.")
    var verbose = false

    func validate() throws {
        if batchTriples < 1 { throw ValidationError("--batch-triples must be at least 1.") }
        if tries < 1 || tries > 20 { throw ValidationError("--tries must be between 1 and 20.") }
        if (user == nil) != (passwordEnv == nil) {
            throw ValidationError("give --user and --password-env together (the password is read from that environment variable).")
        }
        do {
            _ = try GraphExport.validatedBase(base)
            _ = try GraphStoreEndpoint(endpoint, graph: graph, graphParameter: graphParam)
        } catch { throw ValidationError("\(error)") }
    }

    func run() throws {
        try reportingErrors {
            let target = try GraphStoreEndpoint(endpoint, graph: graph, graphParameter: graphParam)
            let credentials = try user.map {
                try Credentials.fromEnvironment(user: $0, variable: passwordEnv!, environment: ProcessInfo.processInfo.environment)
            }
            let opened = try store.open(.readOnly)
            let knowledgeGraph = try { defer { try? opened.close() }; return try opened.graph() }()
            var options = GraphPusher.Options()
            options.replace = replace
            options.maxAttempts = tries
            let pusher = GraphPusher(endpoint: target, credentials: credentials, options: options)
            if verbose {
                pusher.onBatch = { batch, report in
                    Diagnostics.warning("batch \(batch.number): triples \(batch.firstTriple)-\(batch.lastTriple) acknowledged (\(report.triplesAcknowledged) so far)")
                }
            }
            do {
                let report = try pusher.push(knowledgeGraph, rdf: GraphRDF(base: base), batchTriples: batchTriples)
                print(report.summary + " to " + target.display)
            } catch let error as PushError {
                Diagnostics.error(error.description)
                Diagnostics.error(pusher.report.summary)
                throw ExitCode(ExitCodes.generic)
            }
        }
    }
}
