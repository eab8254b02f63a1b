import NewsGraphRDF

/// A triple-block element before translation: a plain triple pattern or a path pattern.
enum PatternItem {
    case triple(TriplePattern)
    case path(TermPattern, PropertyPath, TermPattern)
}

extension SPARQLParser {
    /// `{ ... }`: a group (translated per 18.2.2.6) or a sub-select.
    mutating func groupGraphPattern() throws -> GraphPattern {
        let (pattern, filters) = try groupGraphPatternParts()
        guard !filters.isEmpty else { return pattern }
        return .filter(filters.dropFirst().reduce(filters[0]) { .and($0, $1) }, pattern)
    }

    /// A group's pattern and its own FILTERs apart: OPTIONAL turns exactly these (and not
    /// filters of nested groups) into the LeftJoin condition.
    mutating func groupGraphPatternParts() throws -> (GraphPattern, [Expression]) {
        try expectPunct("{", "to open a group pattern")
        if isWord("SELECT") {
            var (pattern, _) = try selectQuery(sub: true)
            if acceptWord("VALUES") { pattern = Self.appendValues(pattern, try dataBlock()) }
            try expectPunct("}", "to close the sub-select")
            return (pattern, [])
        }
        var group = GraphPattern.unit
        var filters: [Expression] = []
        var items: [PatternItem] = []

        func flush(_ group: inout GraphPattern, _ items: inout [PatternItem]) {
            guard !items.isEmpty else { return }
            group = Self.join(group, Self.translate(items))
            items = []
        }

        while true {
            if acceptPunct("}") { break }
            if kind == .end { throw error("expected '}' to close the group pattern, found end of query") }
            if acceptWord("FILTER") {
                guard let c = try constraint() else { throw error("expected '(' or a function call after FILTER, found \(describe(current))") }
                filters.append(c)
            } else if acceptWord("OPTIONAL") {
                flush(&group, &items)
                let (inner, innerFilters) = try groupGraphPatternParts()
                let condition = innerFilters.isEmpty ? nil : innerFilters.dropFirst().reduce(innerFilters[0]) { .and($0, $1) }
                group = .leftJoin(group, inner, condition)
            } else if acceptWord("MINUS") {
                flush(&group, &items)
                group = .minus(group, try groupGraphPattern())
            } else if acceptWord("BIND") {
                flush(&group, &items)
                try expectPunct("(")
                let e = try expression()
                try expectWord("AS")
                guard case .variable(let v) = kind else { throw error("expected a variable after AS, found \(describe(current))") }
                if group.inScopeVariables.contains(v) { throw error("BIND to ?\(v), which is already in scope in this group") }
                advance()
                try expectPunct(")")
                group = .extend(group, variable: v, e)
            } else if acceptWord("VALUES") {
                flush(&group, &items)
                group = Self.join(group, try dataBlock())
            } else if isWord("GRAPH") {
                advance()
                flush(&group, &items)
                let name = try varOrTerm()
                if case .term(let t) = name, t.isLiteral { throw error("GRAPH needs an IRI or a variable") }
                group = Self.join(group, .graph(name, try groupGraphPattern()))
            } else if isWord("SERVICE") {
                throw unsupported("SERVICE")
            } else if isPunct("{") {
                flush(&group, &items)
                var union = try groupGraphPattern()
                while acceptWord("UNION") { union = .union(union, try groupGraphPattern()) }
                group = Self.join(group, union)
            } else {
                try triplesSameSubject(into: &items)
                if !acceptPunct(".") {
                    if isPunct("}") { continue }
                    if isWord("FILTER") || isWord("OPTIONAL") || isWord("MINUS") || isWord("BIND") || isWord("VALUES") || isWord("GRAPH") || isPunct("{") { continue }
                    throw error("expected '.' or '}' after a triple pattern, found \(describe(current))")
                }
                continue
            }
            _ = acceptPunct(".")
        }
        flush(&group, &items)
        return (group, filters)
    }

    static func join(_ a: GraphPattern, _ b: GraphPattern) -> GraphPattern {
        if a == .unit { return b }
        if b == .unit { return a }
        return .join(a, b)
    }

    /// Triples and paths of one block: link paths are triples, sequences get a fresh middle
    /// variable, inverses swap ends (18.2.2.4); other paths stay path patterns.
    static func translate(_ items: [PatternItem]) -> GraphPattern {
        var triples: [TriplePattern] = []
        var paths: [GraphPattern] = []
        var counter = 0
        func add(_ s: TermPattern, _ path: PropertyPath, _ o: TermPattern) {
            switch path {
            case .iri(let iri): triples.append(TriplePattern(s, .term(.iri(iri)), o))
            case .inverse(let inner): add(o, inner, s)
            case .sequence(let a, let b):
                counter += 1
                let middle = TermPattern.variable("_:seq\(counter)_\(triples.count)_\(paths.count)")
                add(s, a, middle); add(middle, b, o)
            default: paths.append(.path(subject: s, path: path, object: o))
            }
        }
        for item in items {
            switch item {
            case .triple(let t): triples.append(t)
            case .path(let s, let p, let o): add(s, p, o)
            }
        }
        var result = GraphPattern.bgp(triples)
        for p in paths { result = triples.isEmpty && result == .unit ? p : .join(result, p) }
        return result
    }

    // MARK: triples

    mutating func triplesSameSubject(into items: inout [PatternItem]) throws {
        if isPunct("[") || isPunct("(") {
            let subject = try triplesNode(into: &items)
            if isPunct(".") || isPunct("}") { return }
            if case .variable = kind { try propertyList(subject, into: &items); return }
            if startsVerb { try propertyList(subject, into: &items) }
            return
        }
        let subject = try varOrTerm()
        try propertyList(subject, into: &items)
    }

    var startsVerb: Bool {
        switch kind {
        case .variable, .iri, .prefixedName: return true
        case .word(let w): return w == "a"
        case .punct(let p): return ["^", "!", "("].contains(p)
        default: return false
        }
    }

    mutating func propertyList(_ subject: TermPattern, into items: inout [PatternItem]) throws {
        while true {
            let verbToken = current
            let verb: PropertyPath?
            var variable: TermPattern? = nil
            if case .variable(let v) = kind { advance(); variable = .variable(v); verb = nil }
            else if startsVerb { verb = try path() }
            else { throw error("expected a predicate, a path or a variable, found \(describe(verbToken))") }
            while true {
                let object = try graphNode(into: &items)
                if let variable { items.append(.triple(TriplePattern(subject, variable, object))) }
                else { items.append(.path(subject, verb!, object)) }
                if !acceptPunct(",") { break }
            }
            guard acceptPunct(";") else { return }
            while acceptPunct(";") {}
            if !(startsVerb) { return }
        }
    }

    /// An object: a term, a variable, `[ ... ]` or a collection.
    mutating func graphNode(into items: inout [PatternItem]) throws -> TermPattern {
        if isPunct("[") || isPunct("(") { return try triplesNode(into: &items) }
        return try varOrTerm()
    }

    /// `[ p o ]`, `[]`, `( a b )`, `()`.
    mutating func triplesNode(into items: inout [PatternItem]) throws -> TermPattern {
        if acceptPunct("[") {
            let node = TermPattern.variable(freshVariable("anon"))
            if acceptPunct("]") { return node }
            try propertyList(node, into: &items)
            try expectPunct("]")
            return node
        }
        try expectPunct("(")
        var members: [TermPattern] = []
        while !acceptPunct(")") {
            if kind == .end { throw error("expected ')' to close the collection") }
            members.append(try graphNode(into: &items))
        }
        let rdfNil = TermPattern.term(.iri(Vocabulary.rdf + "nil"))
        guard !members.isEmpty else { return rdfNil }
        let nodes = members.map { _ in TermPattern.variable(freshVariable("list")) }
        for (i, member) in members.enumerated() {
            items.append(.triple(TriplePattern(nodes[i], .term(.iri(Vocabulary.rdf + "first")), member)))
            items.append(.triple(TriplePattern(nodes[i], .term(.iri(Vocabulary.rdf + "rest")), i + 1 < nodes.count ? nodes[i + 1] : rdfNil)))
        }
        return nodes[0]
    }

    // MARK: paths

    mutating func path() throws -> PropertyPath {
        var p = try pathSequence()
        while acceptPunct("|") { p = .alternative(p, try pathSequence()) }
        return p
    }

    mutating func pathSequence() throws -> PropertyPath {
        var p = try pathEltOrInverse()
        while acceptPunct("/") { p = .sequence(p, try pathEltOrInverse()) }
        return p
    }

    mutating func pathEltOrInverse() throws -> PropertyPath {
        if acceptPunct("^") { return .inverse(try pathElt()) }
        return try pathElt()
    }

    mutating func pathElt() throws -> PropertyPath {
        let primary = try pathPrimary()
        if acceptPunct("*") { return .zeroOrMore(primary) }
        if acceptPunct("+") { return .oneOrMore(primary) }
        if acceptPunct("?") { return .zeroOrOne(primary) }
        return primary
    }

    mutating func pathPrimary() throws -> PropertyPath {
        if acceptPunct("(") {
            let p = try path()
            try expectPunct(")")
            return p
        }
        if acceptPunct("!") {
            var forward: [String] = [], inverse: [String] = []
            func one(_ parser: inout SPARQLParser) throws {
                if parser.acceptPunct("^") { inverse.append(try parser.iriOrA()) } else { forward.append(try parser.iriOrA()) }
            }
            if acceptPunct("(") {
                if !isPunct(")") {
                    try one(&self)
                    while acceptPunct("|") { try one(&self) }
                }
                try expectPunct(")")
            } else {
                try one(&self)
            }
            switch (forward.isEmpty, inverse.isEmpty) {
            case (false, true): return .negatedSet(forward)
            case (true, false): return .inverse(.negatedSet(inverse))
            case (false, false): return .alternative(.negatedSet(forward), .inverse(.negatedSet(inverse)))
            case (true, true): return .negatedSet([])
            }
        }
        return .iri(try iriOrA())
    }

    mutating func iriOrA() throws -> String {
        if isWord("a") && kind == .word("a") { advance(); return Vocabulary.rdfType }
        guard let iri = try iri() else { throw error("expected an IRI or 'a' in the path, found \(describe(current))") }
        return iri
    }

    // MARK: terms

    /// An IRI (`<...>` or prefixed name) at the cursor, or nil.
    mutating func iri() throws -> String? {
        switch kind {
        case .iri(let raw): advance(); return resolve(raw)
        case .prefixedName(let prefix, let local):
            guard let namespace = prefixes[prefix] else {
                let (line, column, text) = source.location(current.offset)
                throw SPARQLError.unknownPrefix(prefix: prefix, line: line, column: column, sourceLine: text)
            }
            advance()
            return namespace + local
        default: return nil
        }
    }

    mutating func varOrTerm() throws -> TermPattern {
        switch kind {
        case .variable(let v): advance(); return .variable(v)
        case .blankLabel(let label): advance(); return .variable("_:b_" + label)
        case .punct("["):
            if kind(ahead: 1) == .punct("]") { advance(); advance(); return .variable(freshVariable("anon")) }
        case .punct("("):
            if kind(ahead: 1) == .punct(")") { advance(); advance(); return .term(.iri(Vocabulary.rdf + "nil")) }
        default: break
        }
        guard let term = try graphTerm() else {
            if case .word(let w) = kind {
                throw error("unexpected word '\(w)': expected a variable, an RDF term or a keyword such as FILTER, OPTIONAL, UNION, VALUES")
            }
            throw error("expected a variable or an RDF term, found \(describe(current))")
        }
        return .term(term)
    }

    /// An IRI, literal, number or boolean at the cursor; nil if none.
    mutating func graphTerm() throws -> Term? {
        if let iri = try iri() { return .iri(iri) }
        switch kind {
        case .string(let lexical):
            advance()
            if case .languageTag(let tag) = kind { advance(); return .text(lexical, language: tag) }
            if acceptPunct("^^") {
                guard let datatype = try iri() else { throw error("expected a datatype IRI after '^^', found \(describe(current))") }
                return .typed(lexical, datatype)
            }
            return .string(lexical)
        case .integer, .decimal, .double:
            return numeric(sign: "")
        case .punct("+"), .punct("-"):
            let sign = kind == .punct("-") ? "-" : "+"
            switch kind(ahead: 1) {
            case .integer, .decimal, .double:
                advance()
                return numeric(sign: sign)
            default: return nil
            }
        case .word(let w) where w.caseInsensitiveCompare("true") || w.caseInsensitiveCompare("false"):
            advance()
            return .typed(w.lowercased(), Vocabulary.xsd + "boolean")
        default:
            return nil
        }
    }

    mutating func numeric(sign: String) -> Term {
        defer { advance() }
        switch kind {
        case .integer(let n): return .typed(sign + n, Vocabulary.xsd + "integer")
        case .decimal(let n): return .typed(sign + n, Vocabulary.xsd + "decimal")
        case .double(let n): return .typed(sign + n, Vocabulary.xsd + "double")
        default: return .string("")
        }
    }

    // MARK: VALUES

    mutating func dataBlock() throws -> GraphPattern {
        var variables: [String] = []
        var rows: [[Term?]] = []
        if case .variable(let v) = kind {
            advance()
            variables = [v]
            try expectPunct("{")
            while !acceptPunct("}") { rows.append([try dataValue()]) }
            return .values(variables: variables, rows: rows)
        }
        try expectPunct("(", "or a variable after VALUES")
        while case .variable(let v) = kind { variables.append(v); advance() }
        try expectPunct(")")
        try expectPunct("{")
        while !acceptPunct("}") {
            try expectPunct("(")
            var row: [Term?] = []
            while !acceptPunct(")") { row.append(try dataValue()) }
            guard row.count == variables.count else { throw error("this VALUES row has \(row.count) values for \(variables.count) variables") }
            rows.append(row)
        }
        return .values(variables: variables, rows: rows)
    }

    mutating func dataValue() throws -> Term? {
        if acceptWord("UNDEF") { return nil }
        guard let term = try graphTerm() else { throw error("expected a value or UNDEF, found \(describe(current))") }
        return term
    }
}
