/// Everything a push can fail with. Messages follow `PLACE: error: what happened. What to do.`
/// and never contain the password.
public enum PushError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidEndpoint(endpoint: String, reason: String)
    /// `--password-env` named a variable that is not set.
    case missingPassword(variable: String)
    /// A batch failed for good: every try failed, or the server refused it in a way that
    /// retrying cannot change (4xx). `acknowledged` triples were stored before it.
    case batchFailed(endpoint: String, batch: Int, firstTriple: Int, lastTriple: Int, attempts: Int, reason: String, acknowledged: Int)

    public var description: String {
        switch self {
        case let .invalidEndpoint(endpoint, reason):
            return "\(endpoint): error: the endpoint cannot be used: \(reason)."
        case let .missingPassword(variable):
            return "error: the environment variable \(variable) (named by --password-env) is not set. Export the password in it before running push."
        case let .batchFailed(endpoint, batch, first, last, attempts, reason, acknowledged):
            let tries = attempts == 1 ? "1 try" : "\(attempts) tries"
            return "\(endpoint): error: batch \(batch) (triples \(first)-\(last)) failed after \(tries): \(reason). "
                + "\(acknowledged) triples in earlier batches were acknowledged, so the graph holds a partial push; "
                + "fix the cause and push again with --replace (the local store is unchanged)."
        }
    }
}
