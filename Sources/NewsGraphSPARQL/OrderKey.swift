import NewsGraphRDF

/// A term prepared for ORDER BY: numbers parsed once, so sorting compares values instead of
/// re-parsing lexical forms on every comparison. Orders exactly as `TermComparison.order`.
struct OrderKey {
    let term: Term?
    let number: NumericValue?
    let simple: Bool

    init(_ term: Term?) {
        self.term = term
        if case .literal(let l)? = term {
            number = NumericValue(l)
            simple = l.datatype == nil && l.language == nil
        } else {
            number = nil
            simple = false
        }
    }

    static func compare(_ a: OrderKey, _ b: OrderKey) -> Int {
        if let x = a.number, let y = b.number, let c = NumericValue.compare(x, y) {
            if c != 0 { return c }
        } else if a.simple && b.simple, case .literal(let x)? = a.term, case .literal(let y)? = b.term {
            return TermComparison.stringCompare(x.lexical, y.lexical)
        }
        return TermComparison.order(a.term, b.term)
    }
}
