import NewsGraphRDF

/// The answer to a query: solutions (variables and rows; nil = unbound) or a boolean (ASK).
public enum QueryResult: Hashable, Sendable {
    case solutions(variables: [String], rows: [[Term?]])
    case boolean(Bool)

    public var variables: [String] {
        if case .solutions(let v, _) = self { return v }
        return []
    }

    public var rows: [[Term?]] {
        if case .solutions(_, let r) = self { return r }
        return []
    }

    public var boolean: Bool? {
        if case .boolean(let b) = self { return b }
        return nil
    }
}

extension TripleIndex {
    /// Runs a parsed query over this index.
    public func evaluate(_ query: SPARQLQuery) throws -> QueryResult {
        let evaluator = Evaluator(index: self, query: query)
        let solutions = try evaluator.evalAlone(query.pattern)
        switch query.form {
        case .ask:
            return .boolean(!solutions.isEmpty)
        case .select(let variables):
            let slots = variables.map { evaluator.slot($0) }
            var rows: [[Term?]] = []
            rows.reserveCapacity(solutions.count)
            for r in 0..<solutions.count {
                rows.append(slots.map { s in
                    let id = solutions.value(r, s)
                    return id == 0 ? nil : evaluator.term(id)
                })
            }
            return .solutions(variables: variables, rows: rows)
        }
    }

    /// Parses and runs query text.
    public func evaluate(_ text: String) throws -> QueryResult {
        try evaluate(SPARQLQuery.parse(text))
    }
}
