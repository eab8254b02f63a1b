import Foundation
import NewsGraphRDF
@testable import NewsGraphSPARQL

/// A result to compare: rows as variable -> term maps, or a boolean.
struct ComparableResult: CustomStringConvertible {
    var variables: [String]
    var rows: [[String: Term]]
    var boolean: Bool?
    /// Whether row order is part of the expectation.
    var ordered = false

    init(variables: [String], rows: [[String: Term]], boolean: Bool? = nil) {
        self.variables = variables; self.rows = rows; self.boolean = boolean
    }

    init(_ result: QueryResult) {
        switch result {
        case .boolean(let b): self.init(variables: [], rows: [], boolean: b)
        case .solutions(let vars, let rows):
            self.init(variables: vars, rows: rows.map { row in
                var d: [String: Term] = [:]
                for (i, v) in vars.enumerated() { if let t = row[i] { d[v] = t } }
                return d
            })
        }
    }

    var description: String {
        if let boolean { return "boolean \(boolean)" }
        return rows.map { row in row.keys.sorted().map { "?\($0)=\(row[$0]!)" }.joined(separator: " ") }.joined(separator: "\n")
    }

    /// Equal up to blank node renaming, as multisets (or sequences when `ordered`).
    /// Language tags compare case-insensitively (RDF 1.1), and numbers by value within their
    /// datatype: the suites' expected files write computed numbers in several lexical forms
    /// ("2.0E-1", "0.2") for the same value.
    static func lowerTag(_ t: Term) -> Term {
        if case .literal(let l) = t, let language = l.language { return .text(l.lexical, language: language.lowercased()) }
        if case .literal(let l) = t, let datatype = l.datatype, let n = NumericValue(l), case .literal(var canonical) = n.term {
            canonical.datatype = datatype
            return .literal(canonical)
        }
        return t
    }

    func matches(_ other: ComparableResult, normalize: (Term) -> Term = ComparableResult.lowerTag) -> Bool {
        if boolean != nil || other.boolean != nil { return boolean == other.boolean }
        guard rows.count == other.rows.count else { return false }
        let a = rows.map { $0.mapValues(normalize) }, b = other.rows.map { $0.mapValues(normalize) }
        if ordered || other.ordered {
            var mapping: [String: String] = [:], used = Set<String>()
            for (x, y) in zip(a, b) where !Self.rowMatch(x, y, &mapping, &used) { return false }
            return true
        }
        let hasBlank = a.contains { $0.values.contains { $0.isBlank } }
        if !hasBlank {
            return a.map(Self.key).sorted() == b.map(Self.key).sorted()
        }
        var mapping: [String: String] = [:], used = Set<String>()
        var taken = [Bool](repeating: false, count: b.count)
        return Self.search(a, b, 0, &taken, &mapping, &used)
    }

    static func key(_ row: [String: Term]) -> String {
        row.keys.sorted().map { "\($0)=\(row[$0]!)" }.joined(separator: "\u{1}")
    }

    private static func search(_ a: [[String: Term]], _ b: [[String: Term]], _ i: Int, _ taken: inout [Bool],
                               _ mapping: inout [String: String], _ used: inout Set<String>) -> Bool {
        if i == a.count { return true }
        for j in 0..<b.count where !taken[j] {
            var m = mapping, u = used
            if rowMatch(a[i], b[j], &m, &u) {
                taken[j] = true
                var m2 = m, u2 = u
                if search(a, b, i + 1, &taken, &m2, &u2) { mapping = m2; used = u2; return true }
                taken[j] = false
            }
        }
        return false
    }

    private static func rowMatch(_ x: [String: Term], _ y: [String: Term], _ mapping: inout [String: String], _ used: inout Set<String>) -> Bool {
        guard Set(x.keys) == Set(y.keys) else { return false }
        for (k, t) in x {
            let u = y[k]!
            switch (t, u) {
            case (.blank(let l), .blank(let r)):
                if let m = mapping[l] { if m != r { return false } } else {
                    if used.contains(r) { return false }
                    mapping[l] = r; used.insert(r)
                }
            default: if t != u { return false }
            }
        }
        return true
    }
}

/// Reads expected results from RDF result sets (the `rs:` vocabulary, in Turtle).
enum ResultSetReader {
    static let rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"

    static func fromRDF(_ triples: [Triple]) -> ComparableResult? {
        let g = RDFGraphView(triples)
        guard let set = g.subjects(Vocabulary.rdfType, .iri(rs + "ResultSet")).first else { return nil }
        if let b = g.object(set, rs + "boolean")?.literalValue {
            return ComparableResult(variables: [], rows: [], boolean: b.lexical == "true")
        }
        let variables = g.objects(set, rs + "resultVariable").compactMap { $0.literalValue?.lexical }
        var indexed: [(Int, [String: Term])] = []
        var ordered = false
        for (n, solution) in g.objects(set, rs + "solution").enumerated() {
            var row: [String: Term] = [:]
            for binding in g.objects(solution, rs + "binding") {
                if let name = g.object(binding, rs + "variable")?.literalValue?.lexical, let value = g.object(binding, rs + "value") {
                    row[name] = value
                }
            }
            var index = n
            if let i = g.object(solution, rs + "index")?.literalValue.flatMap({ Int($0.lexical) }) { index = i; ordered = true }
            indexed.append((index, row))
        }
        var result = ComparableResult(variables: variables, rows: indexed.sorted { $0.0 < $1.0 }.map(\.1))
        result.ordered = ordered
        return result
    }
}
