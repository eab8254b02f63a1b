import NewsGraphRDF

/// Expression evaluation (section 17). A `nil` value is an error (unbound variable, type
/// error): FILTER treats it as false, BIND leaves the variable unbound.
extension Evaluator {
    static let xsdBoolean = Vocabulary.xsd + "boolean"
    static let trueTerm = Term.typed("true", Vocabulary.xsd + "boolean")
    static let falseTerm = Term.typed("false", Vocabulary.xsd + "boolean")

    static func booleanTerm(_ b: Bool) -> Term { b ? trueTerm : falseTerm }

    func variableValue(_ v: String, _ row: ArraySlice<UInt32>) -> Term? {
        guard let s = slots[v] else { return nil }
        let id = row[row.startIndex + s]
        return id == 0 ? nil : term(id)
    }

    /// Effective boolean value (17.2.2); nil for an error.
    func effectiveBoolean(_ e: Expression, _ row: ArraySlice<UInt32>) throws -> Bool? {
        switch e {
        case .and(let a, let b):
            // Error && false = false; error && true = error.
            let x = try effectiveBoolean(a, row)
            if x == false { return false }
            let y = try effectiveBoolean(b, row)
            if y == false { return false }
            return (x == true && y == true) ? true : nil
        case .or(let a, let b):
            let x = try effectiveBoolean(a, row)
            if x == true { return true }
            let y = try effectiveBoolean(b, row)
            if y == true { return true }
            return (x == false && y == false) ? false : nil
        case .not(let a):
            return try effectiveBoolean(a, row).map { !$0 }
        case .exists(let p):
            return try exists(p, row)
        default:
            guard let t = try value(e, row) else { return nil }
            return Self.ebv(t)
        }
    }

    static func ebv(_ t: Term) -> Bool? {
        guard case .literal(let l) = t else { return nil }
        if l.datatype == xsdBoolean { return TermComparison.boolean(l) ?? false }
        if l.datatype == nil { return l.language == nil ? !l.lexical.isEmpty : nil }
        if NumericValue.isNumericType(l.datatype) {
            guard let n = NumericValue(l) else { return false }
            return !(n.isZero || n.isNaN)
        }
        return nil
    }

    func exists(_ p: GraphPattern, _ row: ArraySlice<UInt32>) throws -> Bool {
        var input = Solutions(width: width, data: Array(row))
        for s in 0..<variableCount where row[row.startIndex + s] != 0 { input.maybe.insert(s); input.certain.insert(s) }
        return !(try eval(p, input)).isEmpty
    }

    func value(_ e: Expression, _ row: ArraySlice<UInt32>) throws -> Term? {
        switch e {
        case .term(let t): return t
        case .variable(let v): return variableValue(v, row)
        case .and, .or, .not, .exists:
            return try effectiveBoolean(e, row).map(Self.booleanTerm)
        case .equal(let a, let b):
            if let x = quickNumeric(a, row), let y = quickNumeric(b, row) { return Self.booleanTerm(NumericValue.compare(x, y) == 0) }
            if let same = sameIDs(a, b, row) { return Self.booleanTerm(same) }
            guard let x = try value(a, row), let y = try value(b, row) else { return nil }
            return TermComparison.equal(x, y).map(Self.booleanTerm)
        case .notEqual(let a, let b):
            if let x = quickNumeric(a, row), let y = quickNumeric(b, row) { return Self.booleanTerm(NumericValue.compare(x, y) != 0) }
            if let same = sameIDs(a, b, row) { return Self.booleanTerm(!same) }
            guard let x = try value(a, row), let y = try value(b, row) else { return nil }
            return TermComparison.equal(x, y).map { Self.booleanTerm(!$0) }
        case .less(let a, let b): return try compare(a, b, row) { $0 < 0 }
        case .lessOrEqual(let a, let b): return try compare(a, b, row) { $0 <= 0 }
        case .greater(let a, let b): return try compare(a, b, row) { $0 > 0 }
        case .greaterOrEqual(let a, let b): return try compare(a, b, row) { $0 >= 0 }
        case .inList(let a, let list):
            guard let x = try value(a, row) else { return nil }
            var sawError = false
            for item in list {
                guard let y = try value(item, row), let eq = TermComparison.equal(x, y) else { sawError = true; continue }
                if eq { return Self.trueTerm }
            }
            return sawError ? nil : Self.falseTerm
        case .add(let a, let b): return try arithmetic(.add, a, b, row)
        case .subtract(let a, let b): return try arithmetic(.subtract, a, b, row)
        case .multiply(let a, let b): return try arithmetic(.multiply, a, b, row)
        case .divide(let a, let b): return try arithmetic(.divide, a, b, row)
        case .unaryPlus(let a):
            guard let x = try value(a, row), NumericValue(x) != nil else { return nil }
            return x
        case .unaryMinus(let a):
            guard let x = try value(a, row), let n = NumericValue(x) else { return nil }
            return n.negated.term
        case .bound(let v):
            return Self.booleanTerm(variableValue(v, row) != nil)
        case .ifThenElse(let c, let a, let b):
            guard let test = try effectiveBoolean(c, row) else { return nil }
            return try value(test ? a : b, row)
        case .coalesce(let list):
            for item in list { if let x = try value(item, row) { return x } }
            return nil
        case .function(let f, let args):
            return try call(f, args, row)
        }
    }

    /// The numeric value of a variable (cached by id) or a constant; nil for anything else, so
    /// the caller falls back to the general path.
    func quickNumeric(_ e: Expression, _ row: ArraySlice<UInt32>) -> NumericValue? {
        switch e {
        case .variable(let v):
            guard let s = slots[v] else { return nil }
            let id = row[row.startIndex + s]
            return id == 0 ? nil : numeric(id)
        case .term(let t): return NumericValue(t)
        default: return nil
        }
    }

    /// For two bound variables whose terms are both IRIs or blank nodes: whether they are the
    /// same term (equal ids). nil when the general comparison is needed.
    private func sameIDs(_ a: Expression, _ b: Expression, _ row: ArraySlice<UInt32>) -> Bool? {
        func id(_ e: Expression) -> UInt32? {
            switch e {
            case .variable(let v):
                guard let s = slots[v] else { return nil }
                let id = row[row.startIndex + s]
                return id == 0 || term(id).isLiteral ? nil : id
            case .term(let t): return t.isLiteral ? nil : intern(t)
            default: return nil
            }
        }
        guard let x = id(a), let y = id(b) else { return nil }
        return x == y
    }

    private func compare(_ a: Expression, _ b: Expression, _ row: ArraySlice<UInt32>, _ test: (Int) -> Bool) throws -> Term? {
        if let x = quickNumeric(a, row), let y = quickNumeric(b, row) {
            return NumericValue.compare(x, y).map { Self.booleanTerm(test($0)) }
        }
        guard let x = try value(a, row), let y = try value(b, row), let c = TermComparison.compare(x, y) else { return nil }
        return Self.booleanTerm(test(c))
    }

    private func arithmetic(_ op: NumericValue.Operation, _ a: Expression, _ b: Expression, _ row: ArraySlice<UInt32>) throws -> Term? {
        guard let x = try quickNumeric(a, row) ?? value(a, row).flatMap(NumericValue.init),
              let y = try quickNumeric(b, row) ?? value(b, row).flatMap(NumericValue.init),
              let r = NumericValue.apply(op, x, y) else { return nil }
        return r.term
    }
}
