import NewsGraphRDF

/// Literals made on the evaluation hot path. `Literal.init` normalises `xsd:string`, which
/// builds the datatype IRI string on every call; copying a template and setting the lexical
/// form gives the same value without that allocation.
enum LiteralTemplates {
    static let plain = Literal("")
    static let integer = Literal("0", datatype: Vocabulary.xsd + "integer")
    static let decimal = Literal("0", datatype: Vocabulary.xsd + "decimal")
    static let double = Literal("0", datatype: Vocabulary.xsd + "double")
    static let float = Literal("0", datatype: Vocabulary.xsd + "float")

    @inline(__always) static func make(_ template: Literal, _ lexical: String) -> Term {
        var l = template
        l.lexical = lexical
        return .literal(l)
    }

    /// A simple literal (`xsd:string`).
    @inline(__always) static func string(_ lexical: String) -> Term { make(plain, lexical) }
}
