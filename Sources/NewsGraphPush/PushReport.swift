/// What a push did, for the closing line and for tests.
public struct PushReport: Sendable, Equatable {
    /// Batches sent (each at least once).
    public var batches = 0
    /// Triples in the batches sent.
    public var triplesSent = 0
    /// Triples in the batches the endpoint acknowledged with 2xx.
    public var triplesAcknowledged = 0
    /// Bytes of N-Triples acknowledged.
    public var bytesAcknowledged = 0
    /// Tries beyond the first, over all batches (authentication and media-type rounds not counted).
    public var retries = 0
    public var seconds = 0.0

    public init() {}

    /// `pushed 1234 triples in 3 batches: 1234 acknowledged, 0 retries, 0.41 s (3010 triples/s)`.
    public var summary: String {
        let rate = seconds > 0 ? Int((Double(triplesAcknowledged) / seconds).rounded()) : triplesAcknowledged
        let time = (seconds * 100).rounded() / 100
        return "pushed \(triplesSent) triples in \(batches) batch\(batches == 1 ? "" : "es"): \(triplesAcknowledged) acknowledged, "
            + "\(retries) retr\(retries == 1 ? "y" : "ies"), \(time) s (\(rate) triples/s)"
    }
}
