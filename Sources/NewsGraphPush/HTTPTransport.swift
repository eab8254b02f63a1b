import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange, made synchronous: the push sends one batch at a time, in order.
public protocol HTTPTransport: Sendable {
    /// The response, or a thrown transport error (connection refused, timeout ...).
    func send(_ request: URLRequest) throws -> HTTPExchange
}

/// What came back for one request.
public struct HTTPExchange: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A header by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// `URLSession` whose delegate refuses every authentication challenge and keeps the 401
/// response: `GraphPusher` answers challenges itself (Foundation's Linux build knows no digest,
/// and without a delegate it never finishes a task that got a Basic challenge it cannot answer).
/// Nothing is cached or stored.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    private let session: URLSession
    private let challenges = ChallengeDelegate()

    /// - Parameter timeout: seconds a request may wait for the server before it counts as failed.
    public init(timeout: TimeInterval = 300) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration, delegate: challenges, delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    public func send(_ request: URLRequest) throws -> HTTPExchange {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        let challenges = self.challenges
        let task = session.dataTask(with: request) { data, response, error in
            if let refused = challenges.take(box.identifier) {
                var headers: [String: String] = [:]
                for (key, value) in refused.allHeaderFields {
                    if let key = key as? String, let value = value as? String { headers[key] = value }
                }
                box.result = .success(HTTPExchange(status: refused.statusCode, headers: headers, body: Data()))
            } else if let error {
                box.result = .failure(error)
            } else if let http = response as? HTTPURLResponse {
                var headers: [String: String] = [:]
                for (key, value) in http.allHeaderFields {
                    if let key = key as? String, let value = value as? String { headers[key] = value }
                }
                box.result = .success(HTTPExchange(status: http.statusCode, headers: headers, body: data ?? Data()))
            } else {
                box.result = .failure(URLError(.badServerResponse))
            }
            done.signal()
        }
        box.identifier = task.taskIdentifier
        task.resume()
        done.wait()
        return try box.result!.get()
    }

    /// Cancels each challenge and remembers the response that carried it, by task.
    private final class ChallengeDelegate: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        private let lock = NSLock()
        private var refused: [Int: HTTPURLResponse] = [:]

        func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
            if let response = challenge.failureResponse as? HTTPURLResponse {
                lock.lock()
                refused[task.taskIdentifier] = response
                lock.unlock()
            }
            completionHandler(.cancelAuthenticationChallenge, nil)
        }

        func take(_ identifier: Int) -> HTTPURLResponse? {
            lock.lock()
            defer { lock.unlock() }
            return refused.removeValue(forKey: identifier)
        }
    }

    private final class ResultBox: @unchecked Sendable {
        var result: Result<HTTPExchange, any Error>?
        var identifier = -1
    }
}
