import NewsGraphText
/// Why a query could not be parsed or run.
public enum SPARQLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A syntax error at `line`/`column` (from 1; columns count Unicode scalars). `sourceLine`
    /// is the text of that line, shown with a caret under the column.
    case syntax(line: Int, column: Int, message: String, sourceLine: String)
    /// A prefixed name whose prefix has no `PREFIX` declaration.
    case unknownPrefix(prefix: String, line: Int, column: Int, sourceLine: String)
    /// Valid SPARQL that NewsGraph does not run (CONSTRUCT, DESCRIBE, SERVICE, ...).
    case unsupported(feature: String, line: Int, column: Int, sourceLine: String)
    /// A failure while evaluating (for example a result too large to hold).
    case evaluation(String)

    public var description: String {
        switch self {
        case .syntax(let line, let column, let message, let source):
            return "line \(line), column \(column): \(message)" + Self.caret(source, column)
        case .unknownPrefix(let prefix, let line, let column, let source):
            return "line \(line), column \(column): unknown prefix '\(prefix):'. Declare it with PREFIX \(prefix): <IRI>"
                + Self.caret(source, column)
        case .unsupported(let feature, let line, let column, let source):
            return "line \(line), column \(column): NewsGraph's SPARQL engine does not support \(feature)"
                + Self.caret(source, column)
        case .evaluation(let message):
            return message
        }
    }

    /// The source line and a caret under `column`, padded by display width so the caret lines
    /// up under CJK text too (wide characters take two terminal columns; tabs are kept).
    static func caret(_ source: String, _ column: Int) -> String {
        var pad = ""
        for scalar in source.unicodeScalars.prefix(max(0, column - 1)) {
            if scalar == "\t" { pad += "\t"; continue }
            pad += String(repeating: " ", count: DisplayWidth.of(scalar))
        }
        return "\n  " + source + "\n  " + pad + "^"
    }
}
