extension TurtleScanner {
    /// A quoted string in any of the four Turtle forms; the cursor is on the opening quote.
    mutating func readString() throws -> String {
        let quote = bytes[pos]
        let start = pos
        let long = peek(1) == quote && peek(2) == quote
        pos += long ? 3 : 1
        var runStart = pos
        var out: [UInt8] = []
        var copied = false
        while true {
            guard pos < bytes.count else { throw error("unterminated string", at: start) }
            let b = bytes[pos]
            if b == quote {
                if !long { break }
                if peek(1) == quote && peek(2) == quote {
                    // A long string may end with up to two extra quotes that belong to its content.
                    var end = pos
                    while end + 3 < bytes.count && bytes[end + 3] == quote { end += 1 }
                    pos = end
                    break
                }
                pos += 1
                continue
            }
            if !long && (b == 0x0A || b == 0x0D) { throw error("line break inside a short string; use \\n or a long string") }
            if b == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[runStart..<pos]); copied = true
                let next = peek(1)
                switch next {
                case UInt8(ascii: "t"): out.append(0x09); pos += 2
                case UInt8(ascii: "b"): out.append(0x08); pos += 2
                case UInt8(ascii: "n"): out.append(0x0A); pos += 2
                case UInt8(ascii: "r"): out.append(0x0D); pos += 2
                case UInt8(ascii: "f"): out.append(0x0C); pos += 2
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"): out.append(next); pos += 2
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let scalar = try readUnicodeEscape()
                    out.append(contentsOf: Array(String(scalar).utf8))
                default: throw error("invalid escape sequence in string")
                }
                runStart = pos
                continue
            }
            pos += 1
        }
        let text: String
        if copied {
            out.append(contentsOf: bytes[runStart..<pos])
            text = String(decoding: out, as: UTF8.self)
        } else {
            text = String(decoding: bytes[runStart..<pos], as: UTF8.self)
        }
        pos += long ? 3 : 1
        return text
    }

    /// INTEGER, DECIMAL or DOUBLE; the cursor is on a sign, digit or '.'. Returns the literal.
    mutating func readNumber() throws -> Literal {
        let start = pos
        if peek == 0x2B || peek == 0x2D { pos += 1 }
        var digits = 0
        while pos < bytes.count && bytes[pos] >= 0x30 && bytes[pos] <= 0x39 { pos += 1; digits += 1 }
        var datatype = "integer"
        if peek == 0x2E && peek(1) >= 0x30 && peek(1) <= 0x39 {
            pos += 1
            while pos < bytes.count && bytes[pos] >= 0x30 && bytes[pos] <= 0x39 { pos += 1; digits += 1 }
            datatype = "decimal"
        }
        if (peek | 0x20) == UInt8(ascii: "e") {
            let mark = pos
            pos += 1
            if peek == 0x2B || peek == 0x2D { pos += 1 }
            var exponentDigits = 0
            while pos < bytes.count && bytes[pos] >= 0x30 && bytes[pos] <= 0x39 { pos += 1; exponentDigits += 1 }
            if exponentDigits == 0 { pos = mark } else { datatype = "double" }
        }
        guard digits > 0 else { pos = start; throw error("expected a number, found \(found)") }
        let lexical = String(decoding: bytes[start..<pos], as: UTF8.self)
        return Literal(lexical, datatype: Vocabulary.xsd + datatype)
    }
}
