import NewsGraphRDF

extension SPARQLParser {
    mutating func expression() throws -> Expression {
        var e = try andExpression()
        while acceptPunct("||") { e = .or(e, try andExpression()) }
        return e
    }

    mutating func andExpression() throws -> Expression {
        var e = try relational()
        while acceptPunct("&&") { e = .and(e, try relational()) }
        return e
    }

    mutating func relational() throws -> Expression {
        let left = try additive()
        switch kind {
        case .punct("="): advance(); return .equal(left, try additive())
        case .punct("!="): advance(); return .notEqual(left, try additive())
        case .punct("<"): advance(); return .less(left, try additive())
        case .punct(">"): advance(); return .greater(left, try additive())
        case .punct("<="): advance(); return .lessOrEqual(left, try additive())
        case .punct(">="): advance(); return .greaterOrEqual(left, try additive())
        default: break
        }
        if acceptWord("IN") { return .inList(left, try expressionList()) }
        if isWord("NOT") && { if case .word(let w) = kind(ahead: 1) { return w.caseInsensitiveCompare("IN") } else { return false } }() {
            advance(); advance()
            return .not(.inList(left, try expressionList()))
        }
        return left
    }

    mutating func expressionList() throws -> [Expression] {
        try expectPunct("(")
        var list: [Expression] = []
        if acceptPunct(")") { return list }
        list.append(try expression())
        while acceptPunct(",") { list.append(try expression()) }
        try expectPunct(")")
        return list
    }

    mutating func additive() throws -> Expression {
        var e = try multiplicative()
        while true {
            if acceptPunct("+") { e = .add(e, try multiplicative()) }
            else if acceptPunct("-") { e = .subtract(e, try multiplicative()) }
            else { return e }
        }
    }

    mutating func multiplicative() throws -> Expression {
        var e = try unary()
        while true {
            if acceptPunct("*") { e = .multiply(e, try unary()) }
            else if acceptPunct("/") { e = .divide(e, try unary()) }
            else { return e }
        }
    }

    mutating func unary() throws -> Expression {
        if acceptPunct("!") { return .not(try unary()) }
        if acceptPunct("+") { return .unaryPlus(try unary()) }
        if acceptPunct("-") { return .unaryMinus(try unary()) }
        return try primary()
    }

    mutating func primary() throws -> Expression {
        if isPunct("(") { return try bracketted() }
        if case .variable(let v) = kind { advance(); return .variable(v) }
        if let call = try builtInOrFunctionCall() { return call }
        if let term = try graphTerm() { return .term(term) }
        throw error("expected an expression, found \(describe(current))")
    }

    /// A built-in call, an aggregate, or an IRI function call (casts); nil if none starts here.
    mutating func builtInOrFunctionCall() throws -> Expression? {
        let start = current
        switch kind {
        case .iri, .prefixedName:
            guard kind(ahead: 1) == .punct("(") else { return nil }
            let iri = try iri()!
            let args = try argumentList()
            let casts = ["string", "integer", "decimal", "double", "float", "boolean", "dateTime", "int", "long", "short", "byte",
                         "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"]
            if iri.hasPrefix(Vocabulary.xsd), casts.contains(String(iri.dropFirst(Vocabulary.xsd.count))) {
                guard args.count == 1 else { throw error("a cast takes one argument", at: start) }
                return .function(.cast(iri), args)
            }
            throw unsupported("the function <\(iri)>", at: start)
        case .word(let word):
            let name = word.uppercased()
            // Clause keywords may be followed by '(' (HAVING (...)): they are never calls.
            if ["HAVING", "ORDER", "GROUP", "LIMIT", "OFFSET", "VALUES", "ASC", "DESC", "AS", "WHERE", "FILTER", "OPTIONAL", "UNION", "MINUS", "GRAPH", "BIND"].contains(name) {
                return nil
            }
            if name == "BOUND" {
                advance()
                try expectPunct("(")
                guard case .variable(let v) = kind else { throw error("BOUND takes a variable, found \(describe(current))") }
                advance()
                try expectPunct(")")
                return .bound(v)
            }
            if name == "EXISTS" { advance(); return .exists(try groupGraphPattern()) }
            if name == "NOT" {
                guard case .word(let next) = kind(ahead: 1), next.uppercased() == "EXISTS" else { return nil }
                advance(); advance()
                return .not(.exists(try groupGraphPattern()))
            }
            if let aggregate = try aggregate(name) { return aggregate }
            if name == "IF" {
                advance()
                let args = try argumentList()
                guard args.count == 3 else { throw error("IF takes three arguments", at: start) }
                return .ifThenElse(args[0], args[1], args[2])
            }
            if name == "COALESCE" { advance(); return .coalesce(try argumentList()) }
            guard let (function, arity) = Self.builtIns[name] else {
                if kind(ahead: 1) == .punct("(") {
                    if ["MD5", "SHA1", "SHA256", "SHA384", "SHA512"].contains(name) {
                        throw unsupported("the function \(name)")
                    }
                    throw error("unknown function \(word)")
                }
                return nil
            }
            advance()
            let args: [Expression]
            if kind == .punct("(") && kind(ahead: 1) == .punct(")") { advance(); advance(); args = [] } else { args = try argumentList() }
            guard arity.contains(args.count) else {
                throw error("\(name) takes \(arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)") argument(s), got \(args.count)", at: start)
            }
            return .function(function, args)
        default:
            return nil
        }
    }

    mutating func argumentList() throws -> [Expression] {
        try expectPunct("(")
        var args: [Expression] = []
        if acceptPunct(")") { return args }
        args.append(try expression())
        while acceptPunct(",") { args.append(try expression()) }
        try expectPunct(")")
        return args
    }

    static let builtIns: [String: (Expression.Function, ClosedRange<Int>)] = [
        "STR": (.str, 1...1), "LANG": (.lang, 1...1), "LANGMATCHES": (.langMatches, 2...2),
        "DATATYPE": (.datatype, 1...1), "IRI": (.iri, 1...1), "URI": (.iri, 1...1), "BNODE": (.bnode, 0...1),
        "STRDT": (.strdt, 2...2), "STRLANG": (.strlang, 2...2), "UUID": (.uuid, 0...0), "STRUUID": (.struuid, 0...0),
        "STRLEN": (.strlen, 1...1), "SUBSTR": (.substr, 2...3), "UCASE": (.ucase, 1...1), "LCASE": (.lcase, 1...1),
        "STRSTARTS": (.strstarts, 2...2), "STRENDS": (.strends, 2...2), "CONTAINS": (.contains, 2...2),
        "STRBEFORE": (.strbefore, 2...2), "STRAFTER": (.strafter, 2...2), "ENCODE_FOR_URI": (.encodeForURI, 1...1),
        "CONCAT": (.concat, 0...Int.max), "REPLACE": (.replace, 3...4), "REGEX": (.regex, 2...3),
        "ABS": (.abs, 1...1), "ROUND": (.round, 1...1), "CEIL": (.ceil, 1...1), "FLOOR": (.floor, 1...1), "RAND": (.rand, 0...0),
        "ISIRI": (.isIRI, 1...1), "ISURI": (.isIRI, 1...1), "ISBLANK": (.isBlank, 1...1), "ISLITERAL": (.isLiteral, 1...1),
        "ISNUMERIC": (.isNumeric, 1...1), "SAMETERM": (.sameTerm, 2...2),
        "YEAR": (.year, 1...1), "MONTH": (.month, 1...1), "DAY": (.day, 1...1), "HOURS": (.hours, 1...1),
        "MINUTES": (.minutes, 1...1), "SECONDS": (.seconds, 1...1), "TIMEZONE": (.timezone, 1...1), "TZ": (.tz, 1...1),
        "NOW": (.now, 0...0),
    ]

    /// COUNT/SUM/AVG/MIN/MAX/SAMPLE/GROUP_CONCAT: recorded and replaced by a hidden variable.
    mutating func aggregate(_ name: String) throws -> Expression? {
        guard ["COUNT", "SUM", "AVG", "MIN", "MAX", "SAMPLE", "GROUP_CONCAT"].contains(name), kind(ahead: 1) == .punct("(") else { return nil }
        let start = current
        guard aggregatesAllowed else { throw error("\(name) is an aggregate: use it in SELECT, HAVING or ORDER BY", at: start) }
        advance()
        try expectPunct("(")
        let distinct = acceptWord("DISTINCT")
        let aggregate: AggregateExpression
        if name == "COUNT" && acceptPunct("*") {
            aggregate = .count(nil, distinct: distinct)
        } else {
            let e = try expression()
            switch name {
            case "COUNT": aggregate = .count(e, distinct: distinct)
            case "SUM": aggregate = .sum(e, distinct: distinct)
            case "AVG": aggregate = .avg(e, distinct: distinct)
            case "MIN": aggregate = .min(e, distinct: distinct)
            case "MAX": aggregate = .max(e, distinct: distinct)
            case "SAMPLE": aggregate = .sample(e, distinct: distinct)
            default:
                var separator = " "
                if acceptPunct(";") {
                    try expectWord("SEPARATOR")
                    try expectPunct("=")
                    guard case .string(let s) = kind else { throw error("expected a string after SEPARATOR =") }
                    advance()
                    separator = s
                }
                aggregate = .groupConcat(e, distinct: distinct, separator: separator)
            }
        }
        try expectPunct(")")
        if let existing = aggregates.first(where: { $0.aggregate == aggregate }) { return .variable(existing.variable) }
        let variable = freshVariable("agg")
        aggregates.append(AggregateBinding(variable, aggregate))
        return .variable(variable)
    }
}
