import NewsGraphText
import Foundation
import NewsGraph
import NewsGraphOntology
import NewsGraphRDF
import NewsGraphSPARQL
import NewsGraphStore

extension StoreOptions {
    /// The store's graph, catalog and imported graphs, read through a read-only connection
    /// (query commands never change the store) that is closed before the answer is computed.
    func loadQuery() throws -> GraphQuery {
        let graphStore = try open(.readOnly)
        defer { try? graphStore.close() }
        let imported = try graphStore.namedGraphs().map { ImportedGraph(iri: $0.iri, triples: try graphStore.triples(inGraph: $0.iri)) }
        let catalog = try graphStore.catalog()
        return GraphQuery(graph: try graphStore.graph(catalog: catalog), catalog: catalog, importedGraphs: imported)
    }
}

/// A name that resolves to nothing or to several entities, with the store it was looked up in.
/// Also a predicate no relation uses.
struct LookupError: Error, CustomStringConvertible {
    var store: String
    var message: String

    init(store: String, message: String) {
        self.store = store
        self.message = message
    }

    init(store: String, error: GraphQueryError) {
        self.init(store: store, message: error.description)
    }

    var description: String { "\(store): error: \(message)" }
}

/// A query that could not be parsed or run, with where its text came from (`-f FILE`, or
/// `query` for text on the command line).
struct QueryTextError: Error, CustomStringConvertible {
    var source: String
    var error: SPARQLError

    var description: String {
        switch error {
        case .syntax(let line, let column, let message, let text):
            return "\(source):\(line):\(column): error: \(message)" + Self.caret(text, column)
        case .unknownPrefix(let prefix, let line, let column, let text):
            return "\(source):\(line):\(column): error: unknown prefix '\(prefix):'. Declare it with PREFIX \(prefix): <IRI>" + Self.caret(text, column)
        case .unsupported(let feature, let line, let column, let text):
            return "\(source):\(line):\(column): error: NewsGraph's SPARQL engine does not support \(feature)." + Self.caret(text, column)
        case .evaluation(let message):
            return "\(source): error: \(message)"
        }
    }

    /// The source line and a caret under `column`, padded by display width so it lines up
    /// under Chinese text (wide characters take two terminal columns; tabs are kept).
    static func caret(_ text: String, _ column: Int) -> String {
        var pad = ""
        for scalar in text.unicodeScalars.prefix(max(0, column - 1)) {
            pad += scalar == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(scalar))
        }
        return "\n  " + text + "\n  " + pad + "^"
    }
}

extension GraphQuery {
    /// `resolve(_:type:)` with the store path in its error.
    func resolve(_ name: String, type: EntityType? = nil, store: String) throws -> GraphNode {
        do {
            return try resolve(name, type: type)
        } catch let error as GraphQueryError {
            throw LookupError(store: store, error: error)
        }
    }
}
