import Foundation
import NewsGraphRDF

/// Built-in functions (17.4) and XPath casts (17.5).
extension Evaluator {
    /// A string literal's text and language (simple, xsd:string or language-tagged).
    static func stringLiteral(_ t: Term?) -> (String, String?)? {
        guard case .literal(let l)? = t, l.datatype == nil else { return nil }
        return (l.lexical, l.language)
    }

    /// Two-argument string functions need compatible arguments (17.4.3.1.1).
    static func compatibleStrings(_ a: Term?, _ b: Term?) -> (String, String?, String)? {
        guard let (x, lx) = stringLiteral(a), let (y, ly) = stringLiteral(b) else { return nil }
        if let ly, ly.lowercased() != lx?.lowercased() { return nil }
        return (x, lx, y)
    }

    static func stringResult(_ text: String, like original: Term?) -> Term {
        if case .literal(let l)? = original, l.language != nil {
            var copy = l
            copy.lexical = text
            return .literal(copy)
        }
        return LiteralTemplates.string(text)
    }

    func call(_ f: Expression.Function, _ args: [Expression], _ row: ArraySlice<UInt32>) throws -> Term? {
        // The first three arguments in locals: no array allocation per call on the hot path.
        let evaluates = f != .rand && f != .uuid && f != .struuid && f != .bnode && f != .now
        let a0 = evaluates && args.count > 0 ? try value(args[0], row) : nil
        let a1 = evaluates && args.count > 1 ? try value(args[1], row) : nil
        let a2 = evaluates && args.count > 2 ? try value(args[2], row) : nil
        func arg(_ i: Int) -> Term? { i == 0 ? a0 : i == 1 ? a1 : i == 2 ? a2 : nil }
        func allValues() throws -> [Term?] {
            var out = [a0, a1, a2].prefix(args.count).map { $0 }
            for a in args.dropFirst(3) { out.append(try value(a, row)) }
            return out
        }
        switch f {
        case .str:
            switch arg(0) {
            case .iri(let i)?: return LiteralTemplates.string(i)
            case .literal(let l)?: return LiteralTemplates.string(l.lexical)
            default: return nil
            }
        case .lang:
            guard case .literal(let l)? = arg(0) else { return nil }
            return LiteralTemplates.string(l.language ?? "")
        case .langMatches:
            guard let (tag, _) = Self.stringLiteral(arg(0)), let (range, _) = Self.stringLiteral(arg(1)) else { return nil }
            return Self.booleanTerm(Self.langMatches(tag, range))
        case .datatype:
            guard case .literal(let l)? = arg(0) else { return nil }
            return .iri(l.effectiveDatatype)
        case .iri:
            switch arg(0) {
            case .iri(let i)?: return .iri(i)
            case .literal(let l)? where l.datatype == nil && l.language == nil:
                return .iri(baseIRI.map { TurtleParser.resolveIRI(l.lexical, against: $0) } ?? l.lexical)
            default: return nil
            }
        case .bnode:
            // BNODE(str): one node per string within a solution, new nodes across solutions.
            if let first = args.first {
                guard let (text, lang) = Self.stringLiteral(try value(first, row)), lang == nil else { return nil }
                // The solution is the row without the nodes BNODE made for it (a second BIND
                // on the same solution sees the first one's node).
                let key = row.map { id -> String in
                    if id > baseCount, case .blank(let label) = term(id), createdBlankNodes.contains(label) { return "0" }
                    return String(id)
                }.joined(separator: ",") + "\u{0}" + text
                if let label = bnodeMemo[key] { return .blank(label) }
                let label = freshBlankLabel()
                bnodeMemo[key] = label
                return .blank(label)
            }
            return .blank(freshBlankLabel())
        case .strdt:
            guard let (text, lang) = Self.stringLiteral(arg(0)), lang == nil, case .iri(let dt)? = arg(1) else { return nil }
            return .typed(text, dt)
        case .strlang:
            guard let (text, lang) = Self.stringLiteral(arg(0)), lang == nil, let (tag, _) = Self.stringLiteral(arg(1)), !tag.isEmpty else { return nil }
            return .text(text, language: tag)
        case .uuid:
            return .iri("urn:uuid:" + UUID().uuidString.lowercased())
        case .struuid:
            return .string(UUID().uuidString.lowercased())
        case .strlen:
            guard let (text, _) = Self.stringLiteral(arg(0)) else { return nil }
            return .typed(String(text.unicodeScalars.count), Vocabulary.xsd + "integer")
        case .substr:
            guard let (text, _) = Self.stringLiteral(arg(0)), let start = arg(1).flatMap(NumericValue.init) else { return nil }
            let scalars = Array(text.unicodeScalars)
            let from = start.asDouble.rounded(.toNearestOrEven)
            var to = Double.infinity
            if args.count > 2 {
                guard let length = arg(2).flatMap(NumericValue.init) else { return nil }
                to = from + length.asDouble.rounded(.toNearestOrEven)
            }
            if from.isNaN || to.isNaN { return Self.stringResult("", like: arg(0)) }
            var out = String.UnicodeScalarView()
            for (i, s) in scalars.enumerated() where Double(i + 1) >= from && Double(i + 1) < to { out.append(s) }
            return Self.stringResult(String(out), like: arg(0))
        case .ucase, .lcase:
            guard let (text, _) = Self.stringLiteral(arg(0)) else { return nil }
            return Self.stringResult(f == .ucase ? text.uppercased() : text.lowercased(), like: arg(0))
        case .strstarts, .strends, .contains:
            guard let (a, _, b) = Self.compatibleStrings(arg(0), arg(1)) else { return nil }
            let r = f == .strstarts ? a.utf8.starts(with: b.utf8)
                : f == .strends ? a.utf8.count >= b.utf8.count && a.utf8.reversed().starts(with: b.utf8.reversed())
                : Self.containsScalars(a, b)
            return Self.booleanTerm(r)
        case .strbefore, .strafter:
            guard let (a, lang, b) = Self.compatibleStrings(arg(0), arg(1)) else { return nil }
            guard let range = b.isEmpty ? a.startIndex..<a.startIndex : a.range(of: b) else { return .string("") }
            let text = f == .strbefore ? String(a[..<range.lowerBound]) : String(a[range.upperBound...])
            return lang.map { Term.text(text, language: $0) } ?? .string(text)
        case .encodeForURI:
            guard let (text, _) = Self.stringLiteral(arg(0)) else { return nil }
            var out = ""
            for byte in text.utf8 {
                let c = Character(Unicode.Scalar(byte))
                if byte < 0x80 && (c.isLetter || c.isNumber || "-_.~".contains(c)) { out.append(c) }
                else { out += String(format: "%%%02X", byte) }
            }
            return .string(out)
        case .concat:
            var text = "", lang: String?? = .none
            for v in try allValues() {
                guard let (t, l) = Self.stringLiteral(v) else { return nil }
                text += t
                if case .none = lang { lang = .some(l) } else if lang! != l { lang = .some(nil) }
            }
            if case .some(let l?) = lang { return .text(text, language: l) }
            return .string(text)
        case .regex, .replace:
            return try regexCall(f, try allValues())
        case .abs, .round, .ceil, .floor:
            guard let n = arg(0).flatMap(NumericValue.init) else { return nil }
            return Self.rounding(f, n).term
        case .rand:
            return .typed(String(Double.random(in: 0..<1)), Vocabulary.xsd + "double")
        case .isIRI: return arg(0).map { Self.booleanTerm($0.isIRI) }
        case .isBlank: return arg(0).map { Self.booleanTerm($0.isBlank) }
        case .isLiteral: return arg(0).map { Self.booleanTerm($0.isLiteral) }
        case .isNumeric: return arg(0).map { Self.booleanTerm(NumericValue($0) != nil) }
        case .sameTerm:
            guard let a = arg(0), let b = arg(1) else { return nil }
            return Self.booleanTerm(a == b)
        case .year, .month, .day, .hours, .minutes, .seconds, .timezone, .tz:
            guard case .literal(let l)? = arg(0), l.datatype == TermComparison.dateTimeType || l.datatype == TermComparison.dateType,
                  let parts = DateTimeParts(l.lexical) else { return nil }
            return parts.component(f)
        case .now:
            return .typed(queryTime, TermComparison.dateTimeType)
        case .cast(let datatype):
            guard let a = arg(0) else { return nil }
            return Self.cast(a, to: datatype)
        }
    }

    func freshBlankLabel() -> String {
        blankCounter += 1
        let label = "bnode\(blankCounter)"
        createdBlankNodes.insert(label)
        return label
    }

    static func langMatches(_ tag: String, _ range: String) -> Bool {
        if range == "*" { return !tag.isEmpty }
        let t = tag.lowercased(), r = range.lowercased()
        return t == r || t.hasPrefix(r + "-")
    }

    static func rounding(_ f: Expression.Function, _ n: NumericValue) -> NumericValue {
        switch n {
        case .integer(let v): return f == .abs ? .integer(Swift.abs(v)) : n
        case .decimal(let v):
            var result = Decimal(), input = v
            switch f {
            case .abs: return .decimal(v < 0 ? -v : v)
            case .round:
                // XPath round: halves go towards positive infinity, i.e. floor(v + 0.5).
                var half = v + Decimal(string: "0.5")!
                NSDecimalRound(&result, &half, 0, .down)
            case .ceil: NSDecimalRound(&result, &input, 0, .up)
            default: NSDecimalRound(&result, &input, 0, .down)
            }
            return .decimal(result)
        case .float(let v), .double(let v):
            let r: Double
            switch f {
            case .abs: r = Swift.abs(v)
            case .round: r = Foundation.floor(v + 0.5)
            case .ceil: r = Foundation.ceil(v)
            default: r = Foundation.floor(v)
            }
            if case .float = n { return .float(r) }
            return .double(r)
        }
    }

    func regexCall(_ f: Expression.Function, _ values: [Term?]) throws -> Term? {
        guard let (text, _) = Self.stringLiteral(values[0]) else { return nil }
        let patternIndex = 1
        guard let (pattern, patternLang) = Self.stringLiteral(values[patternIndex]), patternLang == nil else { return nil }
        let flagIndex = f == .regex ? 2 : 3
        var flags = ""
        if values.count > flagIndex {
            guard let (fl, _) = Self.stringLiteral(values[flagIndex]) else { return nil }
            flags = fl
        }
        guard let regex = compiledRegex(pattern, flags) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        if f == .regex {
            return Self.booleanTerm(regex.firstMatch(in: text, range: range) != nil)
        }
        guard let (replacement, rl) = Self.stringLiteral(values[2]), rl == nil else { return nil }
        let template = replacement.replacingOccurrences(of: "\\$", with: "\u{0}").replacingOccurrences(of: "\u{0}", with: "\\$")
        return Self.stringResult(regex.stringByReplacingMatches(in: text, range: range, withTemplate: template), like: values[0])
    }

    func compiledRegex(_ pattern: String, _ flags: String) -> NSRegularExpression? {
        // Filters call this once per row with the same pattern: check the last one first.
        if let last = lastRegex, last.pattern == pattern, last.flags == flags { return last.regex }
        let key = flags + "\u{0}" + pattern
        if let cached = regexCache[key] { lastRegex = (pattern, flags, cached); return cached }
        var options: NSRegularExpression.Options = []
        for c in flags {
            switch c {
            case "i": options.insert(.caseInsensitive)
            case "m": options.insert(.anchorsMatchLines)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "x": options.insert(.allowCommentsAndWhitespace)
            case "q": options.insert(.ignoreMetacharacters)
            default: return nil
            }
        }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else { return nil }
        regexCache[key] = regex
        lastRegex = (pattern, flags, regex)
        return regex
    }
}
