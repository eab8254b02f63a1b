import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NewsGraph
import NewsGraphExport
import NewsGraphRDF

/// Sends N-Triples batches to a Graph Store Protocol endpoint: `POST` appends each batch to the
/// graph; with `replace`, the first request is a `PUT` that replaces the graph's content.
///
/// A batch is retried with exponential backoff when the connection fails or the server answers
/// 5xx, 408 or 429; any other 4xx fails at once (sending it again cannot help). Retrying a POST
/// whose answer was lost is safe: a graph is a set, so triples stored twice are stored once.
/// Answers to `401` (digest challenges) and `415` (N-Triples refused: resend as `text/plain`)
/// are protocol rounds, not failures.
public final class GraphPusher {
    public struct Options: Sendable {
        public var replace = false
        /// Tries per batch, the first included.
        public var maxAttempts = 5
        /// Seconds before the second try; doubled for each later one, up to `maxDelay`.
        public var initialDelay = 0.5
        public var maxDelay = 8.0
        public init() {}
    }

    public let endpoint: GraphStoreEndpoint
    public let credentials: Credentials?
    public let options: Options
    private let transport: any HTTPTransport
    private let sleep: (Double) -> Void
    private var contentType: String
    private var digest: DigestChallenge?
    private var nonceCount = 0
    private let cnonce = String(UInt64.random(in: 0...UInt64.max), radix: 16)
    public private(set) var report = PushReport()
    /// Called after each acknowledged batch (progress).
    public var onBatch: ((NTriplesBatch, PushReport) -> Void)?

    public init(endpoint: GraphStoreEndpoint, credentials: Credentials? = nil, options: Options = Options(),
                transport: any HTTPTransport = URLSessionTransport(), sleep: @escaping (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.options = options
        self.transport = transport
        self.sleep = sleep
        self.contentType = endpoint.contentType
    }

    /// Pushes `graph`'s N-Triples export in batches of at most `batchTriples` triples (and 64 MiB).
    @discardableResult
    public func push(_ graph: KnowledgeGraph, rdf: GraphRDF = GraphRDF(), batchTriples: Int = 10_000) throws -> PushReport {
        let started = Date()
        defer { report.seconds = Date().timeIntervalSince(started) }
        let batches = NTriplesBatches(rdf: rdf, maxBytes: 64 << 20, maxTriples: batchTriples)
        var sentAny = false
        try batches.forEach(graph) { batch in
            try send(batch, method: (options.replace && !sentAny) ? "PUT" : "POST")
            sentAny = true
        }
        // Replacing with an empty graph: one empty PUT empties the target.
        if options.replace && !sentAny {
            try send(NTriplesBatch(number: 1, firstTriple: 1, tripleCount: 0, bytes: []), method: "PUT")
        }
        return report
    }

    /// Sends one batch, retrying as documented on the type.
    public func send(_ batch: NTriplesBatch, method: String) throws {
        report.batches += 1
        report.triplesSent += batch.tripleCount
        var attempt = 0
        var delay = options.initialDelay
        var protocolRounds = 0
        while true {
            attempt += 1
            let reason: String
            var retryable = true
            do {
                let exchange = try transport.send(request(batch, method: method))
                switch exchange.status {
                case 200..<300:
                    report.triplesAcknowledged += batch.tripleCount
                    report.bytesAcknowledged += batch.bytes.count
                    onBatch?(batch, report)
                    return
                case 401 where protocolRounds < 3 && answerChallenge(exchange):
                    protocolRounds += 1
                    attempt -= 1
                    continue
                case 415 where contentType != GraphStoreEndpoint.textPlain && protocolRounds < 3:
                    protocolRounds += 1
                    contentType = GraphStoreEndpoint.textPlain
                    attempt -= 1
                    continue
                default:
                    reason = Self.describe(exchange)
                    retryable = exchange.status >= 500 || exchange.status == 408 || exchange.status == 429
                }
            } catch {
                reason = "the request failed (\(Self.describe(error)))"
            }
            if !retryable || attempt >= options.maxAttempts {
                throw PushError.batchFailed(endpoint: endpoint.display, batch: batch.number, firstTriple: batch.firstTriple,
                                            lastTriple: batch.lastTriple, attempts: attempt, reason: reason,
                                            acknowledged: report.triplesAcknowledged)
            }
            report.retries += 1
            sleep(delay)
            delay = min(delay * 2, options.maxDelay)
        }
    }

    private func request(_ batch: NTriplesBatch, method: String) -> URLRequest {
        let url = endpoint.requestURL
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = Data(batch.bytes)
        request.setValue(contentType + "; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue("*/*", forHTTPHeaderField: "Accept")
        if let credentials {
            if let digest {
                nonceCount += 1
                let uri = url.path + (url.query.map { "?" + $0 } ?? "")
                request.setValue(digest.authorization(method: method, uri: uri, credentials: credentials, count: nonceCount, cnonce: cnonce),
                                 forHTTPHeaderField: "Authorization")
            } else if !endpoint.expectsDigest {
                // Basic goes out with the first request: no round trip, and no body sent twice.
                let token = Data("\(credentials.user):\(credentials.password)".utf8).base64EncodedString()
                request.setValue("Basic " + token, forHTTPHeaderField: "Authorization")
            }
        }
        return request
    }

    /// Takes a digest challenge from a 401 when there are credentials to answer it: true when
    /// the request should be sent again.
    private func answerChallenge(_ exchange: HTTPExchange) -> Bool {
        guard credentials != nil, let header = exchange.header("WWW-Authenticate"),
              let challenge = DigestChallenge.parse(header) else { return false }
        // The same nonce refused again (and not merely stale): the password is wrong.
        if let digest, digest.nonce == challenge.nonce, !challenge.stale { return false }
        digest = challenge
        nonceCount = 0
        return true
    }

    /// `HTTP 500 Internal Server Error: first line of the body`.
    static func describe(_ exchange: HTTPExchange) -> String {
        var text = "HTTP \(exchange.status) \(HTTPURLResponse.localizedString(forStatusCode: exchange.status))"
        if exchange.status == 401 { text += " (the endpoint refused the user name or password, or needs them: give --user and --password-env)" }
        let body = String(decoding: exchange.body.prefix(300), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
        if let body { text += ": " + body }
        return text
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? URLError { return "\(error.code.rawValue): \(error.localizedDescription)" }
        return String(describing: error)
    }
}
