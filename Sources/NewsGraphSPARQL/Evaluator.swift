import Foundation
import NewsGraphRDF

/// Evaluates algebra over a `TripleIndex`. Solutions are rows of term ids (`Solutions`);
/// terms made by expressions get ids above the index dictionary's, kept here.
///
/// `eval(p, input)` computes join(input, p). Where the semantics allow it (section comments
/// below) the input rows are pushed into `p`, so triple patterns are looked up with their
/// variables already bound (index nested-loop join); otherwise `p` is evaluated on its own
/// and hash-joined.
final class Evaluator {
    let index: TripleIndex
    var slots: [String: Int] = [:]
    var names: [String] = []
    let variableCount: Int
    let width: Int
    var table: TripleTable
    /// Named graphs visible to GRAPH (all of the index's unless FROM / FROM NAMED say otherwise).
    var named: [UInt32: TripleTable]
    let baseCount: UInt32
    var extraTerms: [Term] = []
    var extraIDs: [ExactTerm: UInt32] = [:]
    var regexCache: [String: NSRegularExpression] = [:]
    var lastRegex: (pattern: String, flags: String, regex: NSRegularExpression)? = nil
    /// Numeric values of ids already parsed (nil: not a valid numeric literal).
    var numericCache: [UInt32: NumericValue?] = [:]
    var graphNodesCache: [UInt32]? = nil
    var blankCounter = 0
    var bnodeMemo: [String: String] = [:]
    var createdBlankNodes = Set<String>()
    let baseIRI: String?
    /// NOW(): one instant for the whole query.
    lazy var queryTime: String = {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }()

    init(index: TripleIndex, query: SPARQLQuery) {
        self.index = index
        self.table = index.defaultGraph
        self.named = index.namedGraphs
        if let dataset = query.dataset {
            // FROM: the default graph is the merge of the listed graphs; FROM NAMED alone
            // leaves it empty. Only the FROM NAMED graphs are visible to GRAPH.
            let ids = dataset.defaultGraphs.compactMap { index.dictionary.id(of: .iri($0)) }
            table = TripleTable(spoKeys: ids.flatMap { index.namedGraphs[$0]?.spo ?? [] })
            var visible: [UInt32: TripleTable] = [:]
            for iri in dataset.namedGraphs {
                if let id = index.dictionary.id(of: .iri(iri)), let g = index.namedGraphs[id] { visible[id] = g }
            }
            named = visible
        }
        self.baseIRI = query.baseIRI
        baseCount = UInt32(index.dictionary.count)
        var names: [String] = []
        var seen = Set<String>()
        Self.collectVariables(query.pattern) { if seen.insert($0).inserted { names.append($0) } }
        for v in query.variables where seen.insert(v).inserted { names.append(v) }
        self.names = names
        for (i, n) in names.enumerated() { slots[n] = i }
        variableCount = names.count
        // At least one slot, so a solution with no variables (ASK {}) is still a row.
        width = max(1, names.count + Self.leftJoinDepth(query.pattern))
    }

    // MARK: terms

    func term(_ id: UInt32) -> Term {
        id <= baseCount ? index.dictionary.term(id) : extraTerms[Int(id - baseCount - 1)]
    }

    func intern(_ t: Term) -> UInt32 {
        if let id = index.dictionary.id(of: t) { return id }
        if let id = extraIDs[ExactTerm(t)] { return id }
        extraTerms.append(t)
        let id = baseCount + UInt32(extraTerms.count)
        extraIDs[ExactTerm(t)] = id
        return id
    }

    /// The numeric value of an id's term, parsed once.
    func numeric(_ id: UInt32) -> NumericValue? {
        if let cached = numericCache[id] { return cached }
        let value = NumericValue(term(id))
        numericCache[id] = value
        return value
    }

    /// The id of a constant in a pattern, or nil if the data never mentions it.
    func dataID(_ t: Term) -> UInt32? { index.dictionary.id(of: t) }

    func slot(_ v: String) -> Int { slots[v]! }

    // MARK: static analysis

    static func collectVariables(_ p: GraphPattern, _ add: (String) -> Void) {
        func term(_ t: TermPattern) { if case .variable(let v) = t { add(v) } }
        func expr(_ e: Expression) { Evaluator.expressionVariables(e, add) }
        switch p {
        case .bgp(let ts): for t in ts { term(t.subject); term(t.predicate); term(t.object) }
        case .path(let s, _, let o): term(s); term(o)
        case .join(let a, let b), .union(let a, let b), .minus(let a, let b): collectVariables(a, add); collectVariables(b, add)
        case .leftJoin(let a, let b, let e): collectVariables(a, add); collectVariables(b, add); if let e { expr(e) }
        case .filter(let e, let a): expr(e); collectVariables(a, add)
        case .graph(let g, let a): term(g); collectVariables(a, add)
        case .extend(let a, let v, let e): collectVariables(a, add); add(v); expr(e)
        case .values(let vs, _): vs.forEach(add)
        case .orderBy(let a, let os):
            collectVariables(a, add)
            for o in os { switch o { case .ascending(let e), .descending(let e): expr(e) } }
        case .project(let a, let vs): collectVariables(a, add); vs.forEach(add)
        case .distinct(let a), .reduced(let a), .slice(let a, _, _): collectVariables(a, add)
        case .group(let a, let vs, let aggs):
            collectVariables(a, add); vs.forEach(add)
            for agg in aggs {
                add(agg.variable)
                switch agg.aggregate {
                case .count(let e, _): if let e { expr(e) }
                case .sum(let e, _), .avg(let e, _), .min(let e, _), .max(let e, _), .sample(let e, _), .groupConcat(let e, _, _): expr(e)
                }
            }
        }
    }

    static func expressionVariables(_ e: Expression, _ add: (String) -> Void) {
        switch e {
        case .term: break
        case .variable(let v), .bound(let v): add(v)
        case .or(let a, let b), .and(let a, let b), .equal(let a, let b), .notEqual(let a, let b), .less(let a, let b),
             .lessOrEqual(let a, let b), .greater(let a, let b), .greaterOrEqual(let a, let b), .add(let a, let b),
             .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
            expressionVariables(a, add); expressionVariables(b, add)
        case .not(let a), .unaryPlus(let a), .unaryMinus(let a): expressionVariables(a, add)
        case .inList(let a, let list): expressionVariables(a, add); list.forEach { expressionVariables($0, add) }
        case .ifThenElse(let a, let b, let c): [a, b, c].forEach { expressionVariables($0, add) }
        case .coalesce(let list), .function(_, let list): list.forEach { expressionVariables($0, add) }
        case .exists(let p): collectVariables(p, add)
        }
    }

    func expressionSlots(_ e: Expression) -> Set<Int> {
        var out = Set<Int>()
        Self.expressionVariables(e) { if let s = slots[$0] { out.insert(s) } }
        return out
    }

    static func leftJoinDepth(_ p: GraphPattern) -> Int {
        switch p {
        case .leftJoin(let a, let b, _): return 1 + max(leftJoinDepth(a), leftJoinDepth(b))
        case .join(let a, let b), .union(let a, let b), .minus(let a, let b): return max(leftJoinDepth(a), leftJoinDepth(b))
        case .filter(let e, let a): return max(leftJoinDepth(a), expressionDepth(e))
        case .graph(_, let a), .extend(let a, _, _), .orderBy(let a, _), .project(let a, _), .distinct(let a),
             .reduced(let a), .slice(let a, _, _), .group(let a, _, _): return leftJoinDepth(a)
        case .bgp, .path, .values: return 0
        }
    }

    static func expressionDepth(_ e: Expression) -> Int {
        var depth = 0
        func visit(_ e: Expression) {
            switch e {
            case .exists(let p): depth = max(depth, leftJoinDepth(p))
            case .or(let a, let b), .and(let a, let b): visit(a); visit(b)
            case .not(let a): visit(a)
            default: break
            }
        }
        visit(e)
        return depth
    }

    /// Slots every solution of `p` binds, and slots some solution may bind.
    func bindings(_ p: GraphPattern) -> (certain: Set<Int>, maybe: Set<Int>) {
        func vars(_ t: TermPattern) -> Set<Int> { if case .variable(let v) = t { return [slot(v)] } else { return [] } }
        switch p {
        case .bgp(let ts):
            let all = ts.reduce(into: Set<Int>()) { $0.formUnion(vars($1.subject)); $0.formUnion(vars($1.predicate)); $0.formUnion(vars($1.object)) }
            return (all, all)
        case .path(let s, _, let o):
            let all = vars(s).union(vars(o)); return (all, all)
        case .join(let a, let b):
            let x = bindings(a), y = bindings(b)
            return (x.certain.union(y.certain), x.maybe.union(y.maybe))
        case .leftJoin(let a, let b, _):
            let x = bindings(a), y = bindings(b)
            return (x.certain, x.maybe.union(y.maybe))
        case .union(let a, let b):
            let x = bindings(a), y = bindings(b)
            return (x.certain.intersection(y.certain), x.maybe.union(y.maybe))
        case .filter(_, let a), .minus(let a, _), .orderBy(let a, _), .distinct(let a), .reduced(let a), .slice(let a, _, _):
            return bindings(a)
        case .graph(let g, let a):
            let x = bindings(a)
            return (x.certain.union(vars(g)), x.maybe.union(vars(g)))
        case .extend(let a, let v, _):
            let x = bindings(a)
            return (x.certain, x.maybe.union([slot(v)]))
        case .values(let vs, let rows):
            var certain = Set<Int>()
            for (i, v) in vs.enumerated() where rows.allSatisfy({ $0[i] != nil }) { certain.insert(slot(v)) }
            return (certain, Set(vs.map(slot)))
        case .project(let a, let vs):
            let keep = Set(vs.map(slot)), x = bindings(a)
            return (x.certain.intersection(keep), x.maybe.intersection(keep))
        case .group(_, let vs, let aggs):
            // A group key may be unbound (rows without it form their own group): never certain.
            return ([], Set(vs.map(slot)).union(aggs.map { slot($0.variable) }))
        }
    }
}
