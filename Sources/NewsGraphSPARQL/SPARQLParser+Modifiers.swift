import NewsGraphRDF

extension SPARQLParser {
    /// GROUP BY, HAVING, ORDER BY, LIMIT, OFFSET, then the projection, in the order of the
    /// spec's translation (18.2.4-18.2.5). `projection` nil means `*`.
    mutating func solutionModifiers(_ where: GraphPattern, projection: [(String, Expression?)]?, distinct: Bool?) throws -> (GraphPattern, [String]) {
        var pattern = `where`
        var groupVariables: [String] = []
        var grouped = false
        let groupToken = current
        if acceptWord("GROUP") {
            try expectWord("BY")
            grouped = true
            while true {
                if case .variable(let v) = kind {
                    advance(); groupVariables.append(v)
                } else if isPunct("(") {
                    advance()
                    let e = try expression()
                    var name = freshVariable("group")
                    if acceptWord("AS") {
                        guard case .variable(let v) = kind else { throw error("expected a variable after AS, found \(describe(current))") }
                        advance(); name = v
                    }
                    try expectPunct(")")
                    pattern = .extend(pattern, variable: name, e)
                    groupVariables.append(name)
                } else if let call = try builtInOrFunctionCall() {
                    let name = freshVariable("group")
                    pattern = .extend(pattern, variable: name, call)
                    groupVariables.append(name)
                } else {
                    break
                }
            }
            if groupVariables.isEmpty { throw error("expected a grouping variable or expression after GROUP BY, found \(describe(current))") }
        }
        var having: [Expression] = []
        if acceptWord("HAVING") {
            aggregatesAllowed = true
            defer { aggregatesAllowed = false }
            while let constraint = try constraint() { having.append(constraint) }
            if having.isEmpty { throw error("expected a condition after HAVING, found \(describe(current))") }
        }
        var orders: [OrderExpression] = []
        if acceptWord("ORDER") {
            try expectWord("BY")
            aggregatesAllowed = true
            defer { aggregatesAllowed = false }
            while true {
                if acceptWord("ASC") {
                    orders.append(.ascending(try bracketted()))
                } else if acceptWord("DESC") {
                    orders.append(.descending(try bracketted()))
                } else if case .variable(let v) = kind {
                    advance(); orders.append(.ascending(.variable(v)))
                } else if let c = try constraint() {
                    orders.append(.ascending(c))
                } else {
                    break
                }
            }
            if orders.isEmpty { throw error("expected an ordering condition after ORDER BY, found \(describe(current))") }
        }
        var limit: Int?, offset = 0
        for _ in 0..<2 {
            if acceptWord("LIMIT") { limit = try integerValue("LIMIT") }
            else if acceptWord("OFFSET") { offset = try integerValue("OFFSET") }
        }

        if grouped || !aggregates.isEmpty {
            guard let projection else { throw error("SELECT * cannot be used with GROUP BY or aggregates; name the variables", at: groupToken) }
            for (v, e) in projection where e == nil && !groupVariables.contains(v) {
                throw error("variable ?\(v) is projected but neither grouped nor aggregated; add it to GROUP BY or wrap it in SAMPLE(?\(v))")
            }
            pattern = .group(pattern, variables: groupVariables, aggregates: aggregates)
        }
        for condition in having { pattern = .filter(condition, pattern) }
        var variables: [String]
        if let projection {
            for (v, e) in projection {
                guard let e else { continue }
                pattern = .extend(pattern, variable: v, e)
            }
            variables = projection.map(\.0)
        } else {
            variables = `where`.inScopeVariables.filter { !$0.hasPrefix("_:") }
        }
        if !orders.isEmpty { pattern = .orderBy(pattern, orders) }
        pattern = .project(pattern, variables)
        if distinct == true { pattern = .distinct(pattern) } else if distinct == false { pattern = .reduced(pattern) }
        if limit != nil || offset > 0 { pattern = .slice(pattern, offset: offset, limit: limit) }
        return (pattern, variables)
    }

    mutating func integerValue(_ clause: String) throws -> Int {
        guard case .integer(let text) = kind, let value = Int(text) else { throw error("expected a non-negative integer after \(clause), found \(describe(current))") }
        advance()
        return value
    }

    /// `( expression )`.
    mutating func bracketted() throws -> Expression {
        try expectPunct("(")
        let e = try expression()
        try expectPunct(")")
        return e
    }

    /// Constraint ::= BrackettedExpression | BuiltInCall | FunctionCall; nil if none starts here.
    mutating func constraint() throws -> Expression? {
        if isPunct("(") { return try bracketted() }
        return try builtInOrFunctionCall()
    }
}

extension GraphPattern {
    /// Variables that may be bound by this pattern, in order of first appearance.
    public var inScopeVariables: [String] {
        var seen = Set<String>(), out: [String] = []
        func add(_ v: String) { if seen.insert(v).inserted { out.append(v) } }
        func add(_ t: TermPattern) { if case .variable(let v) = t { add(v) } }
        func visit(_ p: GraphPattern) {
            switch p {
            case .bgp(let triples): for t in triples { add(t.subject); add(t.predicate); add(t.object) }
            case .path(let s, _, let o): add(s); add(o)
            case .join(let a, let b), .union(let a, let b): visit(a); visit(b)
            case .leftJoin(let a, let b, _): visit(a); visit(b)
            case .filter(_, let a), .orderBy(let a, _), .distinct(let a), .reduced(let a), .slice(let a, _, _): visit(a)
            case .minus(let a, _): visit(a)
            case .graph(let g, let a): add(g); visit(a)
            case .extend(let a, let v, _): visit(a); add(v)
            case .values(let vars, _): vars.forEach(add)
            case .project(_, let vars): vars.forEach(add)
            case .group(_, let vars, let aggs): vars.forEach(add); aggs.forEach { add($0.variable) }
            }
        }
        visit(self)
        return out
    }
}
