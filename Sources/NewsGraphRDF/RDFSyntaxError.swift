/// A syntax error in RDF input (RDF/XML grammar, N-Triples), with its place in the file.
public struct RDFSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    /// 1-based, counting Unicode scalars.
    public var column: Int
    /// What happened.
    public var message: String
    /// What to do about it.
    public var hint: String

    public init(path: String, line: Int, column: Int, message: String, hint: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public var description: String { "\(path):\(line):\(column): error: \(message). \(hint)" }
}
