/// Everything an export can fail with. Messages follow `PLACE: error: what happened. What to do.`
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be created, written or renamed into place.
    case io(path: String, message: String)
    /// The `--base` IRI cannot prefix instance IRIs.
    case invalidBase(String)
    /// Two graph ids became the same GraphML id (see `GraphMLID`).
    case duplicateGraphMLID(id: String, first: String, second: String)

    public var description: String {
        switch self {
        case let .io(path, message):
            return "\(path): error: \(message). Check that the directory exists, is writable and the disk has space."
        case let .invalidBase(base):
            return "error: the base IRI \"\(base)\" is not an absolute IRI (scheme:..., without spaces, control characters or <>\"{}|^`\\). Give one like https://example.org/id/."
        case let .duplicateGraphMLID(id, first, second):
            return "error: graph ids \"\(first)\" and \"\(second)\" both become the GraphML id \"\(id)\". Rename one of them."
        }
    }
}
