/// A Turtle 1.1 parser (and so an N-Triples parser: N-Triples is a subset of Turtle).
///
/// Relative IRIs resolve against `@base`/`BASE`, else against `baseIRI`. Blank node labels
/// from the document are kept; nodes made by `[]` and collections get labels `genidN`, and a
/// document label that starts with `genid` is prefixed with `u` so the two never collide.
public struct TurtleParser {
    private var scanner: TurtleScanner
    private var base: String
    private var prefixes: [String: String] = [:]
    private var generated = 0
    private let emit: (Triple) throws -> Void

    private static let rdfFirst = Term.iri(Vocabulary.rdf + "first")
    private static let rdfRest = Term.iri(Vocabulary.rdf + "rest")
    private static let rdfNil = Term.iri(Vocabulary.rdf + "nil")
    private static let rdfType = Term.iri(Vocabulary.rdfType)

    private init(bytes: [UInt8], baseIRI: String, path: String, emit: @escaping (Triple) throws -> Void) {
        scanner = TurtleScanner(bytes: bytes, path: path)
        base = baseIRI
        self.emit = emit
    }

    /// All triples of a Turtle document, in document order.
    public static func parse(_ text: String, baseIRI: String = "", path: String = "<input>") throws -> [Triple] {
        var triples: [Triple] = []
        try parse(bytes: Array(text.utf8), baseIRI: baseIRI, path: path) { triples.append($0) }
        return triples
    }

    /// Streams the triples of a UTF-8 Turtle document to `emit`, in document order.
    public static func parse(bytes: [UInt8], baseIRI: String = "", path: String = "<input>", emit: (Triple) throws -> Void) throws {
        try withoutActuallyEscaping(emit) { emit in
            var parser = TurtleParser(bytes: bytes, baseIRI: baseIRI, path: path, emit: emit)
            try parser.document()
        }
    }

    private mutating func document() throws {
        while true {
            scanner.skipSpace()
            if scanner.atEnd { return }
            try statement()
        }
    }

    private mutating func statement() throws {
        let b = scanner.peek
        if b == UInt8(ascii: "@") {
            if scanner.matchesKeyword("@prefix") {
                scanner.pos += 7
                try prefixDeclaration()
                try scanner.expect(UInt8(ascii: "."), "'.' after @prefix")
            } else if scanner.matchesKeyword("@base") {
                scanner.pos += 5
                try baseDeclaration()
                try scanner.expect(UInt8(ascii: "."), "'.' after @base")
            } else {
                throw scanner.error("unknown directive; expected @prefix or @base")
            }
            return
        }
        if (b | 0x20) == UInt8(ascii: "p") && scanner.matchesKeyword("PREFIX") {
            scanner.pos += 6
            try prefixDeclaration()
            return
        }
        if (b | 0x20) == UInt8(ascii: "b") && scanner.matchesKeyword("BASE") {
            scanner.pos += 4
            try baseDeclaration()
            return
        }
        try triples()
        try scanner.expect(UInt8(ascii: "."), "'.' at the end of the statement")
    }

    private mutating func prefixDeclaration() throws {
        scanner.skipSpace()
        guard let name = scanner.readPrefixName() else { throw scanner.error("expected a prefix name ending in ':', found \(scanner.found)") }
        scanner.pos += 1
        scanner.skipSpace()
        guard scanner.peek == UInt8(ascii: "<") else { throw scanner.error("expected <IRI> after the prefix name, found \(scanner.found)") }
        prefixes[name] = TurtleIRIResolver.resolve(try scanner.readIRIRef(), against: base)
    }

    private mutating func baseDeclaration() throws {
        scanner.skipSpace()
        guard scanner.peek == UInt8(ascii: "<") else { throw scanner.error("expected <IRI> after base, found \(scanner.found)") }
        base = TurtleIRIResolver.resolve(try scanner.readIRIRef(), against: base)
    }

    private mutating func triples() throws {
        scanner.skipSpace()
        if scanner.peek == UInt8(ascii: "[") {
            let node = try blankNodePropertyList()
            scanner.skipSpace()
            if scanner.peek != UInt8(ascii: ".") { try predicateObjectList(subject: node) }
            return
        }
        let subject: Term
        switch scanner.peek {
        case UInt8(ascii: "<"): subject = try iriRef()
        case UInt8(ascii: "_"): subject = try blankLabel()
        case UInt8(ascii: "("): subject = try collection()
        default:
            guard let iri = try prefixedName() else { throw scanner.error("expected a subject (IRI, blank node or collection), found \(scanner.found)") }
            subject = iri
        }
        try predicateObjectList(subject: subject)
    }

    private mutating func predicateObjectList(subject: Term) throws {
        while true {
            scanner.skipSpace()
            let predicate = try verb()
            while true {
                let object = try self.object()
                try emit(Triple(subject, predicate, object))
                scanner.skipSpace()
                if scanner.peek == UInt8(ascii: ",") { scanner.pos += 1 } else { break }
            }
            // One or more ';' may follow, each optionally followed by another verb.
            var sawSemicolon = false
            while scanner.peek == UInt8(ascii: ";") { scanner.pos += 1; sawSemicolon = true; scanner.skipSpace() }
            if !sawSemicolon { return }
            let b = scanner.peek
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") || scanner.atEnd { return }
        }
    }

    private mutating func verb() throws -> Term {
        if scanner.peek == UInt8(ascii: "a") && !TurtleScanner.isPNChars(scanner.peek(1)) && scanner.peek(1) != UInt8(ascii: ":") && scanner.peek(1) != 0x2E {
            scanner.pos += 1
            return Self.rdfType
        }
        if scanner.peek == UInt8(ascii: "<") { return try iriRef() }
        guard let iri = try prefixedName() else { throw scanner.error("expected a predicate (IRI or 'a'), found \(scanner.found)") }
        return iri
    }

    private mutating func object() throws -> Term {
        scanner.skipSpace()
        let b = scanner.peek
        switch b {
        case UInt8(ascii: "<"): return try iriRef()
        case UInt8(ascii: "_"): return try blankLabel()
        case UInt8(ascii: "("): return try collection()
        case UInt8(ascii: "["): return try blankNodePropertyList()
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return try rdfLiteral()
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), 0x30...0x39:
            return .literal(try scanner.readNumber())
        default:
            if scanner.matchesKeyword("true") && scanner.peek(4) != UInt8(ascii: ":") {
                scanner.pos += 4; return .typed("true", Vocabulary.xsd + "boolean")
            }
            if scanner.matchesKeyword("false") && scanner.peek(5) != UInt8(ascii: ":") {
                scanner.pos += 5; return .typed("false", Vocabulary.xsd + "boolean")
            }
            guard let iri = try prefixedName() else { throw scanner.error("expected an object, found \(scanner.found)") }
            return iri
        }
    }

    private mutating func rdfLiteral() throws -> Term {
        let lexical = try scanner.readString()
        if scanner.peek == UInt8(ascii: "@") {
            return .text(lexical, language: try scanner.readLanguageTag())
        }
        if scanner.peek == UInt8(ascii: "^") && scanner.peek(1) == UInt8(ascii: "^") {
            scanner.pos += 2
            let datatype: Term
            if scanner.peek == UInt8(ascii: "<") { datatype = try iriRef() } else {
                guard let iri = try prefixedName() else { throw scanner.error("expected a datatype IRI after '^^', found \(scanner.found)") }
                datatype = iri
            }
            return .typed(lexical, datatype.iriValue!)
        }
        return .string(lexical)
    }

    private mutating func iriRef() throws -> Term {
        let raw = try scanner.readIRIRef()
        if base.isEmpty || TurtleIRIResolver.hasScheme(raw[...].utf8) { return .iri(raw) }
        return .iri(TurtleIRIResolver.resolve(raw, against: base))
    }

    private mutating func prefixedName() throws -> Term? {
        let start = scanner.pos
        guard let prefix = scanner.readPrefixName() else { return nil }
        scanner.pos += 1
        guard let namespace = prefixes[prefix] else {
            let (line, column) = scanner.location(of: start)
            throw TurtleError.unknownPrefix(path: scanner.path, line: line, column: column, prefix: prefix)
        }
        return .iri(namespace + (try scanner.readLocalName()))
    }

    private mutating func blankLabel() throws -> Term {
        guard scanner.peek(1) == UInt8(ascii: ":") else { throw scanner.error("expected '_:' before a blank node label") }
        scanner.pos += 2
        let label = try scanner.readBlankLabel()
        return .blank(label.hasPrefix("genid") ? "u" + label : label)
    }

    private mutating func freshBlank() -> Term {
        generated += 1
        return .blank("genid\(generated)")
    }

    private mutating func blankNodePropertyList() throws -> Term {
        scanner.pos += 1
        let node = freshBlank()
        scanner.skipSpace()
        if scanner.peek != UInt8(ascii: "]") { try predicateObjectList(subject: node) }
        try scanner.expect(UInt8(ascii: "]"), "']'")
        return node
    }

    private mutating func collection() throws -> Term {
        scanner.pos += 1
        var items: [Term] = []
        while true {
            scanner.skipSpace()
            if scanner.peek == UInt8(ascii: ")") { scanner.pos += 1; break }
            if scanner.atEnd { throw scanner.error("unterminated collection, expected ')'") }
            items.append(try object())
        }
        if items.isEmpty { return Self.rdfNil }
        let nodes = items.map { _ in freshBlank() }
        for (i, item) in items.enumerated() {
            try emit(Triple(nodes[i], Self.rdfFirst, item))
            try emit(Triple(nodes[i], Self.rdfRest, i + 1 < nodes.count ? nodes[i + 1] : Self.rdfNil))
        }
        return nodes[0]
    }
}

extension TurtleParser {
    /// `reference` resolved against `base` (RFC 3986 section 5.2). Unlike `IRIResolver`, an
    /// absolute reference is kept exactly as written (no dot-segment removal), as Turtle and
    /// SPARQL compare IRIs character by character.
    public static func resolveIRI(_ reference: String, against base: String) -> String {
        TurtleIRIResolver.resolve(reference, against: base)
    }
}
