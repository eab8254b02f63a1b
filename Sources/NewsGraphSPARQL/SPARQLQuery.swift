import NewsGraphRDF

/// A parsed SPARQL query: its form and its algebra.
public struct SPARQLQuery: Hashable, Sendable {
    public enum Form: Hashable, Sendable {
        /// `SELECT`: the projected variables, in order.
        case select([String])
        case ask
    }

    public var form: Form
    /// The algebra, including projection, ordering and slicing.
    public var pattern: GraphPattern
    /// The `BASE` in force at the end of the prologue (or the one passed to `parse`).
    public var baseIRI: String?

    public init(form: Form, pattern: GraphPattern, baseIRI: String? = nil) {
        self.form = form; self.pattern = pattern; self.baseIRI = baseIRI
    }

    /// The projected variables (empty for ASK).
    public var variables: [String] {
        if case .select(let vars) = form { return vars }
        return []
    }

    /// Parses SPARQL 1.1 `SELECT` or `ASK` text. Relative IRIs resolve against `BASE`, else
    /// against `baseIRI`.
    public static func parse(_ text: String, baseIRI: String? = nil) throws -> SPARQLQuery {
        var parser = try SPARQLParser(text, baseIRI: baseIRI)
        return try parser.parseQuery()
    }
}
