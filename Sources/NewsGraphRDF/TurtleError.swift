/// A Turtle (or N-Triples) document that cannot be read.
public enum TurtleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `path:line:column`: what is wrong at that place. Columns count Unicode scalars from 1.
    case syntax(path: String, line: Int, column: Int, message: String)
    /// A prefixed name whose prefix was never declared with `@prefix` / `PREFIX`.
    case unknownPrefix(path: String, line: Int, column: Int, prefix: String)

    public var description: String {
        switch self {
        case .syntax(let path, let line, let column, let message):
            return "\(path):\(line):\(column): error: \(message)"
        case .unknownPrefix(let path, let line, let column, let prefix):
            return "\(path):\(line):\(column): error: unknown prefix '\(prefix):'. Declare it with @prefix \(prefix): <...> ."
        }
    }
}
