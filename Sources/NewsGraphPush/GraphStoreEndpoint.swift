import Foundation

/// Where a push goes: a SPARQL 1.1 Graph Store HTTP Protocol endpoint and the graph in it.
///
/// The protocol names the target graph with `?graph=IRI` (or `?default`); Virtuoso's
/// `/sparql-graph-crud` and `/sparql-graph-crud-auth` use `?graph-uri=IRI` and take N-Triples
/// as `text/plain`, so an endpoint whose path starts that way gets those by default.
public struct GraphStoreEndpoint: Sendable, Equatable {
    public var url: URL
    /// The target graph; nil for the default graph.
    public var graph: String?
    /// The query parameter that names the graph.
    public var graphParameter: String
    /// The media type of the N-Triples bodies (falls back to `text/plain` on HTTP 415).
    public var contentType: String

    public static let nTriples = "application/n-triples"
    public static let textPlain = "text/plain"

    /// - Parameter graphParameter: overrides the detected `graph` / `graph-uri`.
    public init(_ endpoint: String, graph: String?, graphParameter: String? = nil) throws {
        guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else {
            throw PushError.invalidEndpoint(endpoint: endpoint, reason: "it is not an http:// or https:// URL")
        }
        if url.user != nil || url.password != nil {
            // Never echo the URL: it holds the secret.
            throw PushError.invalidEndpoint(endpoint: "(the URL given)", reason: "it carries a user name or password; give --user and the password in an environment variable (--password-env)")
        }
        let virtuoso = url.path.split(separator: "/").last.map { $0.hasPrefix("sparql-graph-crud") } ?? false
        if virtuoso && graph == nil {
            throw PushError.invalidEndpoint(endpoint: endpoint, reason: "Virtuoso's graph store needs a named graph; give --graph IRI")
        }
        self.url = url
        self.graph = graph
        self.graphParameter = graphParameter ?? (virtuoso ? "graph-uri" : "graph")
        self.contentType = virtuoso ? Self.textPlain : Self.nTriples
    }

    /// True when the path is Virtuoso's authenticated graph store (digest authentication).
    public var expectsDigest: Bool {
        url.path.split(separator: "/").last == "sparql-graph-crud-auth"
    }

    /// The request URL: the endpoint with `?graph=IRI` (or `?default`) appended to its query.
    public var requestURL: URL {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)!
        var items = components.percentEncodedQueryItems ?? []
        if let graph {
            items.append(URLQueryItem(name: graphParameter, value: Self.encode(graph)))
        } else {
            items.append(URLQueryItem(name: "default", value: nil))
        }
        components.percentEncodedQueryItems = items
        return components.url!
    }

    /// The endpoint for messages (it never holds credentials, see `init`).
    public var display: String {
        url.absoluteString + (graph.map { " graph <\($0)>" } ?? " default graph")
    }

    /// Percent-encodes everything but unreserved characters, so `&`, `=`, `#` and `+` in an IRI
    /// survive as data.
    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(0x7F)))
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
