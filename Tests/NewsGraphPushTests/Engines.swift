import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NewsGraphPush
import NewsGraphRDF

/// A triple store started on 127.0.0.1 for one test, in a temporary directory, and stopped by `stop()`.
protocol Engine: AnyObject {
    /// The Graph Store Protocol endpoint a push writes to.
    var graphStore: String { get }
    /// The SPARQL query endpoint.
    var sparql: String { get }
    var credentials: Credentials? { get }
    func stop()
}

/// `oxigraph serve --location DIR --bind 127.0.0.1:PORT` (pip `oxigraph`).
final class OxigraphEngine: Engine {
    let directory: URL
    let child: ChildProcess
    let port = freePort()
    var graphStore: String { "http://127.0.0.1:\(port)/store" }
    var sparql: String { "http://127.0.0.1:\(port)/query" }
    var credentials: Credentials? { nil }

    static let available = which("oxigraph") != nil

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-oxigraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        child = try ChildProcess(which("oxigraph")!, ["serve", "--location", directory.path, "--bind", "127.0.0.1:\(port)"])
        guard waitForHTTP("http://127.0.0.1:\(port)/", seconds: 30) else {
            stop()
            throw EngineError.didNotStart("oxigraph serve did not answer on 127.0.0.1:\(port) within 30 s")
        }
    }

    func stop() {
        child.stop(grace: 5)
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Virtuoso 7 from Debian (`virtuoso-opensource`) in the foreground, so the test owns the process;
/// SQL and HTTP on random loopback ports; a fresh database (user dba, password dba).
final class VirtuosoEngine: Engine {
    let directory: URL
    let child: ChildProcess
    let sqlPort = freePort()
    let httpPort = freePort()
    var graphStore: String { "http://127.0.0.1:\(httpPort)/sparql-graph-crud-auth" }
    var sparql: String { "http://127.0.0.1:\(httpPort)/sparql" }
    var credentials: Credentials? { Credentials(user: "dba", password: "dba") }

    static let available = which("virtuoso-t") != nil && which("isql-vt") != nil

    init() throws {
        if httpPort == sqlPort { throw EngineError.didNotStart("two free-port probes gave the same port \(sqlPort)") }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-virtuoso-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let d = directory.path
        let ini = """
        [Database]
        DatabaseFile = \(d)/virtuoso.db
        ErrorLogFile = \(d)/virtuoso.log
        LockFile = \(d)/virtuoso.lck
        TransactionFile = \(d)/virtuoso.trx
        xa_persistent_file = \(d)/virtuoso.pxa
        ErrorLogLevel = 7
        FileExtend = 200
        MaxCheckpointRemap = 2000
        Striping = 0
        TempStorage = TempDatabase
        [TempDatabase]
        DatabaseFile = \(d)/virtuoso-temp.db
        TransactionFile = \(d)/virtuoso-temp.trx
        MaxCheckpointRemap = 2000
        Striping = 0
        [Parameters]
        ServerPort = 127.0.0.1:\(sqlPort)
        DisableUnixSocket = 1
        MaxClientConnections = 10
        CheckpointInterval = 60
        CaseMode = 2
        DirsAllowed = ., \(d)
        NumberOfBuffers = 20000
        MaxDirtyBuffers = 15000
        ThreadsPerQuery = 2
        [HTTPServer]
        ServerPort = 127.0.0.1:\(httpPort)
        ServerRoot = /var/lib/virtuoso-opensource-7/vsp
        MaxClientConnections = 5
        ServerThreads = 5
        Charset = UTF-8
        EnabledDavVSP = 0
        [SPARQL]
        ResultSetMaxRows = 100000
        MaxQueryExecutionTime = 60
        [Plugins]
        LoadPath = /usr/lib/x86_64-linux-gnu/virtuoso-opensource-7/hosting
        """
        try ini.write(toFile: d + "/virtuoso.ini", atomically: true, encoding: .utf8)
        child = try ChildProcess(which("virtuoso-t")!, ["+configfile", d + "/virtuoso.ini", "+foreground"], directory: directory)
        guard waitForHTTP("http://127.0.0.1:\(httpPort)/sparql?query=ASK%7B%7D", seconds: 90) else {
            stop()
            throw EngineError.didNotStart("virtuoso-t did not answer on 127.0.0.1:\(httpPort) within 90 s")
        }
    }

    /// A clean shutdown through isql (bounded), then the process is stopped whatever happened.
    func stop() {
        if child.process.isRunning, let isql = which("isql-vt") {
            let shutdown = try? ChildProcess(isql, ["127.0.0.1:\(sqlPort)", "dba", "dba", "-K"])
            shutdown?.stop(grace: 20)
        }
        child.stop(grace: 20)
        try? FileManager.default.removeItem(at: directory)
    }
}

enum EngineError: Error, CustomStringConvertible {
    case didNotStart(String)
    case query(String)
    var description: String {
        switch self {
        case .didNotStart(let text), .query(let text): return text
        }
    }
}

/// Polls `url` until any HTTP answer comes, for at most `seconds`.
func waitForHTTP(_ url: String, seconds: Double) -> Bool {
    let transport = URLSessionTransport(timeout: 5)
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if (try? transport.send(URLRequest(url: URL(string: url)!))) != nil { return true }
        Thread.sleep(forTimeInterval: 0.5)
    }
    return false
}

/// Runs a SELECT on an engine (SPARQL protocol, POST form) and returns its rows as sorted
/// strings of normalised terms (see `normalised`), one `|`-joined string per row.
func engineSelect(_ endpoint: String, _ query: String) throws -> [String] {
    var request = URLRequest(url: URL(string: endpoint)!)
    request.httpMethod = "POST"
    request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
    request.setValue("application/sparql-results+json", forHTTPHeaderField: "Accept")
    request.httpBody = Data(("query=" + GraphStoreEndpointTesting.encode(query)).utf8)
    let exchange = try URLSessionTransport(timeout: 60).send(request)
    guard exchange.status == 200,
          let json = try JSONSerialization.jsonObject(with: exchange.body) as? [String: Any],
          let head = json["head"] as? [String: Any], let variables = head["vars"] as? [String],
          let results = json["results"] as? [String: Any], let bindings = results["bindings"] as? [[String: Any]] else {
        throw EngineError.query("HTTP \(exchange.status) for \(query): \(String(decoding: exchange.body.prefix(500), as: UTF8.self))")
    }
    return bindings.map { row in
        variables.map { variable in
            guard let term = row[variable] as? [String: String], let value = term["value"] else { return "UNBOUND" }
            switch term["type"] {
            case "uri": return normalised(.iri(value))
            case "bnode": return "_:"
            default:
                if let language = term["xml:lang"] { return normalised(.literal(Literal(value, language: language))) }
                return normalised(.literal(Literal(value, datatype: term["datatype"])))
            }
        }.joined(separator: "|")
    }.sorted()
}

/// A term as N-Triples, with `xsd:string` written plain, language tags lowercased and blank
/// node labels dropped (engines rename them), so engines' and NewsGraph's answers compare.
func normalised(_ term: Term?) -> String {
    guard let term else { return "UNBOUND" }
    switch term {
    case .blank: return "_:"
    case .iri: return NTriples.format(term)
    case .literal(let literal):
        if let language = literal.language { return NTriples.format(.literal(Literal(literal.lexical, language: language.lowercased()))) }
        if literal.datatype == nil || literal.datatype == Vocabulary.xsd + "string" { return NTriples.format(.literal(Literal(literal.lexical))) }
        return NTriples.format(term)
    }
}

enum GraphStoreEndpointTesting {
    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(0x7F)))
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
