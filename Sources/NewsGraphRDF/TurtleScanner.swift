/// Byte-level reading of Turtle terminals (IRIREF, prefixed names, strings, numbers, blank
/// node labels). Works on UTF-8 bytes, not `Character`s, because loading a million triples
/// must stay fast; positions become line/column (in Unicode scalars) only when an error is built.
struct TurtleScanner {
    let bytes: [UInt8]
    var pos = 0
    let path: String

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        // A UTF-8 byte order mark is not part of the document.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
    }

    var atEnd: Bool { pos >= bytes.count }
    var peek: UInt8 { pos < bytes.count ? bytes[pos] : 0 }
    func peek(_ offset: Int) -> UInt8 { pos + offset < bytes.count ? bytes[pos + offset] : 0 }

    // MARK: errors

    func error(_ message: String, at position: Int? = nil) -> TurtleError {
        let (line, column) = location(of: position ?? pos)
        return .syntax(path: path, line: line, column: column, message: message)
    }

    func location(of position: Int) -> (Int, Int) {
        var line = 1, lineStart = 0
        let end = min(position, bytes.count)
        for i in 0..<end where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
        // Columns count scalars: every byte that is not a UTF-8 continuation byte starts one.
        var column = 1
        for i in lineStart..<end where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    /// Describes the byte at the cursor for messages.
    var found: String {
        if atEnd { return "end of input" }
        var end = pos + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: bytes[pos..<end], as: UTF8.self) + "'"
    }

    // MARK: whitespace

    mutating func skipSpace() {
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                pos += 1
            } else if b == UInt8(ascii: "#") {
                while pos < bytes.count && bytes[pos] != 0x0A && bytes[pos] != 0x0D { pos += 1 }
            } else {
                return
            }
        }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
        skipSpace()
        guard peek == byte else { throw error("expected \(what), found \(found)") }
        pos += 1
    }

    /// Case-insensitive keyword match (for `PREFIX`/`BASE`), followed by a non-name byte.
    func matchesKeyword(_ word: String) -> Bool {
        var i = pos
        for c in word.utf8 {
            guard i < bytes.count, bytes[i] | 0x20 == c | 0x20 else { return false }
            i += 1
        }
        return i >= bytes.count || !Self.isNameByte(bytes[i])
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == 0x5F || b == 0x2D || b >= 0x80
    }

    // MARK: IRIs

    /// `<...>` with `\u`/`\U` escapes; the cursor is on `<`.
    mutating func readIRIRef() throws -> String {
        let start = pos
        pos += 1
        var runStart = pos
        var out: [UInt8] = []
        var escaped = false
        while true {
            guard pos < bytes.count else { throw error("unterminated IRI, expected '>'", at: start) }
            let b = bytes[pos]
            if b == UInt8(ascii: ">") { break }
            if b == UInt8(ascii: "\\") {
                if !escaped { out.append(contentsOf: bytes[runStart..<pos]); escaped = true } else { out.append(contentsOf: bytes[runStart..<pos]) }
                let scalar = try readUnicodeEscape()
                if "<>\"{}|^`\\".unicodeScalars.contains(scalar) || scalar.value <= 0x20 {
                    throw error("the escaped character U+\(String(scalar.value, radix: 16, uppercase: true)) is not allowed in an IRI")
                }
                out.append(contentsOf: Array(String(scalar).utf8))
                runStart = pos
                continue
            }
            if b <= 0x20 || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "{")
                || b == UInt8(ascii: "}") || b == UInt8(ascii: "|") || b == UInt8(ascii: "^") || b == UInt8(ascii: "`") {
                throw error("character \(found) is not allowed in an IRI")
            }
            pos += 1
        }
        let text: String
        if escaped {
            out.append(contentsOf: bytes[runStart..<pos])
            text = String(decoding: out, as: UTF8.self)
        } else {
            text = String(decoding: bytes[runStart..<pos], as: UTF8.self)
        }
        pos += 1
        return text
    }

    /// `\uXXXX` or `\UXXXXXXXX`; the cursor is on the backslash.
    mutating func readUnicodeEscape() throws -> Unicode.Scalar {
        let kind = peek(1)
        let digits: Int
        if kind == UInt8(ascii: "u") { digits = 4 } else if kind == UInt8(ascii: "U") { digits = 8 } else {
            throw error("invalid escape sequence, expected \\u or \\U")
        }
        var value: UInt32 = 0
        for i in 0..<digits {
            guard let d = Self.hexValue(peek(2 + i)) else { throw error("invalid \\\(Character(Unicode.Scalar(kind))) escape: expected \(digits) hex digits") }
            value = value << 4 | d
        }
        guard let scalar = Unicode.Scalar(value) else { throw error("escape \\u\(String(value, radix: 16)) is not a Unicode scalar value") }
        pos += 2 + digits
        return scalar
    }

    static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    // MARK: names

    static func isPNCharsBase(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    static func isPNChars(_ b: UInt8) -> Bool {
        isPNCharsBase(b) || b == 0x5F || b == 0x2D || (b >= 0x30 && b <= 0x39)
    }

    /// PN_PREFIX (possibly empty) up to, not including, the `:`. Returns nil if not a name.
    mutating func readPrefixName() -> String? {
        let start = pos
        if pos < bytes.count && Self.isPNCharsBase(bytes[pos]) {
            pos += 1
            while pos < bytes.count && (Self.isPNChars(bytes[pos]) || bytes[pos] == 0x2E) { pos += 1 }
            // A name may not end with '.'.
            while bytes[pos - 1] == 0x2E { pos -= 1 }
        }
        guard peek == UInt8(ascii: ":") else { pos = start; return nil }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    /// PN_LOCAL after the `:` (possibly empty), with `\`-escapes and `%HH` kept as written
    /// except that `\x` becomes `x`.
    mutating func readLocalName() throws -> String {
        var out: [UInt8] = []
        var first = true
        while pos < bytes.count {
            let b = bytes[pos]
            if Self.isPNChars(b) || b == UInt8(ascii: ":") || (first && b >= 0x30 && b <= 0x39) {
                out.append(b); pos += 1
            } else if b == UInt8(ascii: "%") {
                guard Self.hexValue(peek(1)) != nil, Self.hexValue(peek(2)) != nil else {
                    throw error("'%' in a local name must be followed by two hex digits")
                }
                out.append(contentsOf: bytes[pos..<pos + 3]); pos += 3
            } else if b == UInt8(ascii: "\\") {
                let next = peek(1)
                guard "_~.-!$&'()*+,;=/?#@%".utf8.contains(next) else {
                    throw error("invalid escape in a local name")
                }
                out.append(next); pos += 2
            } else if b == 0x2E && !first {
                // '.' only inside a name: look ahead for a name character.
                var look = pos
                while look < bytes.count && bytes[look] == 0x2E { look += 1 }
                let next = look < bytes.count ? bytes[look] : 0
                if Self.isPNChars(next) || next == UInt8(ascii: ":") || next == UInt8(ascii: "%") || next == UInt8(ascii: "\\") {
                    out.append(contentsOf: bytes[pos..<look]); pos = look
                } else {
                    break
                }
            } else {
                break
            }
            first = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A blank node label after `_:`.
    mutating func readBlankLabel() throws -> String {
        let start = pos
        guard pos < bytes.count, Self.isPNChars(bytes[pos]) || bytes[pos] == 0x5F else {
            throw error("expected a blank node label after '_:'")
        }
        pos += 1
        while pos < bytes.count && (Self.isPNChars(bytes[pos]) || bytes[pos] == 0x2E) { pos += 1 }
        while bytes[pos - 1] == 0x2E { pos -= 1 }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    /// `@tag` after the string; the cursor is on `@`.
    mutating func readLanguageTag() throws -> String {
        pos += 1
        let start = pos
        while pos < bytes.count && ((bytes[pos] | 0x20) >= 0x61 && (bytes[pos] | 0x20) <= 0x7A) { pos += 1 }
        guard pos > start else { throw error("expected a language tag after '@'") }
        while peek == 0x2D {
            let dash = pos
            pos += 1
            while pos < bytes.count && (((bytes[pos] | 0x20) >= 0x61 && (bytes[pos] | 0x20) <= 0x7A) || (bytes[pos] >= 0x30 && bytes[pos] <= 0x39)) { pos += 1 }
            if pos == dash + 1 { throw error("empty subtag in language tag") }
        }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }
}
