import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphSPARQL
import NewsGraphText

/// `newsgraph query [--db PATH] 'SPARQL' | -f FILE.rq [--format table|csv|tsv|json|xml]`
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a SPARQL SELECT or ASK query over the store.",
        discussion: """
            The query sees the extracted graph as RDF (entities, documents, relations and their \
            provenance; see `newsgraph export --format ntriples`) together with every graph added \
            by `newsgraph import`, each of which is also a named graph for GRAPH <iri> { }. \
            Declare the prefixes you use, for example PREFIX kg: <https://newsgraph.example/ontology#>. \
            json, xml, csv and tsv are the W3C SPARQL results formats; table fits the terminal \
            ($COLUMNS, else 80 columns). The store is opened read-only.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, tsv, json, xml
    }

    @Argument(help: ArgumentHelp("The query text.", valueName: "SPARQL"))
    var text: String?

    @Option(name: [.customShort("f"), .long], help: ArgumentHelp("Read the query from a file ('-' for standard input).", valueName: "FILE"))
    var file: String?

    @Option(help: "table, csv, tsv, json or xml.")
    var format: Format = .table

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if text != nil && file != nil { throw ValidationError("Give the query as an argument or with -f FILE, not both.") }
        if text == nil && file == nil { throw ValidationError("Give a query: newsgraph query 'SELECT ...' or newsgraph query -f FILE.rq.") }
    }

    func run() throws {
        try reportingErrors {
            let (source, queryText) = try readQuery()
            // Parse before opening the store: a typo is reported even without a store.
            let parsed: SPARQLQuery
            do {
                parsed = try SPARQLQuery.parse(queryText)
            } catch let error as SPARQLError {
                throw QueryTextError(source: source, error: error)
            }
            let graphQuery = try store.loadQuery()
            let result: QueryResult
            do {
                result = try graphQuery.tripleIndex().evaluate(parsed)
            } catch let error as SPARQLError {
                throw QueryTextError(source: source, error: error)
            }
            let output: String
            switch format {
            case .table: output = TableRenderer.render(result, maxWidth: Terminal.width, prefixes: Terminal.prefixes)
            case .csv: output = result.csv()
            case .tsv: output = result.tsv()
            case .json: output = result.json()
            case .xml: output = try result.xml()
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }

    /// The query's text and the name its errors are reported under.
    private func readQuery() throws -> (String, String) {
        guard let file else { return ("query", text ?? "") }
        let data: Data?
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: file)
        }
        guard let data else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory)
            throw InputError.unreadable(file: file, reason: !exists ? "no such file or directory" : isDirectory.boolValue ? "it is a directory" : "permission denied")
        }
        let bytes = [UInt8](data)
        if let offset = TextDecoder.firstInvalidUTF8(bytes) { throw InputError.invalidUTF8(file: file, byteOffset: offset) }
        return (file == "-" ? "<stdin>" : file, String(decoding: bytes, as: UTF8.self))
    }
}
