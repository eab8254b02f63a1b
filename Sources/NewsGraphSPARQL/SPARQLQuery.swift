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
    /// `FROM` / `FROM NAMED`; nil means the index's default graph and all its named graphs.
    public var dataset: Dataset?

    /// The graphs a query reads: the default graph is the merge of `defaultGraphs`, and `GRAPH`
    /// sees only `namedGraphs`.
    public struct Dataset: Hashable, Sendable {
        public var defaultGraphs: [String]
        public var namedGraphs: [String]

        public init(defaultGraphs: [String] = [], namedGraphs: [String] = []) {
            self.defaultGraphs = defaultGraphs; self.namedGraphs = namedGraphs
        }
    }

    public init(form: Form, pattern: GraphPattern, baseIRI: String? = nil, dataset: Dataset? = nil) {
        self.form = form; self.pattern = pattern; self.baseIRI = baseIRI; self.dataset = dataset
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

extension SPARQLQuery {
    /// Whether the query orders its solutions (ORDER BY at the top level).
    public var hasOrderBy: Bool {
        var p = pattern
        while true {
            switch p {
            case .slice(let inner, _, _), .distinct(let inner), .reduced(let inner), .project(let inner, _): p = inner
            case .orderBy: return true
            default: return false
            }
        }
    }
}
