import NewsGraphRDF

/// Recursive-descent parser for SPARQL 1.1 queries (grammar of section 19), translating to
/// the algebra of section 18 as it goes.
struct SPARQLParser {
    var tokens: [Token]
    var index = 0
    let source: SourceText
    var prefixes: [String: String] = [:]
    var base: String?
    var freshCounter = 0
    /// Aggregates met in SELECT/HAVING/ORDER BY, replaced by hidden variables.
    var aggregates: [AggregateBinding] = []
    var aggregatesAllowed = false
    var dataset: SPARQLQuery.Dataset? = nil

    init(_ text: String, baseIRI: String?) throws {
        (tokens, source) = try SPARQLLexer.tokenize(text)
        base = baseIRI
    }

    // MARK: token helpers

    var current: Token { tokens[index] }
    var kind: Token.Kind { tokens[index].kind }
    func kind(ahead k: Int) -> Token.Kind { tokens[min(index + k, tokens.count - 1)].kind }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    func isWord(_ word: String) -> Bool {
        if case .word(let w) = kind { return w.caseInsensitiveCompare(word) }
        return false
    }

    func isPunct(_ p: String) -> Bool { kind == .punct(p) }

    mutating func acceptWord(_ word: String) -> Bool {
        if isWord(word) { advance(); return true }
        return false
    }

    mutating func acceptPunct(_ p: String) -> Bool {
        if isPunct(p) { advance(); return true }
        return false
    }

    mutating func expectPunct(_ p: String, _ context: String = "") throws {
        guard acceptPunct(p) else { throw error("expected '\(p)'\(context.isEmpty ? "" : " " + context), found \(describe(current))") }
    }

    mutating func expectWord(_ word: String) throws {
        guard acceptWord(word) else { throw error("expected \(word), found \(describe(current))") }
    }

    func error(_ message: String, at token: Token? = nil) -> SPARQLError {
        source.syntaxError(message, at: (token ?? current).offset)
    }

    func unsupported(_ feature: String, at token: Token? = nil) -> SPARQLError {
        let (line, column, text) = source.location((token ?? current).offset)
        return .unsupported(feature: feature, line: line, column: column, sourceLine: text)
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: return "end of query"
        case .iri(let i): return "<\(i)>"
        case .prefixedName(let p, let l): return "'\(p):\(l)'"
        case .blankLabel(let l): return "'_:\(l)'"
        case .variable(let v): return "'?\(v)'"
        case .string(let s): return "string \"\(s.prefix(20))\""
        case .languageTag(let t): return "'@\(t)'"
        case .integer(let n), .decimal(let n), .double(let n): return "number \(n)"
        case .word(let w): return "'\(w)'"
        case .punct(let p): return "'\(p)'"
        }
    }

    mutating func freshVariable(_ kind: String) -> String {
        freshCounter += 1
        return "_:\(kind)\(freshCounter)"
    }

    // MARK: query

    mutating func parseQuery() throws -> SPARQLQuery {
        try prologue()
        var query: SPARQLQuery
        if isWord("SELECT") {
            let (pattern, variables) = try selectQuery(sub: false)
            query = SPARQLQuery(form: .select(variables), pattern: pattern, baseIRI: base, dataset: dataset)
        } else if isWord("ASK") {
            advance()
            try datasetClauses()
            _ = acceptWord("WHERE")
            let pattern = try solutionModifiers(groupGraphPattern(), projection: nil, distinct: nil)
            query = SPARQLQuery(form: .ask, pattern: pattern.0, baseIRI: base, dataset: dataset)
        } else if isWord("CONSTRUCT") || isWord("DESCRIBE") {
            throw unsupported(isWord("CONSTRUCT") ? "CONSTRUCT queries (use SELECT or ASK)" : "DESCRIBE queries (use SELECT or ASK)")
        } else {
            throw error("expected SELECT or ASK, found \(describe(current))")
        }
        if acceptWord("VALUES") {
            let values = try dataBlock()
            query.pattern = Self.appendValues(query.pattern, values)
        }
        guard kind == .end else { throw error("unexpected \(describe(current)) after the end of the query") }
        return query
    }

    /// A trailing VALUES joins below the projection/modifiers, as the spec's translation says.
    static func appendValues(_ pattern: GraphPattern, _ values: GraphPattern) -> GraphPattern {
        switch pattern {
        case .slice(let p, let o, let l): return .slice(appendValues(p, values), offset: o, limit: l)
        case .distinct(let p): return .distinct(appendValues(p, values))
        case .reduced(let p): return .reduced(appendValues(p, values))
        case .project(let p, let v): return .project(appendValues(p, values), v)
        case .orderBy(let p, let o): return .orderBy(appendValues(p, values), o)
        default: return .join(pattern, values)
        }
    }

    mutating func prologue() throws {
        while true {
            if acceptWord("BASE") {
                guard case .iri(let iri) = kind else { throw error("expected <IRI> after BASE, found \(describe(current))") }
                base = resolve(iri)
                advance()
            } else if acceptWord("PREFIX") {
                guard case .prefixedName(let prefix, let local) = kind, local.isEmpty else {
                    throw error("expected a prefix name such as 'ex:' after PREFIX, found \(describe(current))")
                }
                advance()
                guard case .iri(let iri) = kind else { throw error("expected <IRI> after PREFIX \(prefix):, found \(describe(current))") }
                prefixes[prefix] = resolve(iri)
                advance()
            } else {
                return
            }
        }
    }

    func resolve(_ iri: String) -> String {
        guard let base, !base.isEmpty else { return iri }
        return TurtleParser.resolveIRI(iri, against: base)
    }

    /// `FROM <g>` and `FROM NAMED <g>`, any number, in any order.
    mutating func datasetClauses() throws {
        while acceptWord("FROM") {
            let named = acceptWord("NAMED")
            guard let iri = try iri() else { throw error("expected a graph IRI after FROM\(named ? " NAMED" : ""), found \(describe(current))") }
            var d = dataset ?? SPARQLQuery.Dataset()
            if named { d.namedGraphs.append(iri) } else { d.defaultGraphs.append(iri) }
            dataset = d
        }
    }

    /// SELECT ... WHERE ... modifiers; returns the algebra and the projected variables.
    mutating func selectQuery(sub: Bool) throws -> (GraphPattern, [String]) {
        try expectWord("SELECT")
        let savedAggregates = aggregates
        aggregates = []
        defer { aggregates = savedAggregates }
        var distinct: Bool? = nil
        if acceptWord("DISTINCT") { distinct = true } else if acceptWord("REDUCED") { distinct = false }
        var projection: [(String, Expression?)] = []
        var star = false
        if acceptPunct("*") {
            star = true
        } else {
            aggregatesAllowed = true
            while true {
                if case .variable(let v) = kind {
                    projection.append((v, nil)); advance()
                } else if isPunct("(") {
                    advance()
                    let e = try expression()
                    try expectWord("AS")
                    guard case .variable(let v) = kind else { throw error("expected a variable after AS, found \(describe(current))") }
                    advance()
                    try expectPunct(")")
                    if projection.contains(where: { $0.0 == v }) { throw error("variable ?\(v) is projected twice") }
                    projection.append((v, e))
                } else {
                    break
                }
            }
            aggregatesAllowed = false
            if projection.isEmpty { throw error("expected '*', a variable or '(expression AS ?var)' after SELECT, found \(describe(current))") }
        }
        if !sub { try datasetClauses() }
        _ = acceptWord("WHERE")
        let pattern = try groupGraphPattern()
        let (algebra, variables) = try solutionModifiers(pattern, projection: star ? nil : projection, distinct: distinct)
        return (algebra, variables)
    }
}

extension String {
    func caseInsensitiveCompare(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return zip(utf8, other.utf8).allSatisfy { a, b in a == b || (a | 0x20 == b | 0x20 && (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A) }
    }
}
