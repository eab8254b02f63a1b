import NewsGraphRDF

/// A term or a variable in a triple pattern. Blank nodes of the query become variables whose
/// names start with `_:` (they cannot be projected, as in SPARQL).
public enum TermPattern: Hashable, Sendable, CustomStringConvertible {
    case term(Term)
    case variable(String)

    public var variable: String? { if case .variable(let v) = self { return v } else { return nil } }

    public var description: String {
        switch self {
        case .term(let t): return t.description
        case .variable(let v): return v.hasPrefix("_:") ? v : "?" + v
        }
    }
}

public struct TriplePattern: Hashable, Sendable, CustomStringConvertible {
    public var subject: TermPattern
    public var predicate: TermPattern
    public var object: TermPattern

    public init(_ subject: TermPattern, _ predicate: TermPattern, _ object: TermPattern) {
        self.subject = subject; self.predicate = predicate; self.object = object
    }

    public var description: String { "\(subject) \(predicate) \(object)" }
}

/// SPARQL 1.1 property paths.
public indirect enum PropertyPath: Hashable, Sendable {
    case iri(String)
    case inverse(PropertyPath)
    case sequence(PropertyPath, PropertyPath)
    case alternative(PropertyPath, PropertyPath)
    case zeroOrMore(PropertyPath)
    case oneOrMore(PropertyPath)
    case zeroOrOne(PropertyPath)
    /// `!(a|b)`: any predicate but these. `!(^a)` is `.inverse(.negatedSet(["a"]))`.
    case negatedSet([String])
}

/// The algebra of SPARQL 1.1 section 18 (the shape of Oxigraph's spargebra `GraphPattern`).
public indirect enum GraphPattern: Hashable, Sendable {
    case bgp([TriplePattern])
    case path(subject: TermPattern, path: PropertyPath, object: TermPattern)
    case join(GraphPattern, GraphPattern)
    case leftJoin(GraphPattern, GraphPattern, Expression?)
    case filter(Expression, GraphPattern)
    case union(GraphPattern, GraphPattern)
    case graph(TermPattern, GraphPattern)
    case extend(GraphPattern, variable: String, Expression)
    case minus(GraphPattern, GraphPattern)
    case values(variables: [String], rows: [[Term?]])
    case orderBy(GraphPattern, [OrderExpression])
    case project(GraphPattern, [String])
    case distinct(GraphPattern)
    case reduced(GraphPattern)
    case slice(GraphPattern, offset: Int, limit: Int?)
    case group(GraphPattern, variables: [String], aggregates: [AggregateBinding])

    /// The empty group `{}`: one solution with no bindings.
    public static let unit = GraphPattern.bgp([])
}

public enum OrderExpression: Hashable, Sendable {
    case ascending(Expression)
    case descending(Expression)
}

/// `aggregate AS ?variable` inside a `group`.
public struct AggregateBinding: Hashable, Sendable {
    public var variable: String
    public var aggregate: AggregateExpression

    public init(_ variable: String, _ aggregate: AggregateExpression) {
        self.variable = variable; self.aggregate = aggregate
    }
}

public enum AggregateExpression: Hashable, Sendable {
    /// `COUNT(*)` when the expression is nil.
    case count(Expression?, distinct: Bool)
    case sum(Expression, distinct: Bool)
    case avg(Expression, distinct: Bool)
    case min(Expression, distinct: Bool)
    case max(Expression, distinct: Bool)
    case sample(Expression, distinct: Bool)
    case groupConcat(Expression, distinct: Bool, separator: String)
}

/// SPARQL expressions.
public indirect enum Expression: Hashable, Sendable {
    case term(Term)
    case variable(String)
    case or(Expression, Expression)
    case and(Expression, Expression)
    case not(Expression)
    case equal(Expression, Expression)
    case notEqual(Expression, Expression)
    case less(Expression, Expression)
    case lessOrEqual(Expression, Expression)
    case greater(Expression, Expression)
    case greaterOrEqual(Expression, Expression)
    case inList(Expression, [Expression])
    case add(Expression, Expression)
    case subtract(Expression, Expression)
    case multiply(Expression, Expression)
    case divide(Expression, Expression)
    case unaryPlus(Expression)
    case unaryMinus(Expression)
    case bound(String)
    case ifThenElse(Expression, Expression, Expression)
    case coalesce([Expression])
    case function(Function, [Expression])
    case exists(GraphPattern)

    /// Built-in functions and casts (`xsd:integer(?x)` is `.cast(xsd:integer)`).
    public enum Function: Hashable, Sendable {
        case str, lang, langMatches, datatype, iri, bnode, strdt, strlang, uuid, struuid
        case strlen, substr, ucase, lcase, strstarts, strends, contains, strbefore, strafter
        case encodeForURI, concat, replace, regex
        case abs, round, ceil, floor, rand
        case isIRI, isBlank, isLiteral, isNumeric, sameTerm
        case year, month, day, hours, minutes, seconds, timezone, tz, now
        case cast(String)
    }
}
