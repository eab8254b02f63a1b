import NewsGraphRDF

/// Value comparisons of SPARQL operators (`=`, `<`, ...) and the ORDER BY ordering.
enum TermComparison {
    static let xsd = Vocabulary.xsd
    static let booleanType = xsd + "boolean"
    static let dateTimeType = xsd + "dateTime"
    static let dateType = xsd + "date"

    /// Literal datatypes whose values the engine understands.
    static func isKnownType(_ l: Literal) -> Bool {
        if l.language != nil || l.datatype == nil { return true }
        let d = l.datatype!
        return d == booleanType || d == dateTimeType || d == dateType || NumericValue.isNumericType(d)
    }

    static func boolean(_ l: Literal) -> Bool? {
        guard l.datatype == booleanType else { return nil }
        switch l.lexical {
        case "true", "1": return true
        case "false", "0": return false
        default: return nil
        }
    }

    /// `=`: true, false, or nil for a type error.
    static func equal(_ a: Term, _ b: Term) -> Bool? {
        guard case .literal(let x) = a, case .literal(let y) = b else { return a == b }
        if let n = NumericValue(x), let m = NumericValue(y) { return NumericValue.compare(n, m) == 0 }
        if a == b { return true }
        if x.datatype == nil && y.datatype == nil {
            if x.language == nil && y.language == nil { return false }
            if let l1 = x.language, let l2 = y.language {
                return x.lexical == y.lexical && l1.lowercased() == l2.lowercased()
            }
            return false
        }
        if let p = boolean(x), let q = boolean(y) { return p == q }
        if let t = temporalType(x), t == temporalType(y) {
            guard let c = compareTemporal(x.lexical, y.lexical) else { return nil }
            return c == 0
        }
        // A language-tagged string never equals a literal of another datatype.
        if (x.language != nil) != (y.language != nil) { return false }
        // Different terms of datatypes we cannot compare: a type error (open world).
        if !isKnownType(x) || !isKnownType(y) { return nil }
        if NumericValue.isNumericType(x.datatype) && NumericValue(x) == nil { return nil }
        if NumericValue.isNumericType(y.datatype) && NumericValue(y) == nil { return nil }
        return false
    }

    /// `<` and friends: -1/0/1, or nil for a type error.
    static func compare(_ a: Term, _ b: Term) -> Int? {
        guard case .literal(let x) = a, case .literal(let y) = b else { return nil }
        if let n = NumericValue(x), let m = NumericValue(y) { return NumericValue.compare(n, m) }
        if x.datatype == nil && y.datatype == nil && x.language == nil && y.language == nil {
            return stringCompare(x.lexical, y.lexical)
        }
        if let p = boolean(x), let q = boolean(y) { return p == q ? 0 : (!p ? -1 : 1) }
        if let t = temporalType(x), t == temporalType(y) { return compareTemporal(x.lexical, y.lexical) }
        return nil
    }

    static func temporalType(_ l: Literal) -> String? {
        l.datatype == dateTimeType || l.datatype == dateType ? l.datatype : nil
    }

    static func stringCompare(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1
    }

    /// ORDER BY: unbound < blank nodes < IRIs < literals; literals by value where comparable,
    /// then by lexical form, datatype and language.
    static func order(_ a: Term?, _ b: Term?) -> Int {
        guard let a else { return b == nil ? 0 : -1 }
        guard let b else { return 1 }
        func rank(_ t: Term) -> Int { t.isBlank ? 0 : t.isIRI ? 1 : 2 }
        let (ra, rb) = (rank(a), rank(b))
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.iri(let x), .iri(let y)), (.blank(let x), .blank(let y)): return stringCompare(x, y)
        case (.literal(let x), .literal(let y)):
            if let c = compare(a, b), c != 0 { return c }
            // Literals that do not compare by value: by lexical form, then datatype and
            // language (the order Oxigraph uses, so results agree with it).
            let c = stringCompare(x.lexical, y.lexical)
            if c != 0 { return c }
            let d = stringCompare(x.datatype ?? "", y.datatype ?? "")
            if d != 0 { return d }
            return stringCompare(x.language ?? "", y.language ?? "")
        default: return 0
        }
    }

    /// Compares two xsd:dateTime (or two xsd:date) lexical forms by instant; nil when
    /// malformed, or when only one has a timezone and they are within 14 hours of each other
    /// (XPath: the implicit timezone could make either order true).
    static func compareTemporal(_ a: String, _ b: String) -> Int? {
        guard let x = temporalSeconds(a), let y = temporalSeconds(b) else { return nil }
        if x.1 != y.1 && Swift.abs(x.0 - y.0) <= 14 * 3600 { return nil }
        return x.0 < y.0 ? -1 : x.0 == y.0 ? 0 : 1
    }

    static func compareDateTime(_ a: String, _ b: String) -> Int? { compareTemporal(a, b) }

    /// Seconds from year 0 (months of 31 days: monotonic, good for ordering only), and whether
    /// a timezone was given. Accepts `YYYY-MM-DDThh:mm:ss(.s*)?(tz)?` and `YYYY-MM-DD(tz)?`.
    static func temporalSeconds(_ s: String) -> (Double, Bool)? {
        let u = Array(s.utf8)
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= u.count else { return nil }
            var v = 0
            for k in 0..<n { let c = u[i + k]; guard c >= 0x30 && c <= 0x39 else { return nil }; v = v * 10 + Int(c - 0x30) }
            i += n
            return v
        }
        func expect(_ c: UInt8) -> Bool { if i < u.count && u[i] == c { i += 1; return true }; return false }
        let negative = expect(0x2D)
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2) else { return nil }
        var hour = 0, minute = 0, second = 0, fraction = 0.0
        if expect(0x54) {
            guard let h = digits(2), expect(0x3A), let m = digits(2), expect(0x3A), let sec = digits(2) else { return nil }
            (hour, minute, second) = (h, m, sec)
            if expect(0x2E) {
                var scale = 0.1
                while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { fraction += Double(u[i] - 0x30) * scale; scale /= 10; i += 1 }
            }
        }
        var offset = 0, zoned = false
        if expect(0x5A) { zoned = true } else if i < u.count && (u[i] == 0x2B || u[i] == 0x2D) {
            let sign = u[i] == 0x2D ? -1 : 1
            i += 1
            guard let h = digits(2), expect(0x3A), let m = digits(2) else { return nil }
            offset = sign * (h * 3600 + m * 60); zoned = true
        }
        guard i == u.count, (1...12).contains(month), (1...31).contains(day) else { return nil }
        let days = Double((negative ? -year : year) * 372 + (month - 1) * 31 + (day - 1))
        let total = days * 86400 + Double(hour * 3600 + minute * 60 + second) + fraction - Double(offset)
        return (total, zoned)
    }

    static func dateTimeSeconds(_ s: String) -> (Double, Bool)? {
        s.contains("T") ? temporalSeconds(s) : nil
    }
}
