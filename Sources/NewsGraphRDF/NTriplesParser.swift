/// N-Triples (RDF 1.1) to triples, with `path:line:col` errors.
public enum NTriplesParser {
    public static func parse(_ text: String, path: String) throws -> [Triple] {
        var triples: [Triple] = []
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            lineNumber += 1
            var cursor = NTriplesCursor(scalars: Array(line.unicodeScalars), path: path, line: lineNumber)
            cursor.skipSpace()
            if cursor.atEnd || cursor.peek == "#" { continue }
            let subject = try cursor.subject()
            cursor.skipSpace()
            let predicate = try cursor.iri()
            cursor.skipSpace()
            let object = try cursor.object()
            cursor.skipSpace()
            try cursor.expect(".", "Every triple ends with ' .'")
            cursor.skipSpace()
            guard cursor.atEnd || cursor.peek == "#" else {
                throw cursor.error("unexpected text after the final '.'", "Put one triple per line")
            }
            triples.append(Triple(subject, predicate, object))
        }
        return triples
    }
}

/// A position in one N-Triples line.
struct NTriplesCursor {
    let scalars: [Unicode.Scalar]
    let path: String
    let line: Int
    var index = 0

    init(scalars: [Unicode.Scalar], path: String, line: Int) {
        self.scalars = scalars
        self.path = path
        self.line = line
    }

    var atEnd: Bool { index >= scalars.count }
    var peek: Unicode.Scalar? { atEnd ? nil : scalars[index] }

    mutating func skipSpace() {
        while let s = peek, s == " " || s == "\t" { index += 1 }
    }

    func error(_ message: String, _ hint: String) -> RDFSyntaxError {
        RDFSyntaxError(path: path, line: line, column: index + 1, message: message, hint: hint + ".")
    }

    mutating func expect(_ scalar: Unicode.Scalar, _ hint: String) throws {
        guard peek == scalar else {
            throw error("expected '\(scalar)' but found \(peek.map { "'\($0)'" } ?? "the end of the line")", hint)
        }
        index += 1
    }

    mutating func subject() throws -> Term {
        switch peek {
        case "<": return try iri()
        case "_": return try blank()
        default: throw error("a subject must be an IRI <...> or a blank node _:x", "Check the start of the triple")
        }
    }

    mutating func object() throws -> Term {
        switch peek {
        case "<": return try iri()
        case "_": return try blank()
        case "\"": return try literal()
        default: throw error("an object must be an IRI, a blank node or a literal", "Quote literals with \"...\"")
        }
    }

    mutating func iri() throws -> Term {
        try expect("<", "IRIs are written <...>")
        var value = String.UnicodeScalarView()
        while true {
            guard let s = peek else { throw error("unterminated IRI", "Close the IRI with '>'") }
            index += 1
            switch s {
            case ">":
                return .iri(String(value))
            case "\\":
                value.append(try unicodeEscape())
            case " ", "<", "\"", "{", "}", "|", "^", "`":
                index -= 1
                throw error("the character '\(s)' is not allowed in an IRI", "Percent-encode it or write it as \\u escape")
            default:
                if s.value <= 0x20 {
                    index -= 1
                    throw error("a control character is not allowed in an IRI", "Percent-encode it")
                }
                value.append(s)
            }
        }
    }

    mutating func blank() throws -> Term {
        try expect("_", "Blank nodes are written _:label")
        try expect(":", "Blank nodes are written _:label")
        let start = index
        while let s = peek, isLabelChar(s) || s == "." { index += 1 }
        // A label may contain '.' but not end with one: the final '.' ends the triple.
        while index > start, scalars[index - 1] == "." { index -= 1 }
        guard index > start else { throw error("empty blank node label", "Write a label after _:") }
        return .blank(String(String.UnicodeScalarView(scalars[start..<index])))
    }

    private func isLabelChar(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s == "-" || (s >= "0" && s <= "9") || (s >= "a" && s <= "z") || (s >= "A" && s <= "Z")
            || s.value == 0xB7 || s.value >= 0xC0
    }

    mutating func literal() throws -> Term {
        try expect("\"", "Literals are quoted")
        var value = String.UnicodeScalarView()
        while true {
            guard let s = peek else { throw error("unterminated string", "Close the literal with '\"'") }
            index += 1
            if s == "\"" { break }
            if s == "\\" {
                guard let e = peek else { throw error("unterminated escape", "Complete the escape sequence") }
                index += 1
                switch e {
                case "t": value.append("\t")
                case "b": value.append("\u{8}")
                case "n": value.append("\n")
                case "r": value.append("\r")
                case "f": value.append("\u{C}")
                case "\"": value.append("\"")
                case "'": value.append("'")
                case "\\": value.append("\\")
                case "u", "U":
                    index -= 1
                    value.append(try unicodeEscape())
                default:
                    index -= 1
                    throw error("unknown escape \\\(e)", "Use \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX or \\UXXXXXXXX")
                }
            } else {
                value.append(s)
            }
        }
        let lexical = String(value)
        if peek == "@" {
            index += 1
            let start = index
            while let s = peek, (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "-" { index += 1 }
            guard index > start else { throw error("empty language tag", "Write a tag after @, e.g. @en") }
            return .literal(Literal(lexical, language: String(String.UnicodeScalarView(scalars[start..<index]))))
        }
        if peek == "^" {
            index += 1
            try expect("^", "Datatypes are written ^^<iri>")
            guard case .iri(let datatype) = try iri() else { fatalError("iri() returns an IRI") }
            return .literal(Literal(lexical, datatype: datatype))
        }
        return .literal(Literal(lexical))
    }

    /// `\uXXXX` or `\UXXXXXXXX`, with the cursor on the 'u' or 'U'.
    private mutating func unicodeEscape() throws -> Unicode.Scalar {
        let escapeStart = index
        guard let kind = peek, kind == "u" || kind == "U" else { throw error("unknown escape in IRI", "Only \\u and \\U escapes are allowed in IRIs") }
        index += 1
        let digits = kind == "u" ? 4 : 8
        guard index + digits <= scalars.count,
              let value = UInt32(String(String.UnicodeScalarView(scalars[index..<(index + digits)])), radix: 16),
              let scalar = Unicode.Scalar(value) else {
            index = escapeStart
            throw error("invalid \\\(kind) escape", "Write \(digits) hex digits naming a Unicode scalar value")
        }
        index += digits
        return scalar
    }
}
