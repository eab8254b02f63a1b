import Foundation
import NewsGraphRDF

extension Evaluator {
    /// XPath constructor functions (`xsd:integer(?x)` ...) as SPARQL 17.5 allows them.
    static func cast(_ t: Term, to datatype: String) -> Term? {
        let xsd = Vocabulary.xsd
        let local = String(datatype.dropFirst(xsd.count))
        switch t {
        case .blank: return nil
        case .iri(let i): return local == "string" ? .string(i) : nil
        case .literal(let l):
            if l.language != nil { return local == "string" ? .string(l.lexical) : nil }
            let numeric = NumericValue(l)
            let boolean = TermComparison.boolean(l)
            let isString = l.datatype == nil
            // Invalid lexical forms of known types cannot be cast.
            if !isString && NumericValue.isNumericType(l.datatype) && numeric == nil { return nil }
            if l.datatype == xsd + "boolean" && boolean == nil { return nil }
            let text = l.lexical.trimmingCharacters(in: .whitespaces)
            switch local {
            case "string":
                // Numbers and booleans cast to their canonical form ("1.0"^^xsd:decimal -> "1").
                if let boolean { return .string(boolean ? "true" : "false") }
                if let numeric { return .string(numeric.term.literalValue!.lexical) }
                return .string(l.lexical)
            case "boolean":
                if let boolean { return Self.booleanTerm(boolean) }
                if let numeric { return Self.booleanTerm(!(numeric.isZero || numeric.isNaN)) }
                if isString {
                    switch text {
                    case "true", "1": return Self.booleanTerm(true)
                    case "false", "0": return Self.booleanTerm(false)
                    default: return nil
                    }
                }
                return nil
            case "decimal":
                if let boolean { return .typed(boolean ? "1.0" : "0.0", datatype) }
                if let numeric {
                    if numeric.asDouble.isNaN || numeric.asDouble.isInfinite { return nil }
                    return NumericValue.decimal(numeric.asDecimal).term
                }
                if isString, NumericValue.isDecimalLexical(text), let d = Decimal(string: text) { return NumericValue.decimal(d).term }
                return nil
            case "double", "float":
                if let boolean { return .typed(boolean ? "1.0E0" : "0.0E0", datatype) }
                if let numeric { return local == "double" ? NumericValue.double(numeric.asDouble).term : NumericValue.float(numeric.asDouble).term }
                if isString, let v = NumericValue.parseDouble(text) { return local == "double" ? NumericValue.double(v).term : NumericValue.float(v).term }
                return nil
            case "dateTime":
                if (isString || l.datatype == datatype), TermComparison.dateTimeSeconds(text) != nil { return .typed(text, datatype) }
                return nil
            default:
                // integer and its derived types.
                var value: Int?
                if let boolean { value = boolean ? 1 : 0 }
                else if let numeric {
                    switch numeric {
                    case .integer(let v): value = v
                    case .decimal(let d): value = Int(truncating: NSDecimalNumber(decimal: d))
                    case .float(let v), .double(let v): value = v.isFinite && Swift.abs(v) < 9e18 ? Int(v) : nil
                    }
                } else if isString, NumericValue.isIntegerLexical(text) {
                    value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
                }
                guard let value else { return nil }
                return .typed(String(value), datatype)
            }
        }
    }
}
