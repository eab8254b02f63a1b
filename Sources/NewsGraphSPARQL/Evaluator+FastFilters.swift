import Foundation
import NewsGraphRDF

/// Common one-variable filters compiled to a test on the variable's term, skipping the
/// general expression walk (which copies terms and expression nodes per row). Each returns
/// exactly what the general path would (errors count as false, as FILTER treats them).
extension Evaluator {
    typealias TermTest = (Term) -> Bool

    func fastFilter(_ e: Expression) -> (slot: Int, test: TermTest)? {
        switch e {
        case .function(.regex, let args) where args.count == 2 || args.count == 3:
            guard let (slot, viaStr) = stringSource(args[0]),
                  case .term(let p) = args[1], let (pattern, pl) = Self.stringLiteral(p), pl == nil else { return nil }
            var flags = ""
            if args.count == 3 {
                guard case .term(let f) = args[2], let (fl, _) = Self.stringLiteral(f) else { return nil }
                flags = fl
            }
            guard let regex = compiledRegex(pattern, flags) else { return nil }
            return (slot, { term in
                guard let text = Self.text(term, viaStr: viaStr) else { return false }
                return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            })
        case .function(let f, let args) where (f == .contains || f == .strstarts || f == .strends) && args.count == 2:
            guard let (slot, viaStr) = stringSource(args[0]), case .term(let needleTerm) = args[1],
                  let (needle, needleLang) = Self.stringLiteral(needleTerm) else { return nil }
            return (slot, { term in
                // Argument compatibility (17.4.3.1.1): a tagged needle needs the same tag.
                if let needleLang {
                    guard !viaStr, case .literal(let l) = term, l.language?.lowercased() == needleLang.lowercased() else { return false }
                }
                guard let text = Self.text(term, viaStr: viaStr) else { return false }
                switch f {
                case .contains: return Self.containsScalars(text, needle)
                case .strstarts: return text.utf8.starts(with: needle.utf8)
                default: return text.utf8.count >= needle.utf8.count && text.utf8.reversed().starts(with: needle.utf8.reversed())
                }
            })
        case .function(.langMatches, let args) where args.count == 2:
            guard case .function(.lang, let inner) = args[0], inner.count == 1, case .variable(let v) = inner[0], let slot = slots[v],
                  case .term(let r) = args[1], let (range, _) = Self.stringLiteral(r) else { return nil }
            return (slot, { term in
                guard case .literal(let l) = term else { return false }
                return Self.langMatches(l.language ?? "", range)
            })
        case .equal(let a, let b):
            if let test = equalityTest(a, b) ?? equalityTest(b, a) { return test }
            return nil
        default:
            return nil
        }
    }

    /// `lang(?v) = "x"` and `str(?v) = "x"` (a simple-literal constant).
    private func equalityTest(_ a: Expression, _ b: Expression) -> (slot: Int, test: TermTest)? {
        guard case .term(let c) = b, case .literal(let cl) = c, cl.datatype == nil, cl.language == nil,
              case .function(let f, let args) = a, args.count == 1, case .variable(let v) = args[0], let slot = slots[v] else { return nil }
        let constant = cl.lexical
        switch f {
        case .lang:
            return (slot, { term in
                guard case .literal(let l) = term else { return false }
                return (l.language ?? "") == constant
            })
        case .str:
            return (slot, { term in
                switch term {
                case .iri(let i): return i == constant
                case .literal(let l): return l.lexical == constant
                case .blank: return false
                }
            })
        default:
            return nil
        }
    }

    /// `?v` (a string literal) or `str(?v)` (any IRI or literal) as a regex/string argument.
    private func stringSource(_ e: Expression) -> (Int, Bool)? {
        switch e {
        case .variable(let v): return slots[v].map { ($0, false) }
        case .function(.str, let args) where args.count == 1:
            if case .variable(let v) = args[0], let slot = slots[v] { return (slot, true) }
            return nil
        default: return nil
        }
    }

    /// Substring test on code points (XPath `contains`), done on UTF-8 bytes: a byte match of
    /// valid UTF-8 is a code point match. Unlike `String.contains`, no canonical equivalence.
    static func containsScalars(_ text: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var t = text, n = needle
        return t.withUTF8 { tb in
            n.withUTF8 { nb in
                guard tb.count >= nb.count else { return false }
                let first = nb[0], last = tb.count - nb.count
                var i = 0
                while i <= last {
                    if tb[i] == first && memcmp(tb.baseAddress! + i, nb.baseAddress!, nb.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }

    private static func text(_ term: Term, viaStr: Bool) -> String? {
        switch term {
        case .literal(let l):
            if viaStr { return l.lexical }
            return l.datatype == nil ? l.lexical : nil
        case .iri(let i): return viaStr ? i : nil
        case .blank: return nil
        }
    }
}
