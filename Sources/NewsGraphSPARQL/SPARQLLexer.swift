/// One SPARQL token with the byte offset where it starts.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case iri(String)
        case prefixedName(prefix: String, local: String)
        case blankLabel(String)
        case variable(String)
        case string(String)
        case languageTag(String)
        case integer(String)
        case decimal(String)
        case double(String)
        /// Keywords, function names, `a`, `true`/`false`; matched case-insensitively.
        case word(String)
        /// Punctuation and operators: `{ } ( ) [ ] . , ; * / | ^ ^^ ? + - ! = != < > <= >= && ||`.
        case punct(String)
        case end
    }

    var kind: Kind
    var offset: Int
}

/// Splits query text into tokens (SPARQL 1.1 grammar, section 19.8 terminals).
struct SPARQLLexer {
    let bytes: [UInt8]
    var pos = 0
    let source: SourceText

    init(_ text: String) {
        source = SourceText(text)
        bytes = source.bytes
    }

    static func tokenize(_ text: String) throws -> ([Token], SourceText) {
        var lexer = SPARQLLexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return (tokens, lexer.source) }
        }
    }

    private var peek: UInt8 { pos < bytes.count ? bytes[pos] : 0 }
    private func peek(_ k: Int) -> UInt8 { pos + k < bytes.count ? bytes[pos + k] : 0 }

    private func fail(_ message: String, at offset: Int? = nil) -> SPARQLError {
        source.syntaxError(message, at: offset ?? pos)
    }

    private mutating func skipSpace() {
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { pos += 1 }
            else if b == UInt8(ascii: "#") { while pos < bytes.count && bytes[pos] != 0x0A { pos += 1 } }
            else { return }
        }
    }

    mutating func next() throws -> Token {
        skipSpace()
        let start = pos
        guard pos < bytes.count else { return Token(kind: .end, offset: pos) }
        let b = bytes[pos]
        func token(_ kind: Token.Kind) -> Token { Token(kind: kind, offset: start) }
        switch b {
        case UInt8(ascii: "<"):
            if let iri = try iriRef() { return token(.iri(iri)) }
            pos += 1
            if peek == UInt8(ascii: "=") { pos += 1; return token(.punct("<=")) }
            return token(.punct("<"))
        case UInt8(ascii: "?"), UInt8(ascii: "$"):
            pos += 1
            let nameStart = pos
            while pos < bytes.count && Self.isVarChar(bytes[pos]) { pos += 1 }
            if pos == nameStart {
                if b == UInt8(ascii: "$") { throw fail("expected a variable name after '$'") }
                return token(.punct("?"))
            }
            return token(.variable(String(decoding: bytes[nameStart..<pos], as: UTF8.self)))
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return token(.string(try string()))
        case UInt8(ascii: "@"):
            pos += 1
            let tagStart = pos
            while pos < bytes.count && (Self.isLetter(bytes[pos]) || (pos > tagStart && (bytes[pos] == 0x2D || Self.isDigit(bytes[pos])))) { pos += 1 }
            guard pos > tagStart else { throw fail("expected a language tag after '@'") }
            return token(.languageTag(String(decoding: bytes[tagStart..<pos], as: UTF8.self)))
        case UInt8(ascii: "_") where peek(1) == UInt8(ascii: ":"):
            pos += 2
            let labelStart = pos
            while pos < bytes.count && (Self.isNameChar(bytes[pos]) || bytes[pos] == 0x2E) { pos += 1 }
            while pos > labelStart && bytes[pos - 1] == 0x2E { pos -= 1 }
            guard pos > labelStart else { throw fail("expected a blank node label after '_:'") }
            return token(.blankLabel(String(decoding: bytes[labelStart..<pos], as: UTF8.self)))
        case 0x30...0x39:
            return token(number())
        case UInt8(ascii: ".") where Self.isDigit(peek(1)):
            return token(number())
        default:
            break
        }
        if Self.isLetter(b) || b >= 0x80 || b == UInt8(ascii: ":") {
            return token(try name())
        }
        let two = pos + 1 < bytes.count ? String(decoding: bytes[pos...pos + 1], as: UTF8.self) : ""
        if ["!=", ">=", "&&", "||", "^^"].contains(two) { pos += 2; return token(.punct(two)) }
        if "{}()[].,;*/|^?+-!=<>".utf8.contains(b) { pos += 1; return token(.punct(String(UnicodeScalar(b)))) }
        throw fail("unexpected character '\(source.character(at: pos))'")
    }

    /// `<...>` if the text from here is an IRI reference; nil if `<` is an operator.
    private mutating func iriRef() throws -> String? {
        var i = pos + 1
        var out: [UInt8] = []
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: ">") {
                pos = i + 1
                return String(decoding: out, as: UTF8.self)
            }
            if c <= 0x20 || "<\"{}|^`".utf8.contains(c) { return nil }
            if c == UInt8(ascii: "\\") {
                let saved = pos
                pos = i
                guard let scalar = try? unicodeEscape() else { pos = saved; return nil }
                out.append(contentsOf: Array(String(scalar).utf8))
                i = pos
                pos = saved
                continue
            }
            out.append(c)
            i += 1
        }
        return nil
    }

    private mutating func unicodeEscape() throws -> Unicode.Scalar {
        let digits = peek(1) == UInt8(ascii: "u") ? 4 : peek(1) == UInt8(ascii: "U") ? 8 : 0
        guard digits > 0 else { throw fail("invalid escape sequence") }
        var value: UInt32 = 0
        for k in 0..<digits {
            guard let d = Self.hex(peek(2 + k)) else { throw fail("expected \(digits) hex digits in \\u escape") }
            value = value << 4 | d
        }
        guard let scalar = Unicode.Scalar(value) else { throw fail("escape is not a Unicode scalar value") }
        pos += 2 + digits
        return scalar
    }

    private mutating func string() throws -> String {
        let quote = bytes[pos]
        let start = pos
        let long = peek(1) == quote && peek(2) == quote
        pos += long ? 3 : 1
        var out: [UInt8] = []
        while true {
            guard pos < bytes.count else { throw fail("unterminated string", at: start) }
            let c = bytes[pos]
            if c == quote {
                if !long { pos += 1; break }
                if peek(1) == quote && peek(2) == quote {
                    while peek(3) == quote { out.append(quote); pos += 1 }
                    pos += 3
                    break
                }
            }
            if !long && (c == 0x0A || c == 0x0D) { throw fail("line break inside a string; close the quote or use \"\"\"") }
            if c == UInt8(ascii: "\\") {
                switch peek(1) {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"): out.append(peek(1))
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    out.append(contentsOf: Array(String(try unicodeEscape()).utf8))
                    continue
                default: throw fail("invalid escape sequence in string")
                }
                pos += 2
                continue
            }
            out.append(c)
            pos += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func number() -> Token.Kind {
        let start = pos
        while Self.isDigit(peek) { pos += 1 }
        var kind = 0
        if peek == 0x2E && Self.isDigit(peek(1)) {
            pos += 1
            while Self.isDigit(peek) { pos += 1 }
            kind = 1
        } else if peek == 0x2E && (peek(1) | 0x20) == UInt8(ascii: "e") && start < pos {
            pos += 1
            kind = 1
        }
        if (peek | 0x20) == UInt8(ascii: "e") {
            var i = pos + 1
            if i < bytes.count && (bytes[i] == 0x2B || bytes[i] == 0x2D) { i += 1 }
            if i < bytes.count && Self.isDigit(bytes[i]) {
                pos = i
                while Self.isDigit(peek) { pos += 1 }
                kind = 2
            } else if kind == 1 && bytes[pos - 1] == 0x2E {
                pos -= 1; kind = 0
            }
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        return kind == 0 ? .integer(text) : kind == 1 ? .decimal(text) : .double(text)
    }

    /// A keyword or a prefixed name (`prefix:local`, `prefix:`, `:local`).
    private mutating func name() throws -> Token.Kind {
        let start = pos
        while pos < bytes.count && (Self.isNameChar(bytes[pos]) || bytes[pos] == 0x2E) { pos += 1 }
        while pos > start && bytes[pos - 1] == 0x2E { pos -= 1 }
        let prefix = String(decoding: bytes[start..<pos], as: UTF8.self)
        guard peek == UInt8(ascii: ":") else {
            guard !prefix.isEmpty else { throw fail("unexpected character") }
            return .word(prefix)
        }
        pos += 1
        return .prefixedName(prefix: prefix, local: try localName())
    }

    private mutating func localName() throws -> String {
        var out: [UInt8] = []
        while pos < bytes.count {
            let c = bytes[pos]
            if Self.isNameChar(c) || c == UInt8(ascii: ":") {
                out.append(c); pos += 1
            } else if c == UInt8(ascii: "%") {
                guard Self.hex(peek(1)) != nil, Self.hex(peek(2)) != nil else { throw fail("'%' must be followed by two hex digits") }
                out.append(contentsOf: bytes[pos..<pos + 3]); pos += 3
            } else if c == UInt8(ascii: "\\") {
                guard "_~.-!$&'()*+,;=/?#@%".utf8.contains(peek(1)) else { throw fail("invalid escape in a local name") }
                out.append(peek(1)); pos += 2
            } else if c == 0x2E && !out.isEmpty {
                var look = pos
                while look < bytes.count && bytes[look] == 0x2E { look += 1 }
                guard look < bytes.count, Self.isNameChar(bytes[look]) || bytes[look] == UInt8(ascii: ":") else { break }
                out.append(contentsOf: bytes[pos..<look]); pos = look
            } else {
                break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isNameChar(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b == 0x5F || b == 0x2D || b >= 0x80 }
    static func isVarChar(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b == 0x5F || b >= 0x80 }
    static func hex(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }
}

/// The query text with byte-offset to line/column mapping for messages.
struct SourceText: Sendable {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    /// (line, column, text of the line); columns count Unicode scalars from 1.
    func location(_ offset: Int) -> (Int, Int, String) {
        let end = min(offset, bytes.count)
        var line = 1, lineStart = 0
        for i in 0..<end where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
        var column = 1
        for i in lineStart..<end where bytes[i] & 0xC0 != 0x80 { column += 1 }
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
        return (line, column, String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self))
    }

    func syntaxError(_ message: String, at offset: Int) -> SPARQLError {
        let (line, column, text) = location(offset)
        return .syntax(line: line, column: column, message: message, sourceLine: text)
    }

    func character(at offset: Int) -> String {
        var end = offset + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[offset..<min(end, bytes.count)], as: UTF8.self)
    }
}
