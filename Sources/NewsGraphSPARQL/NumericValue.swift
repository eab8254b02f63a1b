import Foundation
import NewsGraphRDF

/// A numeric literal's value, in the XPath type promotion order integer < decimal < float < double.
enum NumericValue {
    case integer(Int)
    case decimal(Decimal)
    case float(Double)
    case double(Double)

    static let xsd = Vocabulary.xsd
    static let integerTypes: Set<String> = Set(["integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"].map { xsd + $0 })

    static let integerIRI = xsd + "integer"

    static func isNumericType(_ datatype: String?) -> Bool {
        guard let datatype else { return false }
        return integerTypes.contains(datatype) || datatype == xsd + "decimal" || datatype == xsd + "double" || datatype == xsd + "float"
    }

    /// The value of a numeric literal with a valid lexical form; nil otherwise.
    init?(_ literal: Literal) {
        guard let datatype = literal.datatype, datatype.hasPrefix(Self.xsd) else { return nil }
        let text = literal.lexical
        // xsd:integer first: by far the most common, and a string compare is cheaper than hashing.
        if datatype == Self.integerIRI || Self.integerTypes.contains(datatype) {
            guard Self.isIntegerLexical(text) else { return nil }
            if let v = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) { self = .integer(v) }
            else if let d = Decimal(string: text) { self = .decimal(d) } else { return nil }
        } else if datatype == Self.xsd + "decimal" {
            guard Self.isDecimalLexical(text), let d = Decimal(string: text.hasPrefix("+") ? String(text.dropFirst()) : text) else { return nil }
            self = .decimal(d)
        } else if datatype == Self.xsd + "double" || datatype == Self.xsd + "float" {
            guard let v = Self.parseDouble(text) else { return nil }
            self = datatype == Self.xsd + "double" ? .double(v) : .float(v)
        } else {
            return nil
        }
    }

    init?(_ term: Term) {
        guard case .literal(let literal) = term else { return nil }
        self.init(literal)
    }

    static func isIntegerLexical(_ s: String) -> Bool {
        var u = Substring(s).utf8[...]
        if let f = u.first, f == 0x2B || f == 0x2D { u = u.dropFirst() }
        return !u.isEmpty && u.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    static func isDecimalLexical(_ s: String) -> Bool {
        var u = Substring(s).utf8[...]
        if let f = u.first, f == 0x2B || f == 0x2D { u = u.dropFirst() }
        var digits = 0, dots = 0
        for b in u {
            if b == 0x2E { dots += 1 } else if b >= 0x30 && b <= 0x39 { digits += 1 } else { return false }
        }
        return digits > 0 && dots <= 1
    }

    static func parseDouble(_ s: String) -> Double? {
        switch s {
        case "INF", "+INF": return .infinity
        case "-INF": return -.infinity
        case "NaN": return .nan
        default:
            guard !s.isEmpty, s.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2B || $0 == 0x2D || $0 | 0x20 == 0x65 }) else { return nil }
            return Double(s)
        }
    }

    var rank: Int {
        switch self {
        case .integer: return 0
        case .decimal: return 1
        case .float: return 2
        case .double: return 3
        }
    }

    var asDecimal: Decimal {
        switch self {
        case .integer(let v): return Decimal(v)
        case .decimal(let v): return v
        case .float(let v), .double(let v): return Decimal(v)
        }
    }

    var asDouble: Double {
        switch self {
        case .integer(let v): return Double(v)
        case .decimal(let v): return NSDecimalNumber(decimal: v).doubleValue
        case .float(let v), .double(let v): return v
        }
    }

    var isZero: Bool {
        switch self {
        case .integer(let v): return v == 0
        case .decimal(let v): return v.isZero
        case .float(let v), .double(let v): return v == 0
        }
    }

    var isNaN: Bool {
        switch self {
        case .float(let v), .double(let v): return v.isNaN
        default: return false
        }
    }

    /// -1, 0, 1; nil when unordered (NaN).
    static func compare(_ a: NumericValue, _ b: NumericValue) -> Int? {
        switch max(a.rank, b.rank) {
        case 0:
            if case .integer(let x) = a, case .integer(let y) = b { return x < y ? -1 : x == y ? 0 : 1 }
            return nil
        case 1:
            let x = a.asDecimal, y = b.asDecimal
            return x < y ? -1 : x == y ? 0 : 1
        default:
            let x = a.asDouble, y = b.asDouble
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : x == y ? 0 : 1
        }
    }

    enum Operation { case add, subtract, multiply, divide }

    /// XPath arithmetic with type promotion; nil for errors (division by zero for integers
    /// and decimals). Integer division gives a decimal.
    static func apply(_ op: Operation, _ a: NumericValue, _ b: NumericValue) -> NumericValue? {
        var rank = max(a.rank, b.rank)
        if op == .divide && rank == 0 { rank = 1 }
        switch rank {
        case 0:
            guard case .integer(let x) = a, case .integer(let y) = b else { return nil }
            let (r, overflow): (Int, Bool)
            switch op {
            case .add: (r, overflow) = x.addingReportingOverflow(y)
            case .subtract: (r, overflow) = x.subtractingReportingOverflow(y)
            case .multiply: (r, overflow) = x.multipliedReportingOverflow(by: y)
            case .divide: return nil
            }
            if overflow { return apply(op, .decimal(Decimal(x)), .decimal(Decimal(y))) }
            return .integer(r)
        case 1:
            let x = a.asDecimal, y = b.asDecimal
            switch op {
            case .add: return .decimal(x + y)
            case .subtract: return .decimal(x - y)
            case .multiply: return .decimal(x * y)
            case .divide:
                guard !y.isZero else { return nil }
                // 18 fractional digits, truncated: the precision of Oxigraph's xsd:decimal.
                var quotient = x / y, rounded = Decimal()
                NSDecimalRound(&rounded, &quotient, 18, quotient < 0 ? .up : .down)
                return .decimal(rounded)
            }
        default:
            let x = a.asDouble, y = b.asDouble
            let r: Double
            switch op {
            case .add: r = x + y
            case .subtract: r = x - y
            case .multiply: r = x * y
            case .divide: r = x / y
            }
            return rank == 2 ? .float(Double(Float(r))) : .double(r)
        }
    }

    var negated: NumericValue {
        switch self {
        case .integer(let v): return v == .min ? .decimal(-Decimal(v)) : .integer(-v)
        case .decimal(let v): return .decimal(-v)
        case .float(let v): return .float(-v)
        case .double(let v): return .double(-v)
        }
    }

    /// The literal in canonical form.
    var term: Term {
        switch self {
        case .integer(let v): return LiteralTemplates.make(LiteralTemplates.integer, String(v))
        case .decimal(let v): return LiteralTemplates.make(LiteralTemplates.decimal, Self.canonical(v))
        case .float(let v): return LiteralTemplates.make(LiteralTemplates.float, Self.canonical(Double("\(Float(v))") ?? v))
        case .double(let v): return LiteralTemplates.make(LiteralTemplates.double, Self.canonical(v))
        }
    }

    /// Decimal text without exponent or trailing zeros ("6", "1.5"): XSD 1.1 canonical form,
    /// as Oxigraph writes it.
    static func canonical(_ d: Decimal) -> String {
        var text = NSDecimalNumber(decimal: d).stringValue
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// Shortest text that reads back as the same double, without exponent, integral values
    /// without ".0" ("6", "4.5", "INF", "NaN"), as Oxigraph writes doubles and floats.
    static func canonical(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v > 0 ? "INF" : "-INF" }
        if v == v.rounded() && Swift.abs(v) < 1e15 { return String(Int64(v)) }
        let text = "\(v)"
        if text.contains("e") { return canonical(Decimal(v)) }
        return text
    }
}
